/**
 * Settles like `promise`, but rejects as soon as `signal` aborts (with `reasonOf(signal)`, by
 * default the abort reason). For work that cannot be cancelled (the Kakao JS SDK, an async token
 * function, a picker the user is looking at): its late result is ignored.
 */
export function raceAbort<T>(
  promise: PromiseLike<T>,
  signal: AbortSignal,
  reasonOf: (signal: AbortSignal) => unknown = (aborted) => aborted.reason,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(reasonOf(signal));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    // Once the work settles the listener goes: a long-lived signal must not collect them.
    promise.then(resolve, reject).then(() => signal.removeEventListener('abort', onAbort));
  });
}
