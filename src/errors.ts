import type { KfpErrorDetail, PickerErrorCode } from './types.js';

const retryableCodes: ReadonlySet<PickerErrorCode> = new Set(['server', 'network', 'maintenance']);

/** The error every data source rejects with, and the Promise API rejects with. */
export class PickerError extends Error {
  readonly code: PickerErrorCode;
  readonly retryable: boolean;
  readonly kakaoCode?: number;
  readonly requiredScopes?: string[];

  constructor(
    code: PickerErrorCode,
    message: string,
    extra: { kakaoCode?: number; requiredScopes?: string[]; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'PickerError';
    this.code = code;
    this.retryable = retryableCodes.has(code);
    if (extra.kakaoCode !== undefined) this.kakaoCode = extra.kakaoCode;
    if (extra.requiredScopes !== undefined) this.requiredScopes = extra.requiredScopes;
  }

  /** The `kfp-error` detail for this error. */
  toDetail(): KfpErrorDetail {
    const detail: KfpErrorDetail = {
      code: this.code,
      message: this.message,
      retryable: this.retryable,
    };
    if (this.kakaoCode !== undefined) detail.kakaoCode = this.kakaoCode;
    if (this.requiredScopes !== undefined) detail.requiredScopes = [...this.requiredScopes];
    return detail;
  }
}

/** Whether a rejection came from an `AbortSignal` rather than a real failure. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * What `fetch` rejects with when the request never got an answer (Chromium, Firefox, Safari);
 * any other `TypeError` is a bug in the code that threw it, not the user's connection.
 */
const fetchFailure =
  /^(Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed|Network request failed)$/;

/**
 * Turns anything a data source threw into a `PickerError`: `fetch`'s own network failure is
 * `network`; any other exception of an app's own source (a `TypeError` from a bug included) is
 * `server`, so the user is not told to check a connection that works.
 */
export function toPickerError(error: unknown): PickerError {
  if (error instanceof PickerError) return error;
  if (error instanceof TypeError && fetchFailure.test(error.message))
    return new PickerError('network', error.message, { cause: error });
  const message = error instanceof Error ? error.message : 'Loading friends failed.';
  return new PickerError('server', message, { cause: error });
}
