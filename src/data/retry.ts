import { PickerError } from '../errors.js';
import { abortReason, sleep } from './abort.js';

/** How a source retries transient failures (`server`, `network`, `maintenance`). */
export interface RetryOptions {
  /** Retries after the first attempt; `0` turns retrying off. Default 3. */
  retries?: number;
  /** Delay before the first retry, doubled for each next one (before jitter). Default 300 ms. */
  baseDelayMs?: number;
  /** Largest delay between two attempts. Default 5 s. */
  maxDelayMs?: number;
  /** No retry starts once this much time has passed since the first attempt. Default 20 s. */
  maxElapsedMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const defaultRetryOptions: ResolvedRetryOptions = Object.freeze({
  retries: 3,
  baseDelayMs: 300,
  maxDelayMs: 5000,
  maxElapsedMs: 20000,
});

function nonNegative(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.min(value, max)
    : fallback;
}

/** Fills in defaults; out-of-range values fall back to them (at most 10 retries). */
export function resolveRetryOptions(options: RetryOptions = {}): ResolvedRetryOptions {
  const base = nonNegative(options.baseDelayMs, defaultRetryOptions.baseDelayMs, 60000);
  return {
    retries: Math.trunc(nonNegative(options.retries, defaultRetryOptions.retries, 10)),
    baseDelayMs: base,
    maxDelayMs: Math.max(
      base,
      nonNegative(options.maxDelayMs, defaultRetryOptions.maxDelayMs, 60000),
    ),
    maxElapsedMs: nonNegative(options.maxElapsedMs, defaultRetryOptions.maxElapsedMs, 600000),
  };
}

/**
 * The wait before retry number `retry` (0-based): exponential, capped, with "equal jitter" (half
 * fixed, half random) so that many pickers failing together do not retry in lockstep.
 */
export function backoffDelay(
  retry: number,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return ceiling / 2 + (random() * ceiling) / 2;
}

/** Whether an error is worth another attempt: a `PickerError` whose code is transient. */
export function isTransient(error: unknown): boolean {
  return error instanceof PickerError && error.retryable;
}

/**
 * Runs `attempt` until it succeeds, fails permanently, or runs out of retries or time (the last
 * error is rethrown unchanged), or `signal` aborts (also during the waits: the abort reason).
 */
export async function withRetry<T>(
  attempt: (signal: AbortSignal) => Promise<T>,
  signal: AbortSignal,
  options: ResolvedRetryOptions,
  shouldRetry: (error: unknown) => boolean = isTransient,
): Promise<T> {
  const started = Date.now();
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt(signal);
    } catch (error) {
      if (signal.aborted) throw abortReason(signal);
      if (retry >= options.retries || !shouldRetry(error)) throw error;
      const delay = backoffDelay(retry, options);
      if (Date.now() - started + delay > options.maxElapsedMs) throw error;
      await sleep(delay, signal);
    }
  }
}
