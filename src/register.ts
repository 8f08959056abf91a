import { KakaoFriendPicker } from './kakao-friend-picker.js';
import type { KakaoFriendPickerEventMap } from './types.js';

/** The tag name of the picker. */
export const TAG_NAME = 'kakao-friend-picker';

/**
 * Defines `<kakao-friend-picker>` once. A second call, or a second copy of the package on the
 * page, is a no-op; without a DOM (server rendering) nothing is defined.
 */
export function registerKakaoFriendPicker(): void {
  // Lit installs a `customElements` shim when imported in Node: a document is the real test.
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  if (customElements.get(TAG_NAME) === undefined)
    customElements.define(TAG_NAME, KakaoFriendPicker);
}

declare global {
  interface HTMLElementTagNameMap {
    'kakao-friend-picker': KakaoFriendPicker;
  }
  // Typed `addEventListener('kfp-confirm', …)` wherever the events bubble to: the element, its
  // ancestors, `document` and `window` (their event maps all extend this one).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends KakaoFriendPickerEventMap {}
}
