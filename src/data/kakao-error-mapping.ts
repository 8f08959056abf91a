import { PickerError } from '../errors.js';
import type { PickerErrorCode } from '../types.js';

/**
 * Every picker code a Kakao source can fail with: its message, then what it stands for — Kakao
 * error codes (negative: a REST body's or a JS SDK rejection's `code`) and HTTP statuses
 * (positive: for answers whose body names no known Kakao code). Any other 5xx is `server`; any
 * other status means the request or the answer broke the API contract (a misrouted proxy, a
 * changed API, a redirect): retrying cannot help, so it is `bad-response`.
 */
const codes: Partial<Record<PickerErrorCode, [message: string, ...meanings: number[]]>> = {
  unauthorized: ['Access token missing, invalid or expired', -401, 401],
  'consent-required': ['The user has not agreed to share their friends list', -402],
  'permission-denied': ['This app may not use the Talk Social API', -3, -5, 403],
  'quota-exceeded': ['Kakao API quota exhausted', -10, 429],
  'not-talk-user': ['Not a Kakao Talk user', -501],
  maintenance: ['Kakao API under maintenance', -9798],
  server: ['Kakao API failure', -1],
  network: ['Network failure'],
  'bad-response': ['Malformed Kakao API answer'],
};

function codeFor(meaning: number): PickerErrorCode | undefined {
  return (Object.keys(codes) as PickerErrorCode[]).find((code) => codes[code]!.includes(meaning));
}

/** A `PickerError` of `code` with its message, and ` (reason)` when there is one. */
export function failure(
  code: PickerErrorCode,
  reason?: string,
  extra?: ConstructorParameters<typeof PickerError>[2],
): PickerError {
  return new PickerError(code, `${codes[code]![0]}${reason ? ` (${reason})` : ''}.`, extra);
}

/** Replaces every occurrence of `secret` (the access token) so it cannot leak through a message. */
export function redact(text: string, secret: unknown): string {
  return typeof secret === 'string' && secret.length > 3
    ? text.split(secret).join('[redacted]')
    : text;
}

/**
 * A Kakao scope id (`friends`, `talk_message`, `profile_nickname`…): nothing else is passed on.
 * Shorter than a credential-like run (below), so a token can never pass for one.
 */
const SCOPE_NAME = /^[a-z][a-z0-9_]{0,30}$/;

/**
 * Turns a Kakao error (a REST error body with its HTTP `status`, or a JS SDK rejection) into a
 * `PickerError`: the Kakao `code` decides when known, else the HTTP status; an SDK rejection
 * without a Kakao code is `network` when it is a `TypeError` (a failed request), else `server`,
 * and becomes the `cause`. Kakao's `msg` is kept, cleaned (no control characters, no `secret` or
 * credential-like run, at most 200 characters); -402 carries the scope names of
 * `required_scopes` (at most 50).
 */
export function kakaoError(body: unknown, status?: number, secret?: unknown): PickerError {
  const { code: kakaoCode, msg, required_scopes: scopes } = Object(body) as Record<string, unknown>;
  const known = Number.isInteger(kakaoCode) ? (kakaoCode as number) : undefined;
  const sdk = status === undefined;
  const code =
    (known! < 0 && codeFor(known!)) ||
    (sdk
      ? body instanceof TypeError && known === undefined
        ? 'network'
        : 'server'
      : codeFor(status) || (status < 500 ? 'bad-response' : 'server'));
  const extra: ConstructorParameters<typeof PickerError>[2] = {};
  let reason = status === 0 ? 'a redirect' : `HTTP ${status}`;
  if (known === undefined) {
    if (sdk) {
      reason = 'Kakao.API.request failed';
      extra.cause = body;
    }
  } else {
    extra.kakaoCode = known;
    // Redacted before it is cut (a cut through the token would leave a part that no longer
    // matches); control characters become spaces; runs of token characters long enough to be a
    // credential go (Kakao's tokens are about 54 of them; it may be one the source could not name
    // as its secret: the JS SDK holds the token), while URLs and sentences break such runs with
    // `/`, `.` or spaces.
    const text =
      typeof msg === 'string'
        ? redact(msg, secret)
            // eslint-disable-next-line no-control-regex -- control characters are exactly what goes
            .replace(/[\u0000-\u001f\u007f]+|[\w-]{32,}/g, (run) =>
              run < ' ' ? ' ' : '[redacted]',
            )
            .trim()
        : '';
    reason = `Kakao ${known}${text && `: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`}`;
  }
  if (code === 'consent-required' && Array.isArray(scopes)) {
    extra.requiredScopes = [
      ...new Set<string>(
        scopes.filter(
          (scope): scope is string =>
            typeof scope === 'string' && SCOPE_NAME.test(scope) && redact(scope, secret) === scope,
        ),
      ),
    ].slice(0, 50);
  }
  return failure(code, reason, extra);
}
