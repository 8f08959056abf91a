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

/** Where a picker's friends come from. Implementations must honour the `AbortSignal`. */
export interface FriendDataSource {
  getFriends(query: FriendsQuery, options: { signal: AbortSignal }): Promise<FriendsPage>;
  getProfile?(options: { signal: AbortSignal }): Promise<TalkProfile | null>;
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
  'kfp-load': CustomEvent<KfpLoadDetail>;
  'kfp-error': CustomEvent<KfpErrorDetail>;
}
