import type { FriendDataSource } from '../types.js';

/**
 * The method through which an in-memory source hands its whole list over in one call, instead of
 * being paged 100 friends at a time. `Symbol.for`, so a source made by one copy of the package
 * still hands over to a picker of another copy on the same page.
 */
export const ALL_FRIENDS: unique symbol = Symbol.for('kakao-friend-picker.all-friends') as never;

/** A source that can give every entry at once (untrusted: the picker validates each once). */
export interface InMemoryFriendSource {
  [ALL_FRIENDS](): readonly unknown[];
}

/** The whole list of an in-memory source, or `undefined` for a source that must be paged. */
export function takeAllFriends(source: FriendDataSource): readonly unknown[] | undefined {
  const take = (source as Partial<InMemoryFriendSource>)[ALL_FRIENDS];
  if (typeof take !== 'function') return undefined;
  const all: unknown = take.call(source);
  return Array.isArray(all) ? all : undefined;
}
