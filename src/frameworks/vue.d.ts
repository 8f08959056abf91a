// `kakao-friend-picker/types/vue`: the bare tag in Vue 3 templates, for vue-tsc and editors.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { KakaoFriendPicker } from '../kakao-friend-picker.js';
import type {
  KakaoFriendPickerAttributes,
  KakaoFriendPickerProperties,
} from '../template-types.js';
import type { KakaoFriendPickerEventMap } from '../types.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;

type CamelAttributes = {
  [K in keyof KakaoFriendPickerAttributes as Camel<K>]: KakaoFriendPickerAttributes[K];
};

/**
 * vue-tsc checks `max-pickable-count="5"` and `:maxPickableCount="5"` under one camelCase name,
 * while Vue sets the first as an attribute and the second as a property: each name takes both.
 */
type KakaoFriendPickerVueProps = {
  [K in keyof KakaoFriendPickerProperties]?:
    KakaoFriendPickerProperties[K] | (K extends keyof CamelAttributes ? CamelAttributes[K] : never);
} & {
  /**
   * What `v-model` binds. On a custom element Vue compiles `v-model` to the `value` property and
   * the `input` event (`v-model.lazy`: `change`); vue-tsc checks it under this name.
   */
  modelValue?: string[];
};

declare module 'vue' {
  interface GlobalComponents {
    /** A custom element (`isCustomElement`), typed the way Vue's documentation shows. */
    'kakao-friend-picker': new () => KakaoFriendPicker & {
      /** @deprecated For template type checking only. */
      $props: HTMLAttributes & KakaoFriendPickerVueProps & PublicProps;
      /** @deprecated For template type checking only. */
      $emit: EmitFn<{
        [K in keyof KakaoFriendPickerEventMap]: (event: KakaoFriendPickerEventMap[K]) => void;
      }>;
    };
  }
}
