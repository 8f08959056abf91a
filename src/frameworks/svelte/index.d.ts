import type { Component } from 'svelte';
import type { HTMLAttributes } from 'svelte/elements';
import type { KakaoFriendPicker as KakaoFriendPickerElement } from '../../kakao-friend-picker.js';
import type { KakaoFriendPickerTemplateProps } from '../../template-types.js';
import type {} from '../svelte-elements.js';

/** The props of `<KakaoFriendPicker>`: the element's, plus `element` (bind it to call `show()`). */
export type KakaoFriendPickerProps = HTMLAttributes<KakaoFriendPickerElement> &
  KakaoFriendPickerTemplateProps & {
    /** The `<kakao-friend-picker>` element, once mounted (`bind:element`). */
    element?: KakaoFriendPickerElement;
  };

/**
 * `<kakao-friend-picker>` as a Svelte 5 component: `bind:value` gives the picked uuids (updated on
 * every pick), `bind:element` the element (`element.show()`).
 */
export declare const KakaoFriendPicker: Component<
  KakaoFriendPickerProps,
  Record<string, never>,
  'value' | 'element'
>;
