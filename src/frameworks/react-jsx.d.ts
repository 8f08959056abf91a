// `kakao-friend-picker/types/react`: the bare tag in React 19 JSX (`<kakao-friend-picker>`), for
// tsc and editors. `kakao-friend-picker/react` (the @lit/react component) includes it.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KakaoFriendPicker } from '../kakao-friend-picker.js';
import type { KakaoFriendPickerTemplateProps } from '../template-types.js';

/**
 * What `<kakao-friend-picker>` takes in React 19 JSX. React sets the element's properties
 * (`value`, `dataSource`, `maxPickableCount`…) as properties and kebab-case names as attributes,
 * listens to `onkfp-confirm`… as DOM events, and calls `onChange` on each pick
 * (`event.currentTarget.value`).
 */
export type KakaoFriendPickerJsxProps = KakaoFriendPickerTemplateProps &
  DetailedHTMLProps<HTMLAttributes<KakaoFriendPicker>, KakaoFriendPicker>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'kakao-friend-picker': KakaoFriendPickerJsxProps;
    }
  }
}
