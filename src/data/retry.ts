import { PickerError } from '../errors.js';
import { raceAbort } from './abort.js';

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

export type ResolvedRetryOptions = Required<RetryOptions>;

/** A finite, non-negative `value` capped at `max`, else `fallback`. */
function bounded(value: unknown, fallback: number, max: number): number {
  return Number.isFinite(value) && (value as number) >= 0
    ? Math.min(value as number, max)
    : fallback;
}

/** Fills in defaults; out-of-range values fall back to them. */
export function resolveRetryOptions(options: RetryOptions = {}): ResolvedRetryOptions {
  const baseDelayMs = bounded(options.baseDelayMs, 300, 60000);
  return {
    retries: Math.trunc(bounded(options.retries, 3, 10)),
    baseDelayMs,
    maxDelayMs: Math.max(baseDelayMs, bounded(options.maxDelayMs, 5000, 60000)),
    maxElapsedMs: bounded(options.maxElapsedMs, 20000, 600000),
  };
}

/**
 * The wait before retry number `retry` (0-based): exponential, capped, with "equal jitter" (half
 * fixed, half random) so that many pickers failing together do not retry in lockstep.
 */
export function backoffDelay(
  retry: number,
  options: ResolvedRetryOptions,
  random = Math.random(),
): number {
  return (Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry) * (1 + random)) / 2;
}

/**
 * Runs `attempt` until it succeeds, fails with an error that is not a retryable `PickerError`, or
 * runs out of retries or time (the last error is rethrown unchanged), or `signal` aborts (also
 * during the waits: the abort reason).
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  signal: AbortSignal,
  options: ResolvedRetryOptions,
): Promise<T> {
  const started = Date.now();
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const delay = backoffDelay(retry, options);
      const retryable = error instanceof PickerError && error.retryable;
      if (
        !retryable ||
        retry >= options.retries ||
        Date.now() - started + delay > options.maxElapsedMs
      ) {
        throw error;
      }
      // An abort ends the wait at once (the timer then runs out unobserved).
      await raceAbort(new Promise((resolve) => setTimeout(resolve, delay)), signal);
    }
  }
}
