import { PickerError } from '../errors.js';
import type { PickerErrorCode } from '../types.js';

/** Kakao API error codes (REST body `code`, JS SDK rejection `code`) and what they mean here. */
const kakaoCodes: ReadonlyMap<number, PickerErrorCode> = new Map<number, PickerErrorCode>([
  [-1, 'server'],
  [-3, 'permission-denied'],
  [-5, 'permission-denied'],
  [-10, 'quota-exceeded'],
  [-401, 'unauthorized'],
  [-402, 'consent-required'],
  [-501, 'not-talk-user'],
  [-9798, 'maintenance'],
]);

const messages: Readonly<Record<PickerErrorCode, string>> = {
  unauthorized: 'The access token is missing, invalid or expired.',
  'consent-required': 'The user has not agreed to share their Kakao Talk friends list.',
  'permission-denied': 'This app may not use the Kakao Talk Social API.',
  'quota-exceeded': 'The Kakao API quota is exhausted.',
  'not-talk-user': 'The user does not use Kakao Talk.',
  maintenance: 'The Kakao API is under maintenance.',
  server: 'The Kakao API failed.',
  network: 'The network request failed.',
  'bad-response': 'The Kakao API sent a malformed response.',
  'invalid-options': 'The data source is misconfigured.',
  cancelled: 'Cancelled.',
};

/** The default message for a code (Kakao's own `msg` is appended where there is one). */
export function defaultMessage(code: PickerErrorCode): string {
  return messages[code];
}

/** The picker code for a Kakao error code, or `undefined` for codes this package does not know. */
export function codeForKakaoCode(kakaoCode: number): PickerErrorCode | undefined {
  return kakaoCodes.get(kakaoCode);
}

/**
 * The picker code for an HTTP status when the body says nothing usable. Other 4xx answers mean
 * the request or the answer broke the API contract (a misrouted proxy, a changed API): retrying
 * cannot help, so they are `bad-response` rather than the retryable `server`.
 */
export function codeForHttpStatus(status: number): PickerErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'permission-denied';
  if (status === 429) return 'quota-exceeded';
  if (status >= 500) return 'server';
  return 'bad-response';
}

const MAX_MSG_LENGTH = 200;
const MAX_SCOPES = 50;
/**
 * A Kakao scope id (`friends`, `talk_message`, `profile_nickname`…): nothing else is passed on.
 * Shorter than a credential-like run (below), so a token can never pass for one.
 */
const SCOPE_NAME = /^[a-z][a-z0-9_]{0,30}$/;
/**
 * A run of token characters long enough to be a credential (Kakao's tokens are about 54 of
 * them); never useful in a message, and it may be one the source could not name as its secret
 * (the JS SDK holds the token). URLs and sentences break such runs with `/`, `.` or spaces.
 */
const CREDENTIAL_LIKE = /[A-Za-z0-9_-]{32,}/g;

function cleanMsg(value: unknown, secret: string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Redacted before it is cut: a cut through the token would leave a part that no longer matches.
  const text = redact(value, secret)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(CREDENTIAL_LIKE, '[redacted]')
    .trim();
  if (text === '') return undefined;
  return text.length > MAX_MSG_LENGTH ? `${text.slice(0, MAX_MSG_LENGTH)}…` : text;
}

/** The scope names of `required_scopes`: anything that is not a scope name is dropped. */
function cleanScopes(value: unknown, secret: string | undefined): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const scopes = new Set<string>();
  for (const scope of value) {
    if (scopes.size >= MAX_SCOPES) break;
    if (typeof scope !== 'string' || !SCOPE_NAME.test(scope)) continue;
    if (redact(scope, secret) !== scope) continue;
    scopes.add(scope);
  }
  return [...scopes];
}

/** Replaces every occurrence of `secret` (the access token) so it cannot leak through a message. */
export function redact(text: string, secret: string | undefined): string {
  return secret === undefined || secret.length < 4 ? text : text.split(secret).join('[redacted]');
}

export interface KakaoErrorContext {
  /** The HTTP status, when the error came over HTTP. */
  status?: number;
  /** A value that must never appear in the message (the access token). */
  secret?: string;
}

function kakaoCodeOf(body: unknown): number | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const code = (body as { code?: unknown }).code;
  return typeof code === 'number' && Number.isInteger(code) ? code : undefined;
}

/** Whether a value looks like a Kakao error (`{ code: <integer>, ... }`). */
export function isKakaoErrorBody(body: unknown): boolean {
  return kakaoCodeOf(body) !== undefined;
}

/**
 * Turns a Kakao error (a REST error body, an SDK rejection, or just an HTTP status) into a
 * `PickerError`: the Kakao `code` decides when known, else the HTTP status, else `server`. -402
 * carries the scopes from `required_scopes`.
 */
export function kakaoError(body: unknown, context: KakaoErrorContext = {}): PickerError {
  const kakaoCode = kakaoCodeOf(body);
  const known = kakaoCode === undefined ? undefined : codeForKakaoCode(kakaoCode);
  const code: PickerErrorCode =
    known ?? (context.status === undefined ? 'server' : codeForHttpStatus(context.status));
  const details: string[] = [];
  if (kakaoCode !== undefined) details.push(`Kakao ${kakaoCode}`);
  else if (context.status !== undefined) details.push(`HTTP ${context.status}`);
  const msg = cleanMsg((body as { msg?: unknown } | null)?.msg, context.secret);
  if (msg !== undefined && kakaoCode !== undefined) details.push(msg);
  const suffix = details.length === 0 ? '' : ` (${details.join(': ')})`;
  const extra: { kakaoCode?: number; requiredScopes?: string[] } = {};
  if (kakaoCode !== undefined) extra.kakaoCode = kakaoCode;
  if (code === 'consent-required') {
    const scopes = cleanScopes(
      (body as { required_scopes?: unknown }).required_scopes,
      context.secret,
    );
    if (scopes !== undefined) extra.requiredScopes = scopes;
  }
  return new PickerError(code, redact(`${messages[code]}${suffix}`, context.secret), extra);
}

/** A `bad-response` error with a reason, for answers that parsed but have the wrong shape. */
export function badResponse(reason: string, cause?: unknown): PickerError {
  return new PickerError('bad-response', `${messages['bad-response']} (${reason})`, { cause });
}
