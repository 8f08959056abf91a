import type { FriendsRequestOptions } from '../types.js';
import { raceAbort } from './abort.js';

/**
 * The value for `key`: from the cache when fresh (unless `reload`: the picker's `reload()` skips
 * the cache, and the fresh answer then replaces the cached one), else from a load already
 * running, else from a new `load(signal)`, started before this returns (the picker asks for its
 * next pages right after adding one, and its re-render must not hold their requests back).
 */
export type LoadCache<T> = (
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  options: FriendsRequestOptions,
) => Promise<T>;

interface Loading<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

/** Ten minutes: Kakao serves the friends list from its own cache for that long. */
export const DEFAULT_CACHE_TTL_MS = 600000;

/**
 * A small time-limited cache of loaded values (pages, profiles, a file) for one source instance.
 * Callers asking for a key that is already loading share that load; it is aborted only when every
 * caller has aborted, so one picker leaving does not break another one's load. Failures are not
 * cached, and only the latest load of a key stores its value (a slow old one cannot overwrite
 * what a reload brought). At most `maxEntries` values are kept, the oldest going first.
 *
 * @param ttlMs how long a value is served; 10 minutes by default and for anything but a number ≥ 0.
 */
export function loadCache<T>(ttlMs?: number, maxEntries = 1000): LoadCache<T> {
  const ttl = typeof ttlMs === 'number' && ttlMs >= 0 ? ttlMs : DEFAULT_CACHE_TTL_MS;
  const stored = new Map<string, { value: T; at: number }>();
  const loading = new Map<string, Loading<T>>();
  /** Forgets `pending` as the load of `key`, if it still is: whether it was. */
  const finish = (key: string, pending: Loading<T>) =>
    loading.get(key) === pending && loading.delete(key);

  return (key, load, { signal, reload }) => {
    if (signal.aborted) return Promise.reject(signal.reason);
    const fresh = stored.get(key);
    if (!reload && fresh && Date.now() - fresh.at < ttl) return Promise.resolve(fresh.value);
    let pending = loading.get(key);
    if (reload || !pending) {
      const controller = new AbortController();
      const started: Loading<T> = {
        // A load that throws at once rejects like one that fails later.
        promise: (async () => load(controller.signal))(),
        controller,
        waiters: 0,
      };
      started.promise.then(
        (value) => {
          if (!finish(key, started)) return;
          stored.delete(key);
          stored.set(key, { value, at: Date.now() });
          if (stored.size > maxEntries) stored.delete(stored.keys().next().value!);
        },
        () => finish(key, started),
      );
      loading.set(key, started);
      pending = started;
    }
    const joined = pending;
    joined.waiters += 1;
    return raceAbort(joined.promise, signal, () => {
      joined.waiters -= 1;
      if (joined.waiters === 0) {
        finish(key, joined);
        joined.controller.abort(signal.reason);
      }
      return signal.reason;
    });
  };
}
