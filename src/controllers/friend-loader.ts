import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sanitizeProfile } from '../core/friend-validation.js';
import { takeAllFriends } from '../data/in-memory.js';
import { nextTask } from '../data/next-task.js';
import { PickerError, isAbortError, toPickerError } from '../errors.js';
import type {
  FriendDataSource,
  FriendsPage,
  FriendsRequestOptions,
  TalkProfile,
} from '../types.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Page size the picker asks for: the REST API's maximum. */
export const PAGE_SIZE = 100;
/**
 * The most friends the picker loads from any source (Kakao's REST adapter refuses more too): a
 * source claiming millions must not make the picker plan millions of requests.
 */
export const MAX_FRIENDS = 100_000;
/**
 * Pages fetched at once after the first one told the total (the first goes alone: most lists fit
 * in it, and guessing further pages would spend requests on lists that do not exist).
 *
 * Why 12: over HTTP/1.1 (the emulator, most same-origin proxies) browsers open at most 6
 * connections per origin and queue the rest, starting each queued request the moment a connection
 * frees, before any script runs; with only 6 asked for, each next request waited until the answer
 * before it had been read and shown (5–25 ms each, measured). So 1,234 friends take 3 round trips
 * (first page, then 2 rounds of 6) with no gap between them; over HTTP/2 (kapi.kakao.com) all 12
 * go at once, 2 round trips. Kakao counts every request against the app's quota (a monthly quota
 * for all APIs, per-API daily ones, paid beyond that) and answers -10 past it: a load costs
 * ceil(friends / 100) requests at any concurrency, while what a failed or abandoned load has
 * already spent grows with it (up to 12 requests after an expired token or a short total), and so
 * does the burst one user sends at once (12, not 1,000 at 100k).
 */
export const PAGE_CONCURRENCY = 12;

export interface FriendLoaderCallbacks {
  /** A new load started: drop the friends received so far. */
  onReset(): void;
  /** Untrusted entries arrived (a page, or a whole in-memory list): validation is the host's. */
  onFriends(elements: readonly unknown[]): void;
  /** Every page has arrived. */
  onLoad(): void;
  /** Loading failed (not called for aborts). */
  onError(error: PickerError): void;
}

/** The uuid of an untrusted entry, when it has one that could be valid. */
function uuidOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const uuid = (entry as { uuid?: unknown }).uuid;
  return typeof uuid === 'string' && uuid !== '' ? uuid : undefined;
}

/** A `dataSource` that is not a `FriendDataSource` is the app's mistake: say which. */
function checkSource(source: unknown): FriendDataSource {
  const getFriends =
    (typeof source === 'object' || typeof source === 'function') && source !== null
      ? (source as { getFriends?: unknown }).getFriends
      : undefined;
  if (typeof getFriends !== 'function') {
    const what = source === null ? 'null' : Array.isArray(source) ? 'an array' : typeof source;
    throw new PickerError(
      'invalid-options',
      `dataSource must be a FriendDataSource (an object with a getFriends() method, such as new ArrayFriendSource(friends)); it is ${what} without getFriends().`,
    );
  }
  return source as FriendDataSource;
}

/**
 * When to stop asking for pages, whatever the source claims or returns: at a short page (the
 * list ended), at a page that brings no uuid not seen before in this load (a source that ignores
 * `offset`, or a stale `total_count`), and at `MAX_FRIENDS` entries. Holds the load's uuids only
 * while it pages; the list model keeps its own index of the friends.
 */
class PagingLimits {
  ended = false;
  #received = 0;
  readonly #uuids = new Set<string>();

  /** Records a page; returns whether further pages are worth asking for. */
  accept(elements: readonly unknown[]): boolean {
    let fresh = 0;
    const room = MAX_FRIENDS - this.#received;
    const count = Math.min(elements.length, Math.max(0, room));
    for (let i = 0; i < count; i++) {
      const uuid = uuidOf(elements[i]);
      if (uuid !== undefined && !this.#uuids.has(uuid)) {
        this.#uuids.add(uuid);
        fresh += 1;
      }
    }
    this.#received += elements.length;
    if (elements.length < PAGE_SIZE || fresh === 0 || this.#received >= MAX_FRIENDS) {
      this.ended = true;
    }
    return !this.ended;
  }
}

function checkPage(page: unknown): FriendsPage {
  const value = page as Partial<FriendsPage> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(value.elements) ||
    typeof value.totalCount !== 'number' ||
    !Number.isFinite(value.totalCount) ||
    value.totalCount < 0
  ) {
    throw new PickerError('bad-response', 'The data source returned a malformed page.');
  }
  return value as FriendsPage;
}

/**
 * Loads every page of friends from a `FriendDataSource`: the first page tells the total, the rest
 * arrive in parallel (bounded), each handed to `onFriends` as it comes; an in-memory source hands
 * its whole list over in one call instead. Aborts on disconnect. Holds no DOM and no friends: the
 * element renders from `profile`, `status`, `error` and what it made of the entries.
 */
export class FriendLoader implements ReactiveController {
  status: LoadStatus = 'idle';
  /** Entries received in this load (valid or not, before de-duplication). */
  received = 0;
  profile: TalkProfile | null = null;
  error: PickerError | null = null;
  /** Bumped whenever `profile` changes or a load starts, so the host can memoize derived data. */
  version = 0;

  #source: FriendDataSource | undefined;
  #abort: AbortController | undefined;
  /** Whether the host shows the profile: a hidden one is never asked for (a request, a scope). */
  #profileWanted = true;
  #profileRequested = false;
  #profileAbort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: FriendLoaderCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A picker moved in the DOM (or re-attached) resumes what its removal aborted.
    if (this.#source !== undefined && this.status === 'loading' && this.#abort === undefined) {
      void this.#load(this.#source, false);
    }
  }

  hostDisconnected(): void {
    if (this.#abort !== undefined) {
      this.#abort.abort(new DOMException('The picker was removed.', 'AbortError'));
      this.#abort = undefined;
    }
    this.#abortProfile('The picker was removed.');
  }

  /**
   * Whether the profile is needed (the host shows it). Set before `setSource`; turned on later,
   * it fetches the profile of the current source then.
   */
  wantProfile(wanted: boolean): void {
    this.#profileWanted = wanted;
    const source = this.#source;
    if (!wanted || this.#profileRequested || source === undefined) return;
    if (this.status !== 'loading' && this.status !== 'ready') return;
    void this.#requestProfile(source, false);
  }

  /** Starts loading from `source` (or clears everything when it is `undefined`). */
  setSource(source: FriendDataSource | undefined): Promise<void> {
    this.#source = source;
    return this.#load(source, false);
  }

  /** Loads again from the same source, bypassing caches. */
  reload(): Promise<void> {
    return this.#load(this.#source, true);
  }

  async #load(source: FriendDataSource | undefined, reload: boolean): Promise<void> {
    this.#abort?.abort(new DOMException('Superseded by a new load.', 'AbortError'));
    this.#abortProfile('Superseded by a new load.');
    const abort = new AbortController();
    this.#abort = source === undefined ? undefined : abort;
    this.received = 0;
    this.profile = null;
    this.callbacks.onReset();
    this.error = null;
    this.version += 1;
    this.status = source === undefined ? 'idle' : 'loading';
    this.host.requestUpdate();
    if (source === undefined) return;
    const { signal } = abort;
    const options: FriendsRequestOptions = reload ? { signal, reload } : { signal };
    try {
      checkSource(source);
      const profileTask = this.#profileWanted
        ? this.#requestProfile(source, reload)
        : Promise.resolve();
      const all = takeAllFriends(source);
      if (all !== undefined) {
        this.#addElements(all);
        await profileTask;
        signal.throwIfAborted();
        this.#finish();
        return;
      }
      const limits = new PagingLimits();
      const first = checkPage(
        await source.getFriends(
          { offset: 0, limit: PAGE_SIZE, order: 'asc', friendOrder: 'favorite' },
          options,
        ),
      );
      signal.throwIfAborted();
      const offsets: number[] = [];
      if (limits.accept(first.elements)) {
        const total = Math.min(Math.floor(first.totalCount), MAX_FRIENDS);
        for (let offset = PAGE_SIZE; offset < total; offset += PAGE_SIZE) offsets.push(offset);
      }
      // The next pages are asked for before the first is shown: its first screen then costs
      // the network nothing.
      const rest = this.#loadPages(source, offsets, options, limits);
      rest.catch(() => undefined);
      this.#addElements(first.elements);
      await rest;
      await profileTask;
      signal.throwIfAborted();
      this.#finish();
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      abort.abort();
      this.#abort = undefined;
      this.#abortProfile('Loading failed.');
      this.error = toPickerError(error);
      this.status = 'error';
      this.host.requestUpdate();
      this.callbacks.onError(this.error);
    }
  }

  #abortProfile(why: string): void {
    this.#profileAbort?.abort(new DOMException(why, 'AbortError'));
    this.#profileAbort = undefined;
    this.#profileRequested = false;
  }

  #requestProfile(source: FriendDataSource, reload: boolean): Promise<void> {
    this.#abortProfile('Superseded.');
    const abort = new AbortController();
    this.#profileAbort = abort;
    this.#profileRequested = true;
    const { signal } = abort;
    return this.#loadProfile(source, reload ? { signal, reload } : { signal });
  }

  async #loadProfile(source: FriendDataSource, options: FriendsRequestOptions): Promise<void> {
    if (typeof source.getProfile !== 'function') return;
    try {
      const profile = sanitizeProfile(await source.getProfile(options));
      if (options.signal.aborted) return;
      this.profile = profile;
      this.version += 1;
      // Before the first friends, the first page's render shows it: rendering it alone would hold
      // up that page's answer, and so the requests for the next pages, by a render.
      if (this.received || this.status !== 'loading') this.host.requestUpdate();
    } catch (error) {
      // The profile row is optional: the friends list is still useful without it.
      if (!isAbortError(error) && !options.signal.aborted) this.profile = null;
    }
  }

  async #loadPages(
    source: FriendDataSource,
    offsets: number[],
    options: FriendsRequestOptions,
    limits: PagingLimits,
  ): Promise<void> {
    let next = 0;
    const request = (): Promise<FriendsPage> | undefined => {
      if (next >= offsets.length || limits.ended) return undefined;
      const offset = offsets[next++]!;
      return source.getFriends(
        { offset, limit: PAGE_SIZE, order: 'asc', friendOrder: 'favorite' },
        options,
      );
    };
    const worker = async () => {
      let pending = request();
      while (pending !== undefined) {
        const page = checkPage(await pending);
        options.signal.throwIfAborted();
        // Pages already asked for are taken even after another ended the list: they may sit
        // before the short page (the model drops duplicates and anything past its cap).
        limits.accept(page.elements);
        // The next page is asked for before this one is shown: the network never waits for it.
        pending = request();
        pending?.catch(() => undefined);
        this.#addElements(page.elements);
        // A source that answers at once must not chain every page into one long task.
        await nextTask();
        options.signal.throwIfAborted();
      }
    };
    const workers = Array.from({ length: Math.min(PAGE_CONCURRENCY, offsets.length) }, worker);
    await Promise.all(workers);
  }

  #finish(): void {
    this.status = 'ready';
    this.#abort = undefined;
    this.host.requestUpdate();
    this.callbacks.onLoad();
  }

  #addElements(elements: readonly unknown[]): void {
    if (elements.length === 0) return;
    this.received += elements.length;
    this.callbacks.onFriends(elements);
    this.host.requestUpdate();
  }
}
