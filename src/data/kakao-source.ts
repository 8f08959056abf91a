import type {
  FriendDataSource,
  FriendsPage,
  FriendsQuery,
  FriendsRequestOptions,
  TalkProfile,
} from '../types.js';
import { parseFriends, parseProfile } from './kakao-response.js';
import { loadCache } from './load-cache.js';
import { withRetry, type RetryOptions } from './retry.js';

/** The query of `GET /v1/api/talk/friends`, as Kakao names it. */
export type KakaoFriendsData = Record<'offset' | 'limit', number> &
  Record<'order' | 'friend_order', string>;

/**
 * One attempt at a Kakao API call: the answer's body (to be validated), or a rejection — a
 * `PickerError` from the Kakao error mapping; `data` is absent for the profile.
 */
export type KakaoTransport = (
  path: string,
  data: KakaoFriendsData | undefined,
  signal: AbortSignal,
) => Promise<unknown>;

/** Options every Kakao source takes. */
export interface KakaoSourceOptions {
  /** Retries of `server`, `network` and `maintenance` failures (exponential backoff, jitter). */
  retry?: RetryOptions;
  /** How long pages stay cached. Default 10 minutes. */
  cacheTtlMs?: number;
}

/** `value` truncated into `min`–`max`, or `fallback` when it is not a finite number. */
function clamp(value: number, min: number, max: number, fallback: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : fallback;
}

/**
 * What the Kakao REST and SDK sources share; they differ only in their transport (`fetch` or
 * `Kakao.API.request`). Every call goes cache → retry → transport → validation → copy:
 *
 * - the query gets the REST API's defaults and bounds (`offset` ≥ 0, `limit` 1–100, default 10);
 *   pages are built from `offset`/`limit` here, never from a URL of an answer;
 * - pages and the profile are cached per instance (`cacheTtlMs`, 10 minutes by default), keyed by
 *   the whole query; `{ reload: true }` (what the picker's `reload()` passes) bypasses the cache;
 *   callers of a page already loading share its request, cancelled only once all have left;
 * - transient failures (`server`, `network`, `maintenance`) are retried, bounded in count and time;
 * - answers are validated before anything reaches the picker, and callers get copies, so
 *   mutating one cannot change the cache;
 * - every call honours its `AbortSignal` (the cache rejects at once, even while the transport
 *   cannot be cancelled); once every caller has left, the attempt in flight is aborted and no
 *   further attempt starts.
 */
export class KakaoSource implements FriendDataSource {
  /** The value of `path` (with `data`) under `key`, through the cache, retries and `parse`. */
  private readonly load: <T>(
    key: string,
    path: string,
    data: KakaoFriendsData | undefined,
    parse: (body: unknown) => T,
    options: FriendsRequestOptions,
  ) => Promise<T>;

  constructor(send: KakaoTransport, options: KakaoSourceOptions = {}) {
    const cache = loadCache<unknown>(options.cacheTtlMs);
    this.load = (key, path, data, parse, loadOptions) =>
      cache(
        key,
        (signal) =>
          withRetry(async () => parse(await send(path, data, signal)), signal, options.retry),
        loadOptions,
      ) as Promise<never>;
  }

  async getFriends(query: FriendsQuery, options: FriendsRequestOptions): Promise<FriendsPage> {
    const data: KakaoFriendsData = {
      offset: clamp(query.offset, 0, Infinity, 0),
      limit: clamp(query.limit, 1, 100, 10),
      order: query.order === 'desc' ? 'desc' : 'asc',
      friend_order: query.friendOrder === 'nickname' ? 'nickname' : 'favorite',
    };
    const page = await this.load(
      Object.values(data).join(),
      '/v1/api/talk/friends',
      data,
      parseFriends,
      options,
    );
    return { ...page, elements: page.elements.map((friend) => ({ ...friend })) };
  }

  async getProfile(options: FriendsRequestOptions): Promise<TalkProfile | null> {
    return {
      ...(await this.load('profile', '/v1/api/talk/profile', undefined, parseProfile, options)),
    };
  }
}
