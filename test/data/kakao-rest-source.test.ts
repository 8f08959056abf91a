import { expect } from '@open-wc/testing';
import { KakaoRestFriendSource } from '../../src/data/kakao-rest-source.js';
import { isAbortError, PickerError } from '../../src/errors.js';
import type { EmulatorFault } from '../../tools/kakao-emulator/kakao-api-emulator.mjs';
import {
  createScenario,
  fastRetry,
  loadAll,
  quietPeriod,
  rejectionOf,
  requestsOf,
  until,
  updateScenario,
} from './emulator-client.js';

const TOKEN = 'kfpTestToken-9fQ2xZ7_secret';
const page1 = { offset: 0, limit: 100, order: 'asc', friendOrder: 'favorite' } as const;

function signal(): AbortSignal {
  return new AbortController().signal;
}

async function sourceFor(
  config: Parameters<typeof createScenario>[0] = {},
  options: Partial<ConstructorParameters<typeof KakaoRestFriendSource>[0]> = {},
) {
  const scenario = await createScenario(config);
  const source = new KakaoRestFriendSource({
    accessToken: TOKEN,
    baseUrl: scenario.baseUrl,
    retry: fastRetry,
    ...options,
  });
  return { scenario, source };
}

before(() => {
  // Room for every request of this file in the resource timeline the token checks read.
  performance.setResourceTimingBufferSize(100000);
});

describe('KakaoRestFriendSource: paging over HTTP', () => {
  for (const count of [1, 100, 101, 1234]) {
    it(`loads all ${count} friends in ${Math.max(1, Math.ceil(count / 100))} requests`, async () => {
      const { scenario, source } = await sourceFor({ friendCount: count });
      const { friends, first } = await loadAll(source);
      expect(first.totalCount).to.equal(count);
      expect(friends).to.have.length(count);
      expect(new Set(friends.map((f) => f.uuid)).size).to.equal(count);
      const requests = await requestsOf(scenario.id);
      expect(requests).to.have.length(Math.max(1, Math.ceil(count / 100)));
      for (const request of requests) {
        expect(request.path).to.equal(`${scenario.baseUrl}/v1/api/talk/friends`);
        expect(request.query.limit).to.equal('100');
        expect(request.query.order).to.equal('asc');
        expect(request.query.friend_order).to.equal('favorite');
        expect(request.authorization).to.equal('bearer');
        expect(request.tokenAccepted).to.equal(true);
        expect(request.url).not.to.contain(TOKEN);
      }
      expect(requests.map((r) => Number(r.query.offset)).sort((a, b) => a - b)).to.deep.equal(
        Array.from({ length: requests.length }, (_, i) => i * 100),
      );
    });
  }

  it('puts favorites first and reports favoriteCount', async () => {
    const { source } = await sourceFor({ friendCount: 250, favoriteEvery: 5 });
    const { friends, first } = await loadAll(source);
    expect(first.favoriteCount).to.equal(50);
    expect(friends.slice(0, 50).every((f) => f.favorite === true)).to.equal(true);
    expect(friends.slice(50).some((f) => f.favorite === true)).to.equal(false);
  });

  it('passes order and friend_order through (desc is asc reversed)', async () => {
    const { scenario, source } = await sourceFor({ friendCount: 40 });
    const asc = await source.getFriends(
      { offset: 0, limit: 100, order: 'asc', friendOrder: 'nickname' },
      { signal: signal() },
    );
    const desc = await source.getFriends(
      { offset: 0, limit: 100, order: 'desc', friendOrder: 'nickname' },
      { signal: signal() },
    );
    expect(desc.elements.map((f) => f.uuid)).to.deep.equal(
      asc.elements.map((f) => f.uuid).reverse(),
    );
    const queries = (await requestsOf(scenario.id)).map((r) => r.query);
    expect(queries).to.deep.include({
      offset: '0',
      limit: '100',
      order: 'desc',
      friend_order: 'nickname',
    });
  });

  it('clamps the query to Kakao bounds (limit 1–100, offset ≥ 0)', async () => {
    const { scenario, source } = await sourceFor({ friendCount: 5 });
    await source.getFriends({ offset: -3, limit: 500 }, { signal: signal() });
    const [request] = await requestsOf(scenario.id);
    expect(request!.query).to.deep.equal({
      offset: '0',
      limit: '100',
      order: 'asc',
      friend_order: 'favorite',
    });
  });

  it('sends the request before getFriends/getProfile return (the picker re-renders in a microtask)', async () => {
    const scenario = await createScenario({ friendCount: 150 });
    for (const accessToken of [TOKEN, () => TOKEN]) {
      const sent: string[] = [];
      const source = new KakaoRestFriendSource({
        accessToken,
        baseUrl: scenario.baseUrl,
        retry: fastRetry,
        fetch: (input, init) => {
          sent.push(input instanceof Request ? input.url : String(input));
          return fetch(input, init);
        },
      });
      const loads = [
        source.getFriends(page1, { signal: signal() }),
        source.getFriends({ ...page1, offset: 100 }, { signal: signal() }),
        source.getProfile({ signal: signal() }),
      ];
      // Synchronously: an `await` before `fetch` would let a re-render run first.
      expect(sent).to.have.length(3);
      await Promise.all(loads);
    }
  });

  it('treats a page without `elements` as empty', async () => {
    const { source } = await sourceFor({ friendCount: 0 });
    const page = await source.getFriends(page1, { signal: signal() });
    expect(page).to.deep.equal({ elements: [], totalCount: 0, favoriteCount: 0 });
  });

  it('accepts an absolute baseUrl with a trailing slash', async () => {
    const scenario = await createScenario({ friendCount: 3 });
    const source = new KakaoRestFriendSource({
      accessToken: TOKEN,
      baseUrl: `${location.origin}${scenario.baseUrl}/`,
    });
    const page = await source.getFriends(page1, { signal: signal() });
    expect(page.elements).to.have.length(3);
    expect(await requestsOf(scenario.id)).to.have.length(1);
  });

  it('serves only safe thumbnails (the emulator avatars over loopback http)', async () => {
    const { source } = await sourceFor({ friendCount: 30 });
    const page = await source.getFriends(page1, { signal: signal() });
    const thumbs = page.elements.flatMap((f) => f.profile_thumbnail_image ?? []);
    expect(thumbs.length).to.be.greaterThan(10);
    for (const url of thumbs)
      expect(url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/kakao-emulator\/avatar\/\d+\.svg$/);
  });

  it('rejects invalid options at construction', () => {
    for (const options of [
      {},
      { accessToken: 42 },
      { accessToken: 't', baseUrl: 'javascript:alert(1)' },
      { accessToken: 't', baseUrl: '/api?x=1' },
      { accessToken: 't', baseUrl: '' },
    ]) {
      expect(() => new KakaoRestFriendSource(options as never), JSON.stringify(options)).to.throw(
        PickerError,
      );
    }
  });
});

describe('KakaoRestFriendSource: profile', () => {
  it('loads, validates and caches the profile', async () => {
    const { scenario, source } = await sourceFor({
      profile: {
        nickName: '나',
        thumbnailURL: 'https://k.kakaocdn.net/t.jpg',
        profileImageURL: 'javascript:alert(1)',
        countryISO: 'KR',
      },
    });
    const profile = await source.getProfile({ signal: signal() });
    expect(profile).to.deep.equal({ nickName: '나', thumbnailURL: 'https://k.kakaocdn.net/t.jpg' });
    await source.getProfile({ signal: signal() });
    const requests = await requestsOf(scenario.id);
    expect(requests.map((r) => r.endpoint)).to.deep.equal(['profile']);
    expect(requests[0]!.authorization).to.equal('bearer');
  });

  it('maps a profile error (-501 not a Kakao Talk user)', async () => {
    const { source } = await sourceFor({
      faults: [{ type: 'not-talk-user', endpoint: 'profile' }],
    });
    const error = await rejectionOf(source.getProfile({ signal: signal() }));
    expect(error).to.be.instanceOf(PickerError);
    expect((error as PickerError).code).to.equal('not-talk-user');
    expect((error as PickerError).kakaoCode).to.equal(-501);
    // The friends endpoint is unaffected.
    expect((await source.getFriends(page1, { signal: signal() })).totalCount).to.equal(30);
  });
});

describe('KakaoRestFriendSource: errors', () => {
  const cases: Array<{
    name: string;
    fault: EmulatorFault;
    code: string;
    kakaoCode?: number;
    retried: boolean;
  }> = [
    {
      name: '-401',
      fault: { type: 'unauthorized' },
      code: 'unauthorized',
      kakaoCode: -401,
      retried: false,
    },
    {
      name: '-402',
      fault: { type: 'consent-required' },
      code: 'consent-required',
      kakaoCode: -402,
      retried: false,
    },
    {
      name: '-3',
      fault: { type: 'permission-denied' },
      code: 'permission-denied',
      kakaoCode: -3,
      retried: false,
    },
    {
      name: '-5',
      fault: { type: 'permission-denied', kakaoCode: -5 },
      code: 'permission-denied',
      kakaoCode: -5,
      retried: false,
    },
    {
      name: '-10',
      fault: { type: 'quota-exceeded' },
      code: 'quota-exceeded',
      kakaoCode: -10,
      retried: false,
    },
    {
      name: '-501',
      fault: { type: 'not-talk-user' },
      code: 'not-talk-user',
      kakaoCode: -501,
      retried: false,
    },
    {
      name: '-9798',
      fault: { type: 'maintenance' },
      code: 'maintenance',
      kakaoCode: -9798,
      retried: true,
    },
    {
      name: '-1 / HTTP 500',
      fault: { type: 'server' },
      code: 'server',
      kakaoCode: -1,
      retried: true,
    },
    {
      name: 'a connection dropped mid-answer',
      fault: { type: 'network' },
      code: 'network',
      retried: true,
    },
    {
      name: 'HTML 502 from a proxy',
      fault: { type: 'http', status: 502 },
      code: 'server',
      retried: true,
    },
    {
      name: 'HTML 401 from a proxy',
      fault: { type: 'http', status: 401, body: 'Unauthorized' },
      code: 'unauthorized',
      retried: false,
    },
    {
      name: 'HTML 404 from a misrouted proxy',
      fault: { type: 'http', status: 404, body: '<h1>Not found</h1>' },
      code: 'bad-response',
      retried: false,
    },
    {
      name: 'an unknown Kakao code on HTTP 400',
      fault: { type: 'raw', status: 400, body: '{"code":-2,"msg":"invalid param"}' },
      code: 'bad-response',
      kakaoCode: -2,
      retried: false,
    },
    {
      name: 'a redirect to another origin',
      fault: { type: 'redirect' },
      code: 'bad-response',
      retried: false,
    },
  ];

  for (const { name, fault, code, kakaoCode, retried } of cases) {
    it(`${name} → ${code}${retried ? ' (after retries)' : ' (not retried)'}`, async () => {
      const { scenario, source } = await sourceFor({ faults: [fault] });
      const error = await rejectionOf(source.getFriends(page1, { signal: signal() }));
      expect(error).to.be.instanceOf(PickerError);
      const picker = error as PickerError;
      expect(picker.code).to.equal(code);
      expect(picker.kakaoCode).to.equal(kakaoCode);
      expect(picker.retryable).to.equal(['server', 'network', 'maintenance'].includes(code));
      expect(picker.message).not.to.contain(TOKEN);
      expect(picker.toDetail().code).to.equal(code);
      expect(await requestsOf(scenario.id)).to.have.length(retried ? 1 + fastRetry.retries : 1);
    });
  }

  it('a connection dropped before any answer → network (after retries)', async () => {
    const { scenario, source } = await sourceFor({
      faults: [{ type: 'network', variant: 'before-headers' }],
    });
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
    // Chromium itself may resend such a request once, so each attempt is one or two requests.
    const count = (await requestsOf(scenario.id)).length;
    expect(count).to.be.within(1 + fastRetry.retries, 2 * (1 + fastRetry.retries));
  });

  it('-402 carries requiredScopes from required_scopes', async () => {
    const { source } = await sourceFor({
      faults: [{ type: 'consent-required', requiredScopes: ['friends', 'talk_message'] }],
    });
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.requiredScopes).to.deep.equal(['friends', 'talk_message']);
    expect(error.toDetail()).to.deep.include({
      code: 'consent-required',
      kakaoCode: -402,
      retryable: false,
      requiredScopes: ['friends', 'talk_message'],
    });
  });

  it('retries two 500s in a row into success', async () => {
    const { scenario, source } = await sourceFor({
      friendCount: 12,
      faults: [{ type: 'server', times: 2 }],
    });
    const page = await source.getFriends(page1, { signal: signal() });
    expect(page.elements).to.have.length(12);
    expect((await requestsOf(scenario.id)).map((r) => r.status)).to.deep.equal([500, 500, 200]);
  });

  it('retries maintenance and dropped connections into success', async () => {
    const { scenario, source } = await sourceFor({
      faults: [
        { type: 'maintenance', times: 1 },
        { type: 'network', times: 1 },
      ],
    });
    const page = await source.getFriends(page1, { signal: signal() });
    expect(page.totalCount).to.equal(30);
    expect((await requestsOf(scenario.id)).map((r) => r.status)).to.deep.equal([503, 0, 200]);
  });

  it('backs off exponentially between attempts', async () => {
    const { scenario, source } = await sourceFor(
      { faults: [{ type: 'server' }] },
      { retry: { retries: 3, baseDelayMs: 40, maxDelayMs: 1000 } },
    );
    await rejectionOf(source.getFriends(page1, { signal: signal() }));
    const starts = (await requestsOf(scenario.id)).map((r) => r.startedAt);
    expect(starts).to.have.length(4);
    // Equal jitter: the wait before retry n is at least half of 40 ms × 2^n.
    const gaps = starts.slice(1).map((start, i) => start - starts[i]!);
    gaps.forEach((gap, n) => expect(gap).to.be.at.least(20 * 2 ** n - 2));
  });

  it('stops retrying when the total time budget is spent', async () => {
    const { scenario, source } = await sourceFor(
      { faults: [{ type: 'server' }] },
      { retry: { retries: 10, baseDelayMs: 100, maxDelayMs: 2000, maxElapsedMs: 400 } },
    );
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('server');
    // Waits of 50–100, 100–200, 200–400 ms…: the 400 ms budget allows at most 4 attempts of 11.
    const count = (await requestsOf(scenario.id)).length;
    expect(count).to.be.within(1, 4);
  });

  it('does not cache failures: the next call asks again', async () => {
    const { scenario, source } = await sourceFor({
      faults: [{ type: 'quota-exceeded', times: 1 }],
    });
    await rejectionOf(source.getFriends(page1, { signal: signal() }));
    const page = await source.getFriends(page1, { signal: signal() });
    expect(page.totalCount).to.equal(30);
    expect(await requestsOf(scenario.id)).to.have.length(2);
  });
});

describe('KakaoRestFriendSource: the access token', () => {
  it('calls a token function before every request, so a refreshed token is used', async () => {
    const scenario = await createScenario({ friendCount: 250, accessToken: 'fresh-token' });
    const tokens = ['stale-token', 'fresh-token'];
    let calls = 0;
    const source = new KakaoRestFriendSource({
      accessToken: async () => tokens[Math.min(calls++, 1)]!,
      baseUrl: scenario.baseUrl,
      retry: fastRetry,
    });
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('unauthorized');
    const { friends } = await loadAll(source);
    expect(friends).to.have.length(250);
    expect(calls).to.equal(4);
    const requests = await requestsOf(scenario.id);
    expect(requests.map((r) => r.tokenAccepted)).to.deep.equal([false, true, true, true]);
  });

  it('accepts a sync token function', async () => {
    const { source } = await sourceFor({ friendCount: 2 }, { accessToken: () => TOKEN });
    expect((await source.getFriends(page1, { signal: signal() })).elements).to.have.length(2);
  });

  it('never puts the token in a URL (requests and resource timing)', async () => {
    const { scenario, source } = await sourceFor({ friendCount: 150 });
    await loadAll(source);
    await source.getProfile({ signal: signal() });
    for (const request of await requestsOf(scenario.id)) {
      expect(request.url).not.to.contain(TOKEN);
      expect(Object.keys(request.query)).not.to.include('access_token');
      expect(request.authorization).to.equal('bearer');
    }
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(urls.some((url) => url.includes(scenario.baseUrl))).to.equal(true);
    expect(urls.some((url) => url.includes(TOKEN))).to.equal(false);
  });

  it('redacts the token when a server echoes it in a message', async () => {
    const { source } = await sourceFor({
      faults: [
        {
          type: 'raw',
          status: 401,
          body: JSON.stringify({ code: -401, msg: `token ${TOKEN} has expired` }),
        },
      ],
    });
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('unauthorized');
    expect(error.message).to.contain('[redacted]');
    expect(error.message).not.to.contain(TOKEN);
    expect(JSON.stringify(error.toDetail())).not.to.contain(TOKEN);
  });

  it('sends no Authorization header for an empty token (a proxy adds it server-side)', async () => {
    const { scenario, source } = await sourceFor({}, { accessToken: '' });
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('unauthorized');
    expect((await requestsOf(scenario.id)).map((r) => r.authorization)).to.deep.equal(['none']);
  });

  it('refuses a token that is not a valid Bearer token, without a request', async () => {
    for (const accessToken of ['two words', 'line\nbreak', '토큰']) {
      const { scenario, source } = await sourceFor({}, { accessToken });
      const error = (await rejectionOf(
        source.getFriends(page1, { signal: signal() }),
      )) as PickerError;
      expect(error.code).to.equal('unauthorized');
      expect(error.message).not.to.contain(accessToken);
      expect(await requestsOf(scenario.id)).to.have.length(0);
    }
  });

  it('reports a failing token function as unauthorized, without a request', async () => {
    const { scenario, source } = await sourceFor(
      {},
      {
        accessToken: () => {
          throw new Error('refresh failed');
        },
      },
    );
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('unauthorized');
    expect(await requestsOf(scenario.id)).to.have.length(0);
  });
});

describe('KakaoRestFriendSource: abort', () => {
  it('aborting stops the request in flight and everything after it', async () => {
    const { scenario, source } = await sourceFor({ friendCount: 500, latencyMs: 400 });
    const controller = new AbortController();
    const loading = loadAll(source, controller.signal);
    await until(async () => (await requestsOf(scenario.id)).length === 1, 'the first request');
    controller.abort();
    const error = await rejectionOf(loading);
    expect(isAbortError(error)).to.equal(true);
    await until(
      async () => (await requestsOf(scenario.id))[0]!.aborted,
      'the emulator to see the request cancelled',
    );
    await quietPeriod(600);
    expect(await requestsOf(scenario.id)).to.have.length(1);
  });

  it('aborting during a backoff wait stops the retries', async () => {
    const { scenario, source } = await sourceFor(
      { faults: [{ type: 'server' }] },
      { retry: { retries: 3, baseDelayMs: 300, maxDelayMs: 1000 } },
    );
    const controller = new AbortController();
    const loading = source.getFriends(page1, { signal: controller.signal });
    await until(
      async () => (await requestsOf(scenario.id))[0]?.status === 500,
      'the first failure',
    );
    controller.abort(new DOMException('removed', 'AbortError'));
    const error = await rejectionOf(loading);
    expect(isAbortError(error)).to.equal(true);
    expect((error as DOMException).message).to.equal('removed');
    await quietPeriod(700);
    expect(await requestsOf(scenario.id)).to.have.length(1);
  });

  it('an already aborted signal makes no request', async () => {
    const { scenario, source } = await sourceFor();
    const controller = new AbortController();
    controller.abort();
    expect(
      isAbortError(await rejectionOf(source.getFriends(page1, { signal: controller.signal }))),
    ).to.equal(true);
    expect(
      isAbortError(await rejectionOf(source.getProfile({ signal: controller.signal }))),
    ).to.equal(true);
    expect(await requestsOf(scenario.id)).to.have.length(0);
  });

  it('aborting while an async token function runs rejects at once', async () => {
    const { scenario, source } = await sourceFor(
      {},
      {
        accessToken: () => new Promise<string>((resolve) => setTimeout(() => resolve(TOKEN), 300)),
      },
    );
    const controller = new AbortController();
    const loading = source.getFriends(page1, { signal: controller.signal });
    controller.abort();
    expect(isAbortError(await rejectionOf(loading))).to.equal(true);
    await quietPeriod(400);
    expect(await requestsOf(scenario.id)).to.have.length(0);
  });

  it('a slow answer times out as a network error', async () => {
    const { source } = await sourceFor(
      { latencyMs: 1000 },
      { timeoutMs: 100, retry: { retries: 0 } },
    );
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('network');
    expect(error.message).to.match(/timed out/);
  });
});

describe('KakaoRestFriendSource: cache', () => {
  it('a second load of the same pages makes no request', async () => {
    const { scenario, source } = await sourceFor({ friendCount: 234 });
    const first = await loadAll(source);
    const second = await loadAll(source);
    expect(second.friends).to.deep.equal(first.friends);
    expect(await requestsOf(scenario.id)).to.have.length(3);
  });

  it('reload bypasses the cache and refreshes it', async () => {
    const { scenario, source } = await sourceFor({ friendCount: 10 });
    await source.getFriends(page1, { signal: signal() });
    await updateScenario(scenario.id, { friendCount: 11 });
    expect((await source.getFriends(page1, { signal: signal() })).totalCount).to.equal(10);
    expect(
      (await source.getFriends(page1, { signal: signal(), reload: true })).totalCount,
    ).to.equal(11);
    expect((await source.getFriends(page1, { signal: signal() })).totalCount).to.equal(11);
    expect(await requestsOf(scenario.id)).to.have.length(2);
  });

  it('reload also refreshes the profile', async () => {
    const { scenario, source } = await sourceFor();
    await source.getProfile({ signal: signal() });
    await source.getProfile({ signal: signal(), reload: true });
    expect(await requestsOf(scenario.id)).to.have.length(2);
  });

  it('keys the cache by the whole query', async () => {
    const { scenario, source } = await sourceFor({ friendCount: 10 });
    await source.getFriends(page1, { signal: signal() });
    await source.getFriends({ ...page1, friendOrder: 'nickname' }, { signal: signal() });
    await source.getFriends({ ...page1, order: 'desc' }, { signal: signal() });
    await source.getFriends({ ...page1, limit: 50 }, { signal: signal() });
    await source.getFriends(page1, { signal: signal() });
    expect(await requestsOf(scenario.id)).to.have.length(4);
  });

  it('is per instance, and expires (cacheTtlMs: 0 never reuses)', async () => {
    const scenario = await createScenario({ friendCount: 3 });
    const a = new KakaoRestFriendSource({ accessToken: TOKEN, baseUrl: scenario.baseUrl });
    const b = new KakaoRestFriendSource({
      accessToken: TOKEN,
      baseUrl: scenario.baseUrl,
      cacheTtlMs: 0,
    });
    await a.getFriends(page1, { signal: signal() });
    await b.getFriends(page1, { signal: signal() });
    await b.getFriends(page1, { signal: signal() });
    expect(await requestsOf(scenario.id)).to.have.length(3);
  });

  it('concurrent callers share one request; one leaving does not cancel it for the other', async () => {
    const { scenario, source } = await sourceFor({ friendCount: 5, latencyMs: 200 });
    const leaving = new AbortController();
    const a = source.getFriends(page1, { signal: leaving.signal });
    const b = source.getFriends(page1, { signal: signal() });
    leaving.abort();
    expect(isAbortError(await rejectionOf(a))).to.equal(true);
    expect((await b).elements).to.have.length(5);
    const requests = await requestsOf(scenario.id);
    expect(requests).to.have.length(1);
    expect(requests[0]!.aborted).to.equal(false);
  });

  it('the shared request is cancelled when every caller has left', async () => {
    const { scenario, source } = await sourceFor({ friendCount: 5, latencyMs: 300 });
    const one = new AbortController();
    const two = new AbortController();
    const a = source.getFriends(page1, { signal: one.signal });
    const b = source.getFriends(page1, { signal: two.signal });
    await until(async () => (await requestsOf(scenario.id)).length === 1, 'the request');
    one.abort();
    two.abort();
    expect(isAbortError(await rejectionOf(a))).to.equal(true);
    expect(isAbortError(await rejectionOf(b))).to.equal(true);
    await until(async () => (await requestsOf(scenario.id))[0]!.aborted, 'the cancellation');
    // Nothing was cached from the cancelled request.
    await source.getFriends(page1, { signal: signal() });
    expect(await requestsOf(scenario.id)).to.have.length(2);
  });

  it('returns copies: mutating a page does not change the cache', async () => {
    const { source } = await sourceFor({ friendCount: 3 });
    const first = await source.getFriends(page1, { signal: signal() });
    first.elements[0]!.profile_nickname = 'changed';
    first.elements.pop();
    const second = await source.getFriends(page1, { signal: signal() });
    expect(second.elements).to.have.length(3);
    expect(second.elements[0]!.profile_nickname).not.to.equal('changed');
  });
});

describe('KakaoRestFriendSource: foreign after_url', () => {
  it('never follows after_url/before_url to another origin', async () => {
    const { scenario, source } = await sourceFor({
      friendCount: 345,
      faults: [{ type: 'foreign-after-url' }],
    });
    const { friends } = await loadAll(source);
    expect(friends).to.have.length(345);
    const requests = await requestsOf(scenario.id);
    expect(requests).to.have.length(4);
    expect(requests.every((r) => r.path === `${scenario.baseUrl}/v1/api/talk/friends`)).to.equal(
      true,
    );
    const urls = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(urls.some((url) => url.includes('attacker.invalid'))).to.equal(false);
  });
});

describe('KakaoRestFriendSource: answers from a custom fetch', () => {
  const answering = (response: Response) =>
    new KakaoRestFriendSource({
      accessToken: TOKEN,
      baseUrl: 'https://kapi.kakao.com',
      retry: { retries: 0 },
      fetch: () => Promise.resolve(response),
    });

  it('a redirect is bad-response whatever its body says (only its status counts)', async () => {
    const error = (await rejectionOf(
      answering(
        new Response('{"code":-401,"msg":"x"}', { status: 302, headers: { Location: '/' } }),
      ).getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('bad-response');
    expect(error.kakaoCode).to.equal(undefined);
    expect(error.message).to.contain('HTTP 302');
  });

  it('a declared length past the bound is refused before the body is read', async () => {
    // Pulled only when read (no eager fill): reading would fail the test.
    const body = new ReadableStream<Uint8Array>(
      { pull: () => expect.fail('the body was read') },
      { highWaterMark: 0 },
    );
    const error = (await rejectionOf(
      answering(
        new Response(body, { headers: { 'Content-Length': String(64 * 1024 * 1024) } }),
      ).getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('bad-response');
    expect(error.message).to.match(/larger than/);
  });

  it('an endless timeoutMs is capped, not an immediate timeout', async () => {
    const { source } = await sourceFor({ friendCount: 2 }, { timeoutMs: Infinity });
    expect((await source.getFriends(page1, { signal: signal() })).elements).to.have.length(2);
  });
});

describe('KakaoRestFriendSource baseUrl', () => {
  it('refuses plain http to a remote host, so the token never travels unencrypted', () => {
    for (const baseUrl of [
      'http://api.example.com',
      '//api.example.com/kakao',
      // Protocol-relative: refused even to this origin (it only looks like a path).
      `//${location.host}/api`,
    ]) {
      let error: unknown;
      try {
        new KakaoRestFriendSource({ accessToken: 't', baseUrl });
      } catch (caught) {
        error = caught;
      }
      expect(error, baseUrl).to.be.instanceOf(PickerError);
      expect((error as PickerError).code).to.equal('invalid-options');
    }
    for (const baseUrl of [
      'https://kapi.kakao.com',
      'http://127.0.0.1:8787',
      'http://localhost:1',
      '/api/kakao',
    ]) {
      expect(
        () => new KakaoRestFriendSource({ accessToken: 't', baseUrl }),
        baseUrl,
      ).to.not.throw();
    }
  });
});
