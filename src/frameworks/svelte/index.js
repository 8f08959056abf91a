export { default as KakaoFriendPicker } from './KakaoFriendPicker.svelte';
