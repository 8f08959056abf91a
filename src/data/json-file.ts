import { PickerError } from '../errors.js';
import type {
  FriendDataSource,
  FriendsPage,
  FriendsQuery,
  FriendsRequestOptions,
  PickerErrorCode,
} from '../types.js';
import { ArrayFriendSource } from './array-source.js';
import { readJson } from './http-body.js';
import { loadCache } from './load-cache.js';

/**
 * Most friends read from a file: as many as a Kakao answer may hold (`MAX_TOTAL_COUNT` in
 * kakao-response.ts, not imported so that this chunk shares nothing with the Kakao sources' code).
 */
const MAX_FRIENDS = 100_000;

function statusCode(status: number): PickerErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'permission-denied';
  return 'server';
}

function invalid(reason: string): PickerError {
  return new PickerError('bad-response', `The friends file is malformed (${reason}).`);
}

/**
 * The friend entries of a friends file: `Friend[]` or a REST-shaped `{ elements: Friend[] }`
 * (without `elements` only when it is a saved empty Kakao answer, `{ "total_count": 0 }`).
 * Anything else is the wrong file, not an empty list.
 */
function entriesOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body !== 'object' || body === null) {
    throw invalid('neither an array of friends nor an object with an `elements` array');
  }
  const { elements, total_count: total } = body as { elements?: unknown; total_count?: unknown };
  if (elements === undefined && total === 0) return [];
  if (!Array.isArray(elements)) {
    throw invalid(
      elements === undefined
        ? 'an object without an `elements` array: expected Friend[] or { "elements": Friend[] }'
        : '`elements` is not an array',
    );
  }
  return elements;
}

/**
 * What `JsonFriendSource` does once it is first asked for friends: fetches the file once (again
 * on `{ reload: true }`), validates it like every other source, then pages and orders it in
 * memory as {@link ArrayFriendSource} does. A module of its own so that pages that never use a
 * JSON file never download it (json-source.ts imports it on first use).
 */
export class JsonFile implements FriendDataSource {
  private readonly file = loadCache<ArrayFriendSource>(Infinity);

  constructor(
    private readonly url: string,
    private readonly fetchImpl: typeof fetch | undefined,
    private readonly timeoutMs: number,
  ) {}

  async getFriends(query: FriendsQuery, options: FriendsRequestOptions): Promise<FriendsPage> {
    const source = await this.file('file', (signal) => this.download(signal), options);
    return source.getFriends(query, { signal: options.signal });
  }

  private async download(signal: AbortSignal): Promise<ArrayFriendSource> {
    const timed = AbortSignal.any([
      signal,
      AbortSignal.timeout(Math.min(this.timeoutMs, 2 ** 31 - 1)),
    ]);
    try {
      const response = await (this.fetchImpl ?? fetch)(this.url, {
        signal: timed,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new PickerError(
          statusCode(response.status),
          `Loading the friends file failed (HTTP ${response.status}).`,
        );
      }
      const body = await readJson(response);
      if (body === undefined) throw invalid('not JSON');
      return new ArrayFriendSource(entriesOf(body).slice(0, MAX_FRIENDS));
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (error instanceof PickerError) throw error;
      const message = timed.aborted
        ? 'Loading the friends file timed out.'
        : 'Loading the friends file failed (network).';
      throw new PickerError('network', message, { cause: error });
    }
  }
}
