// `kakao-friend-picker/types/svelte`: the bare tag in Svelte 5 markup, for svelte-check and
// editors. `kakao-friend-picker/svelte` (the component with `bind:value`) includes it.
import type { HTMLAttributes } from 'svelte/elements';
import type { KakaoFriendPicker } from '../kakao-friend-picker.js';
import type { KakaoFriendPickerTemplateProps } from '../template-types.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'kakao-friend-picker': HTMLAttributes<KakaoFriendPicker> & KakaoFriendPickerTemplateProps;
  }
}
