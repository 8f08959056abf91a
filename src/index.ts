import { registerKakaoFriendPicker } from './register.js';

export { KakaoFriendPicker } from './kakao-friend-picker.js';
export { registerKakaoFriendPicker, TAG_NAME } from './register.js';
export { ArrayFriendSource, type ArrayFriendSourceOptions } from './data/array-source.js';
export { PickerError } from './errors.js';
export type * from './types.js';

registerKakaoFriendPicker();
