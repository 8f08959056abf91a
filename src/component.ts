// The package without side effects (`kakao-friend-picker/component`): the element's class and
// everything else the "." entry exports, with nothing registered. Define the class under a tag
// name of your own, or in a scoped registry:
//
//   customElements.define('my-friend-picker', class extends KakaoFriendPicker {});
//
// (a subclass, because one constructor can be defined once per registry). The "." entry
// (index.ts) is this plus the registration of `<kakao-friend-picker>`.
export { KakaoFriendPicker } from './kakao-friend-picker.js';
export { registerKakaoFriendPicker, TAG_NAME } from './register.js';
export { ArrayFriendSource, type ArrayFriendSourceOptions } from './data/array-source.js';
export { JsonFriendSource, type JsonFriendSourceInit } from './data/json-source.js';
export {
  KakaoRestFriendSource,
  DEFAULT_KAKAO_API_URL,
  type AccessTokenProvider,
  type KakaoRestFriendSourceOptions,
} from './data/kakao-rest-source.js';
export {
  KakaoSdkFriendSource,
  type KakaoSdk,
  type KakaoSdkFriendSourceOptions,
} from './data/kakao-sdk-source.js';
export { PickerError } from './errors.js';
export { selectFriend, selectFriends } from './api/select-friends.js';
export type * from './types.js';
export type { PickerStrings } from './localization/strings.js';
export type { FriendRenderer, FriendRowState } from './templates/list-row.js';
export type {
  KakaoFriendPickerAttributes,
  KakaoFriendPickerEventHandlers,
  KakaoFriendPickerProperties,
  KakaoFriendPickerTemplateProps,
} from './template-types.js';
