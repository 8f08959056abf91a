import { PickerError } from '../errors.js';
import type {
  FriendDataSource,
  FriendsPage,
  FriendsQuery,
  FriendsRequestOptions,
} from '../types.js';
import type { JsonFile } from './json-file.js';

/** Options of {@link JsonFriendSource}. */
export interface JsonFriendSourceInit {
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
  /** Time allowed to the download before it counts as a network failure. Default 30 s. */
  timeoutMs?: number;
}

/**
 * Friends from a JSON file (what `<kakao-friend-picker src="friends.json">` uses): `Friend[]` or
 * `{ elements: Friend[] }`. The file is fetched once per instance (again on `{ reload: true }`),
 * validated like every other source, then paged and ordered in memory as `ArrayFriendSource`
 * does.
 *
 * This class is only the front: the code that downloads and reads the file (json-file.ts) is
 * imported on the first `getFriends()`, so the core bundle carries none of it. A failed import
 * rejects that call (the picker shows its error state, `network`) and is tried again on the next.
 */
export class JsonFriendSource implements FriendDataSource {
  private readonly url: string;
  private readonly fetchImpl: typeof fetch | undefined;
  private readonly timeoutMs: number;
  private file: Promise<JsonFile> | undefined;

  constructor(url: string, init: JsonFriendSourceInit = {}) {
    if (typeof url !== 'string' || url.trim() === '') {
      throw new PickerError('invalid-options', 'JsonFriendSource: the URL is empty.');
    }
    this.url = url;
    this.fetchImpl = init.fetch;
    const timeout = init.timeoutMs;
    this.timeoutMs = typeof timeout === 'number' && timeout > 0 ? timeout : 30000;
  }

  async getFriends(query: FriendsQuery, options: FriendsRequestOptions): Promise<FriendsPage> {
    this.file ??= import('./json-file.js').then(
      ({ JsonFile }) => new JsonFile(this.url, this.fetchImpl, this.timeoutMs),
      (error: unknown) => {
        this.file = undefined;
        throw new PickerError('network', 'Loading the JSON source failed.', { cause: error });
      },
    );
    return (await this.file).getFriends(query, options);
  }
}
