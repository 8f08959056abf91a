// `kakao-friend-picker/react`: the element as a React component (registers the element too).
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { KakaoFriendPicker as KakaoFriendPickerElement } from './kakao-friend-picker.js';
import { registerKakaoFriendPicker, TAG_NAME } from './register.js';
import type {
  KfpCancelDetail,
  KfpRequestCloseDetail,
  KfpChangeDetail,
  KfpConfirmDetail,
  KfpErrorDetail,
  KfpLoadDetail,
} from './types.js';

registerKakaoFriendPicker();

/** The `kfp-*` events as React props: `onKfpConfirm={(e) => send(e.detail.uuids)}`. */
const events = {
  onKfpChange: 'kfp-change' as EventName<CustomEvent<KfpChangeDetail>>,
  onKfpConfirm: 'kfp-confirm' as EventName<CustomEvent<KfpConfirmDetail>>,
  onKfpCancel: 'kfp-cancel' as EventName<CustomEvent<KfpCancelDetail>>,
  onKfpRequestClose: 'kfp-request-close' as EventName<CustomEvent<KfpRequestCloseDetail>>,
  onKfpLoad: 'kfp-load' as EventName<CustomEvent<KfpLoadDetail>>,
  onKfpError: 'kfp-error' as EventName<CustomEvent<KfpErrorDetail>>,
};

/**
 * `<KakaoFriendPicker>`: every element property is a prop (`dataSource`, `selectedUuids` and the
 * other objects are set as properties, not attributes), every `kfp-*` event an `onKfp*` prop, and
 * `ref` gives the element (`ref.current.show()`).
 */
export const KakaoFriendPicker: ReactWebComponent<KakaoFriendPickerElement, typeof events> =
  createComponent({
    tagName: TAG_NAME,
    elementClass: KakaoFriendPickerElement,
    react: React,
    events,
    displayName: 'KakaoFriendPicker',
  });

/** The props `<KakaoFriendPicker>` takes. */
export type KakaoFriendPickerProps = React.ComponentProps<typeof KakaoFriendPicker>;

export type { KakaoFriendPickerElement };
// Also types the bare `<kakao-friend-picker>` tag in React 19 JSX (kakao-friend-picker/types/react).
export type { KakaoFriendPickerJsxProps } from './frameworks/react-jsx.js';
