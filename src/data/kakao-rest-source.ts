import { PickerError } from '../errors.js';
import type { FriendDataSource, FriendsPage, FriendsQuery, TalkProfile } from '../types.js';
import { abortReason, raceAbort, withTimeout } from './abort.js';
import { parseJson, readBodyText } from './http-body.js';
import { defaultMessage, kakaoError } from './kakao-error-mapping.js';
import {
  copyPage,
  copyProfile,
  normalizeQuery,
  pageKey,
  parseFriendsBody,
  parseProfileBody,
} from './kakao-response.js';
import { PageCache, type LoadOptions } from './page-cache.js';
import {
  resolveRetryOptions,
  withRetry,
  type ResolvedRetryOptions,
  type RetryOptions,
} from './retry.js';

/** A Kakao access token, or a function returning the current one (called before every request). */
export type AccessTokenProvider = string | (() => string | Promise<string>);

/** Options of {@link KakaoRestFriendSource}. */
export interface KakaoRestFriendSourceOptions {
  /**
   * The user's access token, or a (sync or async) function returning it, called before every
   * request so a refreshed token is picked up. An empty string sends no `Authorization` header:
   * for a same-origin proxy that adds the token server-side.
   */
  accessToken: AccessTokenProvider;
  /**
   * Where the API lives: `https://kapi.kakao.com` (default), another origin, or a path on this
   * origin such as `/api/kakao` (a proxy); `/v1/api/talk/friends` is appended.
   */
  baseUrl?: string;
  /** Retries of `server`, `network` and `maintenance` failures (exponential backoff, jitter). */
  retry?: RetryOptions;
  /** Time allowed to one attempt, body included, before it counts as a network failure. Default 30 s. */
  timeoutMs?: number;
  /** How long pages stay cached. Default 10 minutes. */
  cacheTtlMs?: number;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
}

export const DEFAULT_KAKAO_API_URL = 'https://kapi.kakao.com';
const FRIENDS_PATH = '/v1/api/talk/friends';
const PROFILE_PATH = '/v1/api/talk/profile';
const DEFAULT_TIMEOUT_MS = 30000;
/** RFC 6750 `b64token`: anything else cannot be sent safely in a header. */
const bearerToken = /^[A-Za-z0-9\-._~+/]+=*$/;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function checkBaseUrl(value: unknown): string {
  if (value === undefined) return DEFAULT_KAKAO_API_URL;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new PickerError(
      'invalid-options',
      'KakaoRestFriendSource: `baseUrl` must be a URL or a path.',
    );
  }
  const trimmed = value.trim().replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(trimmed || '/', 'http://base.invalid');
  } catch (cause) {
    throw new PickerError(
      'invalid-options',
      'KakaoRestFriendSource: `baseUrl` is not a valid URL.',
      {
        cause,
      },
    );
  }
  if (
    (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') ||
    parsed.search ||
    parsed.hash
  ) {
    throw new PickerError(
      'invalid-options',
      'KakaoRestFriendSource: `baseUrl` must be an http(s) URL or a path, without query or hash.',
    );
  }
  // The token travels with every request: plain http only to this machine (the emulator, a dev proxy).
  const absolute = /^([a-z][a-z\d+.-]*:|\/\/)/i.test(trimmed);
  if (absolute && parsed.protocol === 'http:' && !LOOPBACK_HOSTS.has(parsed.hostname)) {
    throw new PickerError(
      'invalid-options',
      'KakaoRestFriendSource: `baseUrl` must use https (plain http only on localhost).',
    );
  }
  return trimmed;
}

/**
 * Friends from the Kakao REST API (`GET /v1/api/talk/friends`, `GET /v1/api/talk/profile`) with
 * the user's access token, directly or through the app's own proxy.
 *
 * - Pages are built from `offset`/`limit` by this class; `after_url`/`before_url` from the
 *   network are never followed, so the token only ever goes to `baseUrl`.
 * - Kakao error codes map to `PickerError` codes (SPEC 2.2); `server`, `network` and
 *   `maintenance` are retried with exponential backoff and jitter, bounded in count and time.
 * - Answers are validated before anything reaches the picker; bad entries are dropped.
 * - Pages and the profile are cached per instance for 10 minutes; `{ reload: true }` (what the
 *   picker's `reload()` passes) bypasses the cache. Use one instance per signed-in user.
 * - Every call honours its `AbortSignal`, during backoff waits too.
 * - The token is sent only in the `Authorization` header: never in a URL, a message or a log.
 */
export class KakaoRestFriendSource implements FriendDataSource {
  private readonly accessToken: AccessTokenProvider;
  private readonly baseUrl: string;
  private readonly retry: ResolvedRetryOptions;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch | undefined;
  private readonly pages: PageCache<FriendsPage>;
  private readonly profiles: PageCache<TalkProfile>;

  constructor(options: KakaoRestFriendSourceOptions) {
    const token: unknown = options?.accessToken;
    if (typeof token !== 'string' && typeof token !== 'function') {
      throw new PickerError(
        'invalid-options',
        'KakaoRestFriendSource: `accessToken` must be a string or a function returning one.',
      );
    }
    this.accessToken = options.accessToken;
    this.baseUrl = checkBaseUrl(options.baseUrl);
    this.retry = resolveRetryOptions(options.retry);
    const timeout = options.timeoutMs;
    this.timeoutMs = typeof timeout === 'number' && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
    this.fetchImpl = options.fetch;
    this.pages = new PageCache({ ttlMs: options.cacheTtlMs });
    this.profiles = new PageCache({ ttlMs: options.cacheTtlMs });
  }

  async getFriends(query: FriendsQuery, options: LoadOptions): Promise<FriendsPage> {
    const q = normalizeQuery(query);
    const params = {
      offset: String(q.offset),
      limit: String(q.limit),
      order: q.order,
      friend_order: q.friendOrder,
    };
    const page = await this.pages.get(
      pageKey(q),
      (signal) =>
        withRetry(
          async (attempt) => parseFriendsBody(await this.request(FRIENDS_PATH, params, attempt)),
          signal,
          this.retry,
        ),
      options,
    );
    return copyPage(page);
  }

  async getProfile(options: LoadOptions): Promise<TalkProfile | null> {
    const profile = await this.profiles.get(
      'profile',
      (signal) =>
        withRetry(
          async (attempt) => parseProfileBody(await this.request(PROFILE_PATH, {}, attempt)),
          signal,
          this.retry,
        ),
      options,
    );
    return copyProfile(profile);
  }

  private url(path: string, params: Record<string, string>): string {
    const search = new URLSearchParams(params).toString();
    return `${this.baseUrl}${path}${search === '' ? '' : `?${search}`}`;
  }

  private async token(signal: AbortSignal): Promise<string> {
    const provider = this.accessToken;
    let token: unknown;
    try {
      token =
        typeof provider === 'function'
          ? await raceAbort(Promise.resolve().then(provider), signal)
          : provider;
    } catch (cause) {
      if (signal.aborted) throw abortReason(signal);
      throw new PickerError('unauthorized', 'Getting the access token failed.', { cause });
    }
    if (typeof token !== 'string' || (token !== '' && !bearerToken.test(token))) {
      throw new PickerError('unauthorized', 'The access token is not a valid Bearer token.');
    }
    return token;
  }

  /** One attempt: GET `path`, the parsed JSON body on 2xx, a mapped `PickerError` otherwise. */
  private async request(
    path: string,
    params: Record<string, string>,
    signal: AbortSignal,
  ): Promise<unknown> {
    const token = await this.token(signal);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token !== '') headers.Authorization = `Bearer ${token}`;
    const timed = withTimeout(signal, this.timeoutMs);
    const fetchImpl = this.fetchImpl ?? fetch;
    try {
      const response = await fetchImpl(this.url(path, params), {
        method: 'GET',
        headers,
        signal: timed.signal,
        // A redirect could carry the request (and, in older browsers, the token) elsewhere.
        redirect: 'manual',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        await response.body?.cancel().catch(() => undefined);
        throw new PickerError('bad-response', `${defaultMessage('bad-response')} (a redirect)`);
      }
      const parsed = parseJson(await readBodyText(response));
      if (!response.ok) {
        throw kakaoError(parsed.ok ? parsed.value : undefined, {
          status: response.status,
          secret: token,
        });
      }
      if (!parsed.ok) {
        throw new PickerError('bad-response', `${defaultMessage('bad-response')} (not JSON)`);
      }
      return parsed.value;
    } catch (error) {
      if (signal.aborted) throw abortReason(signal);
      if (error instanceof PickerError) throw error;
      const message = timed.timedOut ? 'The request timed out.' : defaultMessage('network');
      throw new PickerError('network', message, { cause: error });
    } finally {
      timed.dispose();
    }
  }
}
