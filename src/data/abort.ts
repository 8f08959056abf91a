// Small AbortSignal helpers shared by the network data sources.

/** What to reject with once `signal` has aborted: its reason, else a standard `AbortError`. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortReason(signal);
}

/**
 * Settles like `promise`, but rejects as soon as `signal` aborts (with `reasonOf(signal)`, by
 * default the abort reason). For work that cannot be cancelled (the Kakao JS SDK, a picker the
 * user is looking at): its late result is ignored.
 */
export function raceAbort<T>(
  promise: Promise<T>,
  signal: AbortSignal,
  reasonOf: (signal: AbortSignal) => unknown = abortReason,
): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(reasonOf(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(reasonOf(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Waits `ms`, or rejects with the abort reason as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A signal that aborts with `signal`, or by itself after `timeoutMs`; `dispose()` stops the timer. */
export interface TimedSignal {
  readonly signal: AbortSignal;
  /** Whether the timeout (not the outer signal) aborted it. */
  readonly timedOut: boolean;
  dispose(): void;
}

export function withTimeout(signal: AbortSignal, timeoutMs: number): TimedSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(abortReason(signal));
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, timeoutMs);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut && !signal.aborted;
    },
    dispose() {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    },
  };
}
