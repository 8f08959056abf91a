// Test data shared by the browser tests: sample friends, generated lists and a data source the
// test drives by hand. Registers no element.
import { ArrayFriendSource } from '../../src/data/array-source.js';
import { numberedFriends } from '../../tools/friends/generate.mjs';
import type {
  Friend,
  FriendDataSource,
  FriendsPage,
  FriendsQuery,
  FriendsRequestOptions,
  TalkProfile,
} from '../../src/types.js';

/** Twelve friends with Korean, Latin, Japanese and digit-led names; two favorites. */
export const sampleFriends: Friend[] = [
  { id: 1, uuid: 'u-kim', profile_nickname: '김철수', favorite: true },
  { id: 2, uuid: 'u-hong', profile_nickname: '홍길동' },
  { id: 3, uuid: 'u-lee', profile_nickname: '이영희' },
  { id: 4, uuid: 'u-park', profile_nickname: '박민수', favorite: true },
  { id: 5, uuid: 'u-choi', profile_nickname: '최지우' },
  { id: 6, uuid: 'u-kang', profile_nickname: '강하늘' },
  { id: 7, uuid: 'u-bob', profile_nickname: 'Bob' },
  { id: 8, uuid: 'u-alice', profile_nickname: 'alice' },
  { id: 9, uuid: 'u-jose', profile_nickname: 'José' },
  { id: 10, uuid: 'u-aoi', profile_nickname: 'あおい' },
  { id: 11, uuid: 'u-tanaka', profile_nickname: 'タナカ' },
  { id: 12, uuid: 'u-7', profile_nickname: '7번가' },
];

export const sampleProfile: TalkProfile = { nickName: '나', uuid: 'u-me', id: 99 };

/** Generated friends `김친구00000`, `이친구00001`… with a few favorites, for virtualization tests. */
export function manyFriends(count: number): Friend[] {
  return numberedFriends(count);
}

/** A data source whose pages the test releases by hand, or fails on demand. */
export class ControlledSource implements FriendDataSource {
  readonly requests: FriendsQuery[] = [];
  readonly signals: AbortSignal[] = [];
  private readonly inner: ArrayFriendSource;
  private gate: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;
  failWith: Error | undefined;

  constructor(friends: Friend[], profile?: TalkProfile) {
    this.inner = new ArrayFriendSource(friends, profile === undefined ? {} : { profile });
  }

  /** Holds every request until `open()`. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }

  open(): void {
    this.release?.();
  }

  async getFriends(query: FriendsQuery, options: FriendsRequestOptions): Promise<FriendsPage> {
    this.requests.push(query);
    this.signals.push(options.signal);
    await Promise.race([
      this.gate,
      new Promise((_, reject) =>
        options.signal.addEventListener('abort', () => reject(options.signal.reason), {
          once: true,
        }),
      ),
    ]);
    if (this.failWith !== undefined) throw this.failWith;
    return this.inner.getFriends(query, options);
  }

  getProfile(options: FriendsRequestOptions): Promise<TalkProfile | null> {
    return this.inner.getProfile(options);
  }
}
