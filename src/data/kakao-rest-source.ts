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
   * origin such as `/api/kakao` (a proxy); `/v1/api/talk/friends` is appended. Resolved against
   * the page and refused (`invalid-options`) unless it is the page's origin, https, or plain http
   * to localhost; whitespace, control characters and backslashes are refused.
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

/** Characters browsers strip from URLs (whitespace, controls) or read as another (a backslash). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE_URL_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\\]|\s/u;

function invalidBaseUrl(why: string, cause?: unknown): PickerError {
  const extra = cause === undefined ? {} : { cause };
  return new PickerError('invalid-options', `KakaoRestFriendSource: \`baseUrl\` ${why}`, extra);
}

/**
 * Where the token goes. The value is resolved against the page (`new URL(value, location.href)`,
 * as `fetch` would) and checked as resolved: the page's own origin, any https origin, or plain
 * http to this machine only; a value starting with `/` must stay on the page's origin (so
 * `//host` is refused). Characters that browsers strip or reinterpret are refused outright: the
 * URL checked must be the URL requested.
 */
function checkBaseUrl(value: unknown): string {
  if (value === undefined) return DEFAULT_KAKAO_API_URL;
  if (typeof value !== 'string' || value === '') throw invalidBaseUrl('must be a URL or a path.');
  if (UNSAFE_URL_CHARACTERS.test(value)) {
    throw invalidBaseUrl(
      'holds whitespace, a control character or a backslash, which browsers strip or reinterpret.',
    );
  }
  const page = (globalThis as { location?: { href?: unknown } }).location?.href;
  // Without a page (server rendering) paths are checked against a stand-in origin.
  const base = typeof page === 'string' ? page : 'http://page.invalid/';
  let resolved: URL;
  try {
    resolved = new URL(value, base);
  } catch (cause) {
    throw invalidBaseUrl('is not a valid URL.', cause);
  }
  if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') {
    throw invalidBaseUrl('must be an http(s) URL or a path.');
  }
  if (resolved.search || resolved.hash || /[?#]/.test(value)) {
    throw invalidBaseUrl('must not have a query or a hash.');
  }
  if (resolved.username || resolved.password) throw invalidBaseUrl('must not hold credentials.');
  const sameOrigin = resolved.origin === new URL(base).origin;
  if (value.startsWith('/') && !sameOrigin) {
    throw invalidBaseUrl(
      "starts with '/' but leaves the page's origin ('//host' is another site).",
    );
  }
  if (!sameOrigin && resolved.protocol === 'http:' && !LOOPBACK_HOSTS.has(resolved.hostname)) {
    throw invalidBaseUrl("must use https (plain http only on the page's origin or localhost).");
  }
  const url = typeof page === 'string' || /^[a-z][a-z\d+.-]*:/i.test(value) ? resolved.href : value;
  return url.replace(/\/+$/, '');
}

function checkToken(token: unknown): string {
  if (typeof token !== 'string' || (token !== '' && !bearerToken.test(token))) {
    throw new PickerError('unauthorized', 'The access token is not a valid Bearer token.');
  }
  return token;
}

function tokenFailure(cause: unknown): PickerError {
  return new PickerError('unauthorized', 'Getting the access token failed.', { cause });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
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

  /**
   * The token to send: returned as is when the provider answers synchronously (a string, or a
   * function returning one), so that the request goes out in the same task as the call.
   */
  private token(signal: AbortSignal): string | Promise<string> {
    const provider = this.accessToken;
    if (typeof provider !== 'function') return checkToken(provider);
    let value: unknown;
    try {
      value = provider();
    } catch (cause) {
      throw tokenFailure(cause);
    }
    if (!isThenable(value)) return checkToken(value);
    return raceAbort(Promise.resolve(value), signal).then(checkToken, (cause: unknown) => {
      if (signal.aborted) throw abortReason(signal);
      throw tokenFailure(cause);
    });
  }

  /** One attempt: GET `path`, the parsed JSON body on 2xx, a mapped `PickerError` otherwise. */
  private async request(
    path: string,
    params: Record<string, string>,
    signal: AbortSignal,
  ): Promise<unknown> {
    const pending = this.token(signal);
    // Awaited only when it is a promise: an `await` would let the picker's re-render run first.
    const token = typeof pending === 'string' ? pending : await pending;
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
