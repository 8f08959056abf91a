import type { Friend } from '../types.js';

/** `isFriendDisabled`: the reason a friend cannot be picked, or `false`. */
export type FriendPredicate = (friend: Friend) => string | false;

/**
 * Calls the app's callbacks (`isFriendDisabled`, `renderFriend`) so that one that throws never
 * breaks the picker: its error is reported once per callback, as `onError(message)`.
 */
export class AppCallbacks {
  readonly #failed = new WeakSet<object>();

  constructor(private readonly onError: (message: string) => void) {}

  /** `callback`, the app's `name`, threw `error`: reported unless it already was. */
  failed(name: string, callback: object, error: unknown): void {
    if (this.#failed.has(callback)) return;
    this.#failed.add(callback);
    this.onError(`${name} threw: ${(error as Error | null)?.message ?? String(error)}`);
  }

  /** Why `predicate` does not let `friend` be picked, or `null` (no predicate, or it threw). */
  disabledReason(
    predicate: FriendPredicate | undefined,
    friend: Friend | null | undefined,
  ): string | null {
    if (typeof predicate !== 'function' || friend == null) return null;
    try {
      const reason = predicate(friend);
      return typeof reason === 'string' && reason ? reason : null;
    } catch (error) {
      this.failed('isFriendDisabled', predicate, error);
      return null;
    }
  }
}
