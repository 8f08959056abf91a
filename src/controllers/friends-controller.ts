import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sanitizeFriends, sanitizeProfile } from '../core/friend-validation.js';
import { PickerError, isAbortError, toPickerError } from '../errors.js';
import type { Friend, FriendDataSource, FriendsPage, TalkProfile } from '../types.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Page size the picker asks for: the REST API's maximum. */
export const PAGE_SIZE = 100;
/**
 * The most friends the picker loads from any source (Kakao's REST adapter refuses more too): a
 * source claiming millions must not make the picker plan millions of requests.
 */
export const MAX_FRIENDS = 100_000;
/** Pages fetched at once after the first one told the total. */
export const PAGE_CONCURRENCY = 4;

export interface FriendsControllerCallbacks {
  /** Every page has arrived. */
  onLoad(totalCount: number): void;
  /** Loading failed (not called for aborts). */
  onError(error: PickerError): void;
}

/** Options a data source may honour: `reload` asks it to bypass its caches. */
export interface GetFriendsOptions {
  signal: AbortSignal;
  reload?: boolean;
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
 * arrive in parallel (bounded), and the host re-renders as they come. Aborts on disconnect.
 * Holds no DOM: the element renders from `friends`, `profile`, `status` and `error`.
 */
export class FriendsController implements ReactiveController {
  status: LoadStatus = 'idle';
  friends: Friend[] = [];
  profile: TalkProfile | null = null;
  error: PickerError | null = null;
  /** Bumped whenever `friends` or `profile` change, so the host can memoize derived data. */
  version = 0;

  private source: FriendDataSource | undefined;
  private abort: AbortController | undefined;
  private seen = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: FriendsControllerCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A picker moved in the DOM (or re-attached) resumes what its removal aborted.
    if (this.source !== undefined && this.status === 'loading' && this.abort === undefined) {
      void this.load(this.source, false);
    }
  }

  hostDisconnected(): void {
    if (this.abort !== undefined) {
      this.abort.abort(new DOMException('The picker was removed.', 'AbortError'));
      this.abort = undefined;
    }
  }

  /** Starts loading from `source` (or clears everything when it is `undefined`). */
  setSource(source: FriendDataSource | undefined): Promise<void> {
    this.source = source;
    return this.load(source, false);
  }

  /** Loads again from the same source, bypassing caches. */
  reload(): Promise<void> {
    return this.load(this.source, true);
  }

  private async load(source: FriendDataSource | undefined, reload: boolean): Promise<void> {
    this.abort?.abort(new DOMException('Superseded by a new load.', 'AbortError'));
    const abort = new AbortController();
    this.abort = source === undefined ? undefined : abort;
    this.friends = [];
    this.profile = null;
    this.seen = new Set();
    this.error = null;
    this.version += 1;
    this.status = source === undefined ? 'idle' : 'loading';
    this.host.requestUpdate();
    if (source === undefined) return;
    const { signal } = abort;
    const options: GetFriendsOptions = reload ? { signal, reload } : { signal };
    try {
      const profileTask = this.loadProfile(source, options);
      const first = checkPage(
        await source.getFriends(
          { offset: 0, limit: PAGE_SIZE, order: 'asc', friendOrder: 'favorite' },
          options,
        ),
      );
      signal.throwIfAborted();
      this.addPage(first);
      const total = Math.min(Math.floor(first.totalCount), MAX_FRIENDS);
      const offsets: number[] = [];
      if (first.elements.length > 0) {
        for (let offset = PAGE_SIZE; offset < total; offset += PAGE_SIZE) offsets.push(offset);
      }
      await this.loadPages(source, offsets, options);
      await profileTask;
      signal.throwIfAborted();
      this.status = 'ready';
      this.abort = undefined;
      this.host.requestUpdate();
      this.callbacks.onLoad(this.friends.length);
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      abort.abort();
      this.abort = undefined;
      this.error = toPickerError(error);
      this.status = 'error';
      this.host.requestUpdate();
      this.callbacks.onError(this.error);
    }
  }

  private async loadProfile(source: FriendDataSource, options: GetFriendsOptions): Promise<void> {
    if (source.getProfile === undefined) return;
    try {
      const profile = sanitizeProfile(await source.getProfile(options));
      if (options.signal.aborted) return;
      this.profile = profile;
      this.version += 1;
      this.host.requestUpdate();
    } catch (error) {
      // The profile row is optional: the friends list is still useful without it.
      if (!isAbortError(error) && !options.signal.aborted) this.profile = null;
    }
  }

  private async loadPages(
    source: FriendDataSource,
    offsets: number[],
    options: GetFriendsOptions,
  ): Promise<void> {
    let next = 0;
    // An empty page means the list ended early (the total was stale or wrong): stop asking.
    let ended = false;
    const worker = async () => {
      while (next < offsets.length && !ended) {
        const offset = offsets[next++]!;
        const page = checkPage(
          await source.getFriends(
            { offset, limit: PAGE_SIZE, order: 'asc', friendOrder: 'favorite' },
            options,
          ),
        );
        options.signal.throwIfAborted();
        if (page.elements.length === 0) ended = true;
        this.addPage(page);
      }
    };
    const workers = Array.from({ length: Math.min(PAGE_CONCURRENCY, offsets.length) }, worker);
    await Promise.all(workers);
  }

  private addPage(page: FriendsPage): void {
    const added = sanitizeFriends(page.elements, this.seen);
    if (added.length === 0) return;
    // Appended in place (the host memoizes on `version`): copying would be quadratic at 100k.
    for (const friend of added) this.friends.push(friend);
    this.version += 1;
    this.host.requestUpdate();
  }
}
