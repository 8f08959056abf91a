import { PickerError } from '../errors.js';

/** How a source retries transient failures (`server`, `network`, `maintenance`). */
export interface RetryOptions {
  /** Retries after the first attempt; `0` turns retrying off. Default 3, at most 10. */
  retries?: number;
  /** Delay before the first retry, doubled for each next one (before jitter). Default 300 ms. */
  baseDelayMs?: number;
  /** Largest delay between two attempts. Default 5 s. */
  maxDelayMs?: number;
  /** No retry starts once this much time has passed since the first attempt. Default 20 s. */
  maxElapsedMs?: number;
}

/** A finite, non-negative `value` capped at `max`, else `fallback`. */
function bounded(value: unknown, fallback: number, max: number): number {
  return Number.isFinite(value) && (value as number) >= 0
    ? Math.min(value as number, max)
    : fallback;
}

/**
 * The wait before retry number `retry` (0-based): exponential from `baseDelayMs`, capped at
 * `maxDelayMs`, with "equal jitter" (half fixed, half `random`) so that many pickers failing
 * together do not retry in lockstep.
 */
export function backoffDelay(
  retry: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random = Math.random(),
): number {
  return (Math.min(maxDelayMs, baseDelayMs * 2 ** retry) * (1 + random)) / 2;
}

/**
 * Runs `attempt` until it succeeds, fails with an error that is not a retryable `PickerError`, or
 * runs out of retries or time (the last error is rethrown unchanged), or `signal` aborts (its
 * reason is thrown once the attempt or the wait under way ends: the caller, who already got the
 * reason from the load cache, is not kept waiting). Options out of range fall back to defaults.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  signal: AbortSignal,
  options: RetryOptions = {},
): Promise<T> {
  const started = Date.now();
  const retries = Math.trunc(bounded(options.retries, 3, 10));
  const baseDelayMs = bounded(options.baseDelayMs, 300, 60000);
  const maxDelayMs = Math.max(baseDelayMs, bounded(options.maxDelayMs, 5000, 60000));
  const maxElapsedMs = bounded(options.maxElapsedMs, 20000, 600000);
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt();
    } catch (error) {
      signal.throwIfAborted();
      const delay = backoffDelay(retry, baseDelayMs, maxDelayMs);
      const retryable = error instanceof PickerError && error.retryable;
      if (!retryable || retry >= retries || Date.now() - started + delay > maxElapsedMs) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      signal.throwIfAborted();
    }
  }
}
