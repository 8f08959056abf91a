import { registerKakaoFriendPicker } from './register.js';

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

registerKakaoFriendPicker();
