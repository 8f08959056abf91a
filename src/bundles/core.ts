// Entry of dist/kakao-friend-picker.bundle.js, the no-build bundle (docs/frameworks.md, "Plain HTML"): the
// element (registered on import), the in-memory and JSON sources and PickerError, with Lit inside.
// It is also the module the optional bundles (kakao.ts, select.ts) share: they import it, so a
// page that loads them beside it loads the element and Lit once.
import { registerKakaoFriendPicker } from '../register.js';

export { KakaoFriendPicker } from '../kakao-friend-picker.js';
export { registerKakaoFriendPicker, TAG_NAME } from '../register.js';
export { ArrayFriendSource, type ArrayFriendSourceOptions } from '../data/array-source.js';
export { JsonFriendSource, type JsonFriendSourceInit } from '../data/json-source.js';
export { PickerError } from '../errors.js';
export type * from '../types.js';
export type { PickerStrings } from '../localization/strings.js';
export type { FriendRenderer, FriendRowState } from '../templates/list-row.js';
export type {
  KakaoFriendPickerAttributes,
  KakaoFriendPickerEventHandlers,
  KakaoFriendPickerProperties,
  KakaoFriendPickerTemplateProps,
} from '../template-types.js';

registerKakaoFriendPicker();
