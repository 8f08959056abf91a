import { PickerError } from '../errors.js';
import type { FriendDataSource, FriendsPage, FriendsQuery, PickerErrorCode } from '../types.js';
import { abortReason, withTimeout } from './abort.js';
import { ArrayFriendSource } from './array-source.js';
import { parseJson, readBodyText } from './http-body.js';
import { MAX_TOTAL_COUNT } from './kakao-response.js';
import { PageCache, type LoadOptions } from './page-cache.js';

/** Options of {@link JsonFriendSource}. */
export interface JsonFriendSourceInit {
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
  /** Time allowed to the download before it counts as a network failure. Default 30 s. */
  timeoutMs?: number;
}

function statusCode(status: number): PickerErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'permission-denied';
  return 'server';
}

function invalid(reason: string): PickerError {
  return new PickerError('bad-response', `The friends file is malformed (${reason}).`);
}

/** The friend entries of a friends file: `Friend[]` or a REST-shaped `{ elements: Friend[] }`. */
function entriesOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body !== 'object' || body === null) throw invalid('not an array or an object');
  const elements = (body as { elements?: unknown }).elements ?? [];
  if (!Array.isArray(elements)) throw invalid('`elements` is not an array');
  return elements;
}

/**
 * Friends from a JSON file (what `<kakao-friend-picker src="friends.json">` uses): `Friend[]` or
 * `{ elements: Friend[] }`. The file is fetched once per instance (again on `{ reload: true }`),
 * validated like every other source, then paged and ordered in memory as {@link ArrayFriendSource}
 * does.
 */
export class JsonFriendSource implements FriendDataSource {
  private readonly url: string;
  private readonly fetchImpl: typeof fetch | undefined;
  private readonly timeoutMs: number;
  private readonly file = new PageCache<ArrayFriendSource>({ ttlMs: Number.POSITIVE_INFINITY });

  constructor(url: string, init: JsonFriendSourceInit = {}) {
    if (typeof url !== 'string' || url.trim() === '') {
      throw new PickerError('invalid-options', 'JsonFriendSource: the URL is empty.');
    }
    this.url = url;
    this.fetchImpl = init.fetch;
    const timeout = init.timeoutMs;
    this.timeoutMs = typeof timeout === 'number' && timeout > 0 ? timeout : 30000;
  }

  async getFriends(query: FriendsQuery, options: LoadOptions): Promise<FriendsPage> {
    const source = await this.file.get('file', (signal) => this.download(signal), options);
    return source.getFriends(query, { signal: options.signal });
  }

  private async download(signal: AbortSignal): Promise<ArrayFriendSource> {
    const timed = withTimeout(signal, this.timeoutMs);
    const fetchImpl = this.fetchImpl ?? fetch;
    try {
      const response = await fetchImpl(this.url, {
        signal: timed.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new PickerError(
          statusCode(response.status),
          `Loading the friends file failed (HTTP ${response.status}).`,
        );
      }
      const parsed = parseJson(await readBodyText(response));
      if (!parsed.ok) throw invalid('not JSON');
      return new ArrayFriendSource(entriesOf(parsed.value).slice(0, MAX_TOTAL_COUNT));
    } catch (error) {
      if (signal.aborted) throw abortReason(signal);
      if (error instanceof PickerError) throw error;
      const message = timed.timedOut
        ? 'Loading the friends file timed out.'
        : 'Loading the friends file failed (network).';
      throw new PickerError('network', message, { cause: error });
    } finally {
      timed.dispose();
    }
  }
}
