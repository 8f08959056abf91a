import { PickerError } from '../errors.js';
import { readJson } from './http-body.js';
import { failure, kakaoError } from './kakao-error-mapping.js';
import { KakaoSource, type KakaoSourceOptions } from './kakao-source.js';

/** A Kakao access token, or a function returning the current one (called before every request). */
export type AccessTokenProvider = string | (() => string | Promise<string>);

/** Options of {@link KakaoRestFriendSource}. */
export interface KakaoRestFriendSourceOptions extends KakaoSourceOptions {
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
  /** Time allowed to one attempt, body included, before it counts as a network failure. Default 30 s. */
  timeoutMs?: number;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
}

export const DEFAULT_KAKAO_API_URL = 'https://kapi.kakao.com';

/** RFC 6750 `b64token`: anything else cannot be sent safely in a header. */
const BEARER_TOKEN = /^[\w\-.~+/]+=*$/;

/**
 * Characters browsers strip from URLs (whitespace, controls) or read as another (a backslash);
 * a query or a hash, which the paths appended to the URL would break; credentials (`@`); and a
 * leading `//`, another host that only looks like a path.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const UNSAFE_URL = /[\u0000-\u0020\u007f-\u009f\\?#@]|\s|^\/\//u;

/**
 * Where the token goes. The value is resolved against the page (`new URL(value, location.href)`,
 * as `fetch` would) and checked as resolved: https, or plain http to the page's own origin or
 * this machine only. Characters that browsers strip or reinterpret are refused outright: the URL
 * checked must be the URL requested.
 */
function checkBaseUrl(value: unknown = DEFAULT_KAKAO_API_URL): string {
  const page = (globalThis as { location?: { href?: unknown } }).location?.href;
  // Without a page (server rendering) paths are checked against a stand-in origin.
  const base = typeof page === 'string' ? page : 'http://page.invalid/';
  let url: URL | undefined;
  try {
    // Not `URL.parse`: Safari has it only from 18, and a picker must load friends on iOS 17.
    url = new URL(value as string, base);
  } catch {
    // Refused below.
  }
  if (
    typeof value !== 'string' ||
    !value ||
    UNSAFE_URL.test(value) ||
    !(
      url?.protocol === 'https:' ||
      (url?.protocol === 'http:' &&
        (url.origin === new URL(base).origin ||
          /^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname)))
    )
  ) {
    throw new PickerError(
      'invalid-options',
      "KakaoRestFriendSource: `baseUrl` must be https, the page's origin or http://localhost, " +
        'without credentials, query, hash, whitespace or backslash.',
    );
  }
  return (typeof page === 'string' || /^[a-z][a-z\d+.-]*:/i.test(value) ? url.href : value).replace(
    /\/+$/,
    '',
  );
}

/**
 * Friends from the Kakao REST API (`GET /v1/api/talk/friends`, `GET /v1/api/talk/profile`) with
 * the user's access token, directly or through the app's own proxy.
 *
 * - Pages are built from `offset`/`limit` by this class; `after_url`/`before_url` from the
 *   network are never followed, so the token only ever goes to `baseUrl`; nor are redirects.
 * - Kakao error codes map to `PickerError` codes (SPEC 2.2); `server`, `network` and
 *   `maintenance` are retried with exponential backoff and jitter, bounded in count and time.
 * - Answers are validated before anything reaches the picker; bad entries are dropped.
 * - Pages and the profile are cached per instance for 10 minutes; `{ reload: true }` (what the
 *   picker's `reload()` passes) bypasses the cache. Use one instance per signed-in user.
 * - Every call honours its `AbortSignal`, during backoff waits too.
 * - The token is sent only in the `Authorization` header: never in a URL, a message or a log.
 */
export class KakaoRestFriendSource extends KakaoSource {
  constructor(options: KakaoRestFriendSourceOptions) {
    const provider: unknown = options?.accessToken;
    if (typeof provider !== 'string' && typeof provider !== 'function') {
      throw new PickerError(
        'invalid-options',
        'KakaoRestFriendSource: `accessToken` must be a string or a function.',
      );
    }
    const { fetch: fetchImpl, timeoutMs } = options;
    const baseUrl = checkBaseUrl(options.baseUrl);
    const timeout = timeoutMs! > 0 ? Math.min(timeoutMs!, 2 ** 31 - 1) : 30000;
    super(async (path, data, signal) => {
      let token: unknown;
      try {
        token = typeof provider === 'function' ? (provider as () => unknown)() : provider;
        // Awaited only when it is a promise: an `await` would let the picker's re-render run
        // before the request goes out.
        if (typeof (token as PromiseLike<unknown>)?.then === 'function') token = await token;
      } catch (cause) {
        throw failure('unauthorized', 'the token function failed', { cause });
      }
      // Callers that left while the token came got their rejection from the load cache already.
      signal.throwIfAborted();
      if (typeof token !== 'string' || (token && !BEARER_TOKEN.test(token))) {
        throw failure('unauthorized', 'not a valid Bearer token');
      }
      const timed = AbortSignal.any([signal, AbortSignal.timeout(timeout)]);
      try {
        const response = await (fetchImpl ?? fetch)(
          `${baseUrl}${path}${data ? `?${new URLSearchParams(data as never)}` : ''}`,
          {
            headers: {
              Accept: 'application/json',
              ...(token ? { Authorization: `Bearer ${token}` } : {}),
            },
            signal: timed,
            // A redirect could carry the request (and, in older browsers, the token) elsewhere:
            // it comes back as a response of status 0, `bad-response`.
            redirect: 'manual',
            cache: 'no-store',
            referrerPolicy: 'no-referrer',
          },
        );
        const body = await readJson(response);
        // A redirect's body (if any) is not the API's: only its status counts.
        if (!response.ok) throw kakaoError(response.status > 399 && body, response.status, token);
        if (body === undefined) throw failure('bad-response', 'not JSON');
        return body;
      } catch (error) {
        if (error instanceof PickerError) throw error;
        const timedOut = timed.aborted && !signal.aborted;
        throw failure('network', timedOut ? 'timed out' : '', { cause: error });
      }
    }, options);
  }
}
