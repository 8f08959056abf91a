import { sortByName } from '../core/collation.js';
import { PickerError } from '../errors.js';
import { sanitizeFriends, sanitizeProfile } from '../core/friend-validation.js';
import type {
  Friend,
  FriendDataSource,
  FriendsPage,
  FriendsQuery,
  FriendsRequestOptions,
  TalkProfile,
} from '../types.js';
import { ALL_FRIENDS, type InMemoryFriendSource } from './in-memory.js';
import { nextTask } from './next-task.js';

/** Options of {@link ArrayFriendSource}. */
export interface ArrayFriendSourceOptions {
  /** The signed-in user's own profile, shown as "My profile" (selectable when it has a uuid). */
  profile?: TalkProfile;
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * An in-memory `FriendDataSource`, for demos, tests and apps that already hold the list. A picker
 * takes the whole list in one call and validates each entry once, in slices, after its first
 * screen; other callers can page it like Kakao's REST API (`offset`, `limit`, `order`,
 * `friendOrder`), which validates and sorts it on first use. Construction only copies the array.
 */
export class ArrayFriendSource implements FriendDataSource, InMemoryFriendSource {
  readonly #entries: readonly unknown[];
  /** Set when the constructor got no array: every call then rejects with it (`kfp-error`). */
  readonly #mistake: PickerError | undefined;
  readonly #profile: TalkProfile | null;
  #validated: { friends: readonly Friend[]; favoriteCount: number } | undefined;
  readonly #orderings = new Map<string, readonly Friend[]>();

  constructor(friends: readonly unknown[], options: ArrayFriendSourceOptions = {}) {
    // A copy of the array (not of the entries): later changes to the app's array do not leak in.
    this.#entries = Array.isArray(friends) ? friends.slice() : [];
    // Not a throw: a picker given this source reports the mistake as its error state and a
    // `kfp-error`, where the app looks for it, rather than failing wherever the source was made.
    if (!Array.isArray(friends)) {
      const given = friends === null ? 'null' : typeof friends;
      this.#mistake = new PickerError(
        'invalid-options',
        `ArrayFriendSource: the friends must be an array (Friend[]); it was given ${given}.`,
      );
    }
    this.#profile = options.profile === undefined ? null : sanitizeProfile(options.profile);
  }

  /** @internal The whole list at once, for the picker (see `takeAllFriends`). */
  [ALL_FRIENDS](): readonly unknown[] {
    if (this.#mistake !== undefined) throw this.#mistake;
    return this.#entries;
  }

  async getFriends(query: FriendsQuery, options: FriendsRequestOptions): Promise<FriendsPage> {
    throwIfAborted(options.signal);
    if (this.#mistake !== undefined) throw this.#mistake;
    const offset = Math.max(0, Math.trunc(query.offset) || 0);
    const limit = Math.min(100, Math.max(1, Math.trunc(query.limit) || 10));
    const { friends, favoriteCount } = this.#validate();
    const ordered = this.#ordered(friends, query.order ?? 'asc', query.friendOrder ?? 'favorite');
    const elements = ordered.slice(offset, offset + limit).map((friend) => ({ ...friend }));
    // Resolve on a later task, as a network source would: the picker renders the first page while
    // the others are still coming, and a 100,000-friend list never freezes the page in one go.
    await nextTask();
    throwIfAborted(options.signal);
    return { elements, totalCount: friends.length, favoriteCount };
  }

  async getProfile(options: FriendsRequestOptions): Promise<TalkProfile | null> {
    throwIfAborted(options.signal);
    return this.#profile === null ? null : { ...this.#profile };
  }

  #validate(): { friends: readonly Friend[]; favoriteCount: number } {
    if (this.#validated === undefined) {
      const friends = sanitizeFriends(this.#entries);
      const favoriteCount = friends.filter((friend) => friend.favorite === true).length;
      this.#validated = { friends, favoriteCount };
    }
    return this.#validated;
  }

  #ordered(
    friends: readonly Friend[],
    order: 'asc' | 'desc',
    friendOrder: 'favorite' | 'nickname',
  ): readonly Friend[] {
    const key = `${order}:${friendOrder}`;
    let list = this.#orderings.get(key);
    if (list === undefined) {
      const byName = sortByName(friends, (friend) => friend.profile_nickname ?? '', 'ko', order);
      list =
        friendOrder === 'favorite'
          ? [
              ...byName.filter((f) => f.favorite === true),
              ...byName.filter((f) => f.favorite !== true),
            ]
          : byName;
      this.#orderings.set(key, list);
    }
    return list;
  }
}
