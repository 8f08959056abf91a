import { abortReason, throwIfAborted } from './abort.js';

/**
 * Per-call options of the network sources: the picker's `reload()` passes `reload: true` to skip
 * the cache (the fresh answer then replaces the cached one).
 */
export interface LoadOptions {
  signal: AbortSignal;
  reload?: boolean;
}

export interface PageCacheOptions {
  /** How long a stored value is served. Default 10 minutes (Kakao caches the list that long). */
  ttlMs?: number;
  /** Most values kept; the oldest go first. Default 1000. */
  maxEntries?: number;
}

interface Stored<T> {
  value: T;
  storedAt: number;
  generation: number;
}

interface InFlight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
  generation: number;
}

/** Ten minutes: Kakao serves the friends list from its own cache for that long. */
export const DEFAULT_CACHE_TTL_MS = 10 * 60 * 1000;

/**
 * A small time-limited cache of loaded values (pages, profiles) for one source instance. Callers
 * asking for a key that is already loading share that request; it is aborted only when every
 * caller has aborted, so one picker leaving does not break another one's load. Failures are not
 * cached.
 */
export class PageCache<T> {
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly stored = new Map<string, Stored<T>>();
  private readonly inFlight = new Map<string, InFlight<T>>();
  private generation = 0;

  constructor(options: PageCacheOptions = {}) {
    const ttl = options.ttlMs;
    this.ttlMs = typeof ttl === 'number' && ttl >= 0 ? ttl : DEFAULT_CACHE_TTL_MS;
    const max = options.maxEntries;
    this.maxEntries = typeof max === 'number' && max >= 1 ? Math.floor(max) : 1000;
  }

  /**
   * The value for `key`: from the cache when fresh (unless `reload`), else from a request already
   * loading it, else from a new `load(signal)`.
   */
  get(key: string, load: (signal: AbortSignal) => Promise<T>, options: LoadOptions): Promise<T> {
    try {
      throwIfAborted(options.signal);
    } catch (error) {
      return Promise.reject(error);
    }
    if (options.reload !== true) {
      const stored = this.stored.get(key);
      if (stored !== undefined && Date.now() - stored.storedAt < this.ttlMs) {
        return Promise.resolve(stored.value);
      }
      const pending = this.inFlight.get(key);
      if (pending !== undefined) return this.join(key, pending, options.signal);
    }
    return this.join(key, this.start(key, load), options.signal);
  }

  /** Forgets every stored value (requests in flight carry on). */
  clear(): void {
    this.stored.clear();
  }

  private start(key: string, load: (signal: AbortSignal) => Promise<T>): InFlight<T> {
    const controller = new AbortController();
    const generation = ++this.generation;
    // `load` starts now, not in a microtask: the picker asks for the next pages right after adding
    // the first one, and its re-render (also a microtask) must not hold their requests back.
    let loading: Promise<T>;
    try {
      loading = Promise.resolve(load(controller.signal));
    } catch (error) {
      loading = Promise.reject(error);
    }
    const promise = loading.then(
      (value) => {
        this.finish(key, generation);
        if (!controller.signal.aborted) this.store(key, value, generation);
        return value;
      },
      (error: unknown) => {
        this.finish(key, generation);
        throw error;
      },
    );
    // Every waiter may have left; the rejection is theirs to see, not an unhandled one.
    promise.catch(() => undefined);
    const pending: InFlight<T> = { promise, controller, waiters: 0, generation };
    this.inFlight.set(key, pending);
    return pending;
  }

  private finish(key: string, generation: number): void {
    if (this.inFlight.get(key)?.generation === generation) this.inFlight.delete(key);
  }

  private store(key: string, value: T, generation: number): void {
    const previous = this.stored.get(key);
    // A slow old request must not overwrite what a later reload stored.
    if (previous !== undefined && previous.generation > generation) return;
    this.stored.delete(key);
    this.stored.set(key, { value, storedAt: Date.now(), generation });
    while (this.stored.size > this.maxEntries) {
      const oldest = this.stored.keys().next().value;
      if (oldest === undefined) break;
      this.stored.delete(oldest);
    }
  }

  private join(key: string, pending: InFlight<T>, signal: AbortSignal): Promise<T> {
    pending.waiters += 1;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const leave = () => {
        settled = true;
        pending.waiters -= 1;
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        if (settled) return;
        leave();
        if (pending.waiters === 0) {
          this.finish(key, pending.generation);
          pending.controller.abort(abortReason(signal));
        }
        reject(abortReason(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      pending.promise.then(
        (value) => {
          if (settled) return;
          leave();
          resolve(value);
        },
        (error: unknown) => {
          if (settled) return;
          leave();
          reject(error);
        },
      );
    });
  }
}
