/** One Kakao Talk friend, with Kakao's own field names (REST `elements[]`). */
export interface Friend {
  id?: number | string;
  uuid: string;
  profile_nickname?: string;
  profile_thumbnail_image?: string;
  favorite?: boolean;
}

/** A page request, in the REST API's terms. */
export interface FriendsQuery {
  offset: number;
  limit: number;
  order?: 'asc' | 'desc';
  friendOrder?: 'favorite' | 'nickname';
}

/** One page of friends. `totalCount` is the size of the whole list, not of this page. */
export interface FriendsPage {
  elements: Friend[];
  totalCount: number;
  favoriteCount?: number;
}

/** The signed-in user's own Kakao Talk profile (REST `/v1/api/talk/profile`). */
export interface TalkProfile {
  nickName?: string;
  profileImageURL?: string;
  thumbnailURL?: string;
  uuid?: string;
  id?: number | string;
}

/** What the picker passes with each request to a `FriendDataSource`. */
export interface FriendsRequestOptions {
  /** Aborted when the picker no longer wants the answer (removed, or a new load started). */
  signal: AbortSignal;
  /**
   * `true` when the app called the picker's `reload()`: the source should bypass its caches and
   * fetch afresh (the fresh answer may replace the cached one). Absent on an ordinary load.
   */
  reload?: boolean;
}

/** Where a picker's friends come from. Implementations must honour the `AbortSignal`. */
export interface FriendDataSource {
  getFriends(query: FriendsQuery, options: FriendsRequestOptions): Promise<FriendsPage>;
  getProfile?(options: FriendsRequestOptions): Promise<TalkProfile | null>;
}

export type PickerErrorCode =
  | 'unauthorized'
  | 'consent-required'
  | 'permission-denied'
  | 'quota-exceeded'
  | 'not-talk-user'
  | 'maintenance'
  | 'server'
  | 'network'
  | 'bad-response'
  | 'invalid-options'
  | 'cancelled';

export type ViewType = 'full' | 'popup' | 'inline';
export type SelectionMode = 'single' | 'multiple';
export type Theme = 'light' | 'dark' | 'auto';
export type Orientation = 'auto' | 'portrait' | 'landscape';
export type CancelReason = 'close-button' | 'escape' | 'backdrop';

export interface KfpChangeDetail {
  uuids: string[];
  users: Friend[];
}

export interface KfpConfirmDetail {
  uuids: string[];
  users: Friend[];
  selectedTotalCount: number;
}

export interface KfpCancelDetail {
  reason: CancelReason;
}

/** Before a full/popup picker closes by user action; `preventDefault()` keeps it open. */
export interface KfpRequestCloseDetail {
  reason: CancelReason;
}

export interface KfpLoadDetail {
  totalCount: number;
}

export interface KfpErrorDetail {
  code: PickerErrorCode;
  message: string;
  retryable: boolean;
  kakaoCode?: number;
  requiredScopes?: string[];
}

/** The `kfp-*` events and their detail types, for typed listeners. */
export interface KakaoFriendPickerEventMap {
  'kfp-change': CustomEvent<KfpChangeDetail>;
  'kfp-confirm': CustomEvent<KfpConfirmDetail>;
  'kfp-cancel': CustomEvent<KfpCancelDetail>;
  'kfp-request-close': CustomEvent<KfpRequestCloseDetail>;
  'kfp-load': CustomEvent<KfpLoadDetail>;
  'kfp-error': CustomEvent<KfpErrorDetail>;
}

/** Kakao's `viewAppearance`, in either case (`LIGHT` as on Android/iOS, `light` as `theme`). */
export type ViewAppearance = 'light' | 'dark' | 'auto' | 'LIGHT' | 'DARK' | 'AUTO';

/**
 * Options of `selectFriend()` (single selection): Kakao's picker option names, plus the options
 * Kakao offers only on Android/iOS, plus where the friends come from.
 */
export interface SelectFriendOptions {
  /** Title bar text (default: a localized "Select friends"). */
  title?: string;
  enableSearch?: boolean;
  showMyProfile?: boolean;
  showFavorite?: boolean;
  /** `light`, `dark` or `auto` (default), also Kakao's `LIGHT`/`DARK`/`AUTO`. */
  viewAppearance?: ViewAppearance;
  orientation?: Orientation | 'AUTO' | 'PORTRAIT' | 'LANDSCAPE';
  enableIndex?: boolean;
  /** A centred `popup` (default) or a `full`-screen sheet. */
  viewType?: 'full' | 'popup' | 'FULL' | 'POPUP';
  /** Where friends come from; required unless `src` is given (and wins over it). */
  dataSource?: FriendDataSource;
  /** URL of a JSON file of friends, instead of `dataSource`. */
  src?: string;
  /** Aborting it closes the picker (or drops the queued call) and rejects with `cancelled`. */
  signal?: AbortSignal;
}

/** Options of `selectFriends()` (multiple selection). */
export interface SelectFriendsOptions extends SelectFriendOptions {
  showPickedFriend?: boolean;
  /** Most friends pickable, an integer 1–100 (default 30). */
  maxPickableCount?: number;
  /** Fewest friends to confirm, an integer 1–`maxPickableCount` (default 1). */
  minPickableCount?: number;
}

/** What `selectFriends()`/`selectFriend()` resolve with: exactly the Kakao JS SDK picker response. */
export interface SelectFriendsResult {
  selectedTotalCount: number;
  users: Friend[];
}
