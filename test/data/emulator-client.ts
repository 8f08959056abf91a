// Talks to the Kakao API emulator that the test server mounts under /kakao-emulator
// (test/server-plugins.mjs). Each test makes its own scenario: test files run in parallel.
import type {
  EmulatorScenario,
  EmulatorScenarioConfig,
  RecordedRequest,
} from '../../tools/kakao-emulator/kakao-api-emulator.mjs';
import type { KakaoSdk } from '../../src/data/kakao-sdk-source.js';
import type { Friend, FriendDataSource, FriendsPage } from '../../src/types.js';

export type { EmulatorScenario, RecordedRequest };

/** Retries that keep tests fast while still exercising backoff. */
export const fastRetry = { retries: 3, baseDelayMs: 2, maxDelayMs: 10 };

async function control(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`/kakao-emulator/scenarios${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator ${method} ${path}: ${await response.text()}`);
  return response;
}

export async function createScenario(
  config: EmulatorScenarioConfig = {},
): Promise<EmulatorScenario> {
  return (await control('POST', '', config)).json() as Promise<EmulatorScenario>;
}

export async function updateScenario(
  id: string,
  config: EmulatorScenarioConfig,
): Promise<EmulatorScenario> {
  return (await control('PATCH', `/${id}`, config)).json() as Promise<EmulatorScenario>;
}

export async function requestsOf(id: string): Promise<RecordedRequest[]> {
  const body = (await (await control('GET', `/${id}/requests`)).json()) as {
    requests: RecordedRequest[];
  };
  return body.requests;
}

export async function clearRequests(id: string): Promise<void> {
  await control('DELETE', `/${id}/requests`);
}

/** Resolves after `ms`: only for proving that nothing *more* happens during a window. */
export function quietPeriod(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `condition` holds (the emulator records asynchronously). */
export async function until(
  condition: () => boolean | Promise<boolean>,
  message: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Loads every page the way the picker does: page 1 (offset 0, limit 100) tells the total, the
 * rest follow with bounded concurrency.
 */
export async function loadAll(
  source: FriendDataSource,
  signal: AbortSignal = new AbortController().signal,
  concurrency = 4,
): Promise<{ friends: Friend[]; first: FriendsPage }> {
  const query = { limit: 100, order: 'asc', friendOrder: 'favorite' } as const;
  const first = await source.getFriends({ ...query, offset: 0 }, { signal });
  const offsets: number[] = [];
  for (let offset = 100; offset < first.totalCount; offset += 100) offsets.push(offset);
  const pages = new Map<number, Friend[]>([[0, first.elements]]);
  let next = 0;
  const worker = async () => {
    while (next < offsets.length) {
      const offset = offsets[next++]!;
      pages.set(offset, (await source.getFriends({ ...query, offset }, { signal })).elements);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, offsets.length) }, worker));
  const friends = [...pages.keys()].sort((a, b) => a - b).flatMap((offset) => pages.get(offset)!);
  return { friends, first };
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected a rejection, but the promise resolved.');
}

/**
 * A stand-in for the Kakao JS SDK (`Kakao.API.request`, `Kakao.Auth.getAccessToken`) that sends
 * its requests to the emulator over real HTTP with `token`, as the SDK does to kapi.kakao.com.
 */
export function sdkOverHttp(baseUrl: string, token: string): KakaoSdk {
  return {
    API: {
      async request({ url, data }) {
        const query = new URLSearchParams(
          Object.entries(data ?? {}).map(([key, value]) => [key, String(value)]),
        );
        const response = await fetch(`${baseUrl}${url}?${query}`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        const body: unknown = await response.json();
        if (!response.ok) throw body;
        return body;
      },
    },
    Auth: { getAccessToken: () => token },
  };
}
