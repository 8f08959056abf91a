// What a template may write on the bare `<kakao-friend-picker>` tag, framework-neutral: the
// per-framework template typings (src/frameworks/*.d.ts, the `kakao-friend-picker/types/*`
// entries) are built from these.
import type { KakaoFriendPicker } from './kakao-friend-picker.js';
import type {
  KakaoFriendPickerEventMap,
  Orientation,
  SelectionMode,
  Theme,
  ViewType,
} from './types.js';

/** A `true`-by-default option's attribute: present, absent, or `"false"`. */
type TrueByDefaultAttribute = boolean | 'true' | 'false';

/** A count attribute: a number, or its digits as a string. */
type CountAttribute = number | `${number}`;

/** The element's attributes as markup writes them (kebab-case). */
export interface KakaoFriendPickerAttributes {
  'view-type'?: ViewType;
  open?: boolean;
  'selection-mode'?: SelectionMode;
  heading?: string;
  theme?: Theme;
  orientation?: Orientation;
  'enable-search'?: TrueByDefaultAttribute;
  'enable-index'?: TrueByDefaultAttribute;
  'show-my-profile'?: TrueByDefaultAttribute;
  'show-favorite'?: TrueByDefaultAttribute;
  'show-picked-friend'?: TrueByDefaultAttribute;
  'max-pickable-count'?: CountAttribute;
  'min-pickable-count'?: CountAttribute;
  src?: string;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  lang?: string;
}

/** The element's properties a template may set (frameworks set them as DOM properties). */
export type KakaoFriendPickerProperties = Partial<
  Pick<
    KakaoFriendPicker,
    | 'viewType'
    | 'open'
    | 'selectionMode'
    | 'heading'
    | 'theme'
    | 'orientation'
    | 'enableSearch'
    | 'enableIndex'
    | 'showMyProfile'
    | 'showFavorite'
    | 'showPickedFriend'
    | 'maxPickableCount'
    | 'minPickableCount'
    | 'dataSource'
    | 'src'
    | 'selectedUuids'
    | 'value'
    | 'name'
    | 'required'
    | 'disabled'
    | 'lang'
    | 'recentUuids'
    | 'isFriendDisabled'
    | 'renderFriend'
    | 'strings'
  >
>;

/**
 * The `kfp-*` events as `on` + event name handler props, the form React 19 and Svelte 5 use for
 * custom elements (`onkfp-confirm`).
 */
export type KakaoFriendPickerEventHandlers = {
  [K in keyof KakaoFriendPickerEventMap as `on${K}`]?: (
    event: KakaoFriendPickerEventMap[K] & { currentTarget: KakaoFriendPicker },
  ) => void;
};

/** Everything a template may write on the tag, beside the framework's common HTML attributes. */
export type KakaoFriendPickerTemplateProps = KakaoFriendPickerAttributes &
  KakaoFriendPickerProperties &
  KakaoFriendPickerEventHandlers;
