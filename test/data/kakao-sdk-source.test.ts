import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  KakaoSdkFriendSource,
  type KakaoApiRequestSettings,
  type KakaoSdk,
} from '../../src/data/kakao-sdk-source.js';
import { isAbortError, PickerError } from '../../src/errors.js';
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

const TOKEN = 'sdk-suite-token';
const page1 = { offset: 0, limit: 100, order: 'asc', friendOrder: 'favorite' } as const;

function signal(): AbortSignal {
  return new AbortController().signal;
}

/**
 * An object shaped like the Kakao JS SDK v2 whose `API.request` speaks real HTTP to the emulator
 * and, like the SDK, resolves with the JSON body or rejects with Kakao's `{ code, msg, ... }`.
 */
function emulatedSdk(baseUrl: string): KakaoSdk & { requests: unknown[]; inFlight: number } {
  const requests: unknown[] = [];
  const sdk = {
    requests,
    inFlight: 0,
    isInitialized: () => true,
    API: {
      request: async (settings: KakaoApiRequestSettings): Promise<unknown> => {
        sdk.inFlight += 1;
        try {
          return await send(settings);
        } finally {
          sdk.inFlight -= 1;
        }
      },
    },
  };
  const send = async (settings: KakaoApiRequestSettings): Promise<unknown> => {
    requests.push(settings);
    const query = new URLSearchParams(
      Object.entries(settings.data ?? {}).map(([key, value]) => [key, String(value)]),
    );
    const response = await fetch(`${baseUrl}${settings.url}?${query}`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`HTTP ${response.status}`);
    }
    if (!response.ok) throw body;
    return body;
  };
  return sdk;
}

async function sdkSourceFor(config: Parameters<typeof createScenario>[0] = {}) {
  const scenario = await createScenario(config);
  const sdk = emulatedSdk(scenario.baseUrl);
  return { scenario, sdk, source: new KakaoSdkFriendSource(sdk, { retry: fastRetry }) };
}

describe('KakaoSdkFriendSource', () => {
  it('loads 1,234 friends through Kakao.API.request with Kakao paging parameters', async () => {
    const { scenario, sdk, source } = await sdkSourceFor({ friendCount: 1234 });
    const { friends, first } = await loadAll(source);
    expect(first.totalCount).to.equal(1234);
    expect(new Set(friends.map((f) => f.uuid)).size).to.equal(1234);
    expect(sdk.requests).to.have.length(13);
    expect(sdk.requests[0]).to.deep.equal({
      url: '/v1/api/talk/friends',
      data: { offset: 0, limit: 100, order: 'asc', friend_order: 'favorite' },
    });
    const requests = await requestsOf(scenario.id);
    expect(requests).to.have.length(13);
    expect(requests.every((r) => r.authorization === 'bearer')).to.equal(true);
  });

  it('calls Kakao.API.request before getFriends returns (the picker re-renders in a microtask)', async () => {
    const { sdk, source } = await sdkSourceFor({ friendCount: 150 });
    const loads = [
      source.getFriends(page1, { signal: signal() }),
      source.getFriends({ ...page1, offset: 100 }, { signal: signal() }),
    ];
    expect(sdk.requests).to.have.length(2);
    await Promise.all(loads);
  });

  it('loads the profile from /v1/api/talk/profile', async () => {
    const { sdk, source } = await sdkSourceFor();
    const profile = await source.getProfile({ signal: signal() });
    expect(profile!.nickName).to.be.a('string');
    expect(sdk.requests).to.deep.equal([{ url: '/v1/api/talk/profile' }]);
  });

  it('caches pages for a second load; reload bypasses the cache', async () => {
    const { scenario, source } = await sdkSourceFor({ friendCount: 150 });
    await loadAll(source);
    await loadAll(source);
    expect(await requestsOf(scenario.id)).to.have.length(2);
    await updateScenario(scenario.id, { friendCount: 151 });
    const fresh = await source.getFriends(page1, { signal: signal(), reload: true });
    expect(fresh.totalCount).to.equal(151);
    expect(await requestsOf(scenario.id)).to.have.length(3);
  });

  const cases = [
    {
      fault: { type: 'unauthorized' as const },
      code: 'unauthorized',
      kakaoCode: -401,
      attempts: 1,
    },
    {
      fault: { type: 'consent-required' as const },
      code: 'consent-required',
      kakaoCode: -402,
      attempts: 1,
    },
    {
      fault: { type: 'permission-denied' as const },
      code: 'permission-denied',
      kakaoCode: -3,
      attempts: 1,
    },
    {
      fault: { type: 'quota-exceeded' as const },
      code: 'quota-exceeded',
      kakaoCode: -10,
      attempts: 1,
    },
    {
      fault: { type: 'not-talk-user' as const },
      code: 'not-talk-user',
      kakaoCode: -501,
      attempts: 1,
    },
    { fault: { type: 'maintenance' as const }, code: 'maintenance', kakaoCode: -9798, attempts: 4 },
    { fault: { type: 'server' as const }, code: 'server', kakaoCode: -1, attempts: 4 },
    {
      fault: { type: 'http' as const, status: 502 },
      code: 'server',
      kakaoCode: undefined,
      attempts: 4,
    },
    { fault: { type: 'network' as const }, code: 'network', kakaoCode: undefined, attempts: 4 },
  ];
  for (const { fault, code, kakaoCode, attempts } of cases) {
    it(`maps ${fault.type} to ${code}`, async () => {
      const { sdk, source } = await sdkSourceFor({ faults: [fault] });
      const error = await rejectionOf(source.getFriends(page1, { signal: signal() }));
      expect(error).to.be.instanceOf(PickerError);
      expect((error as PickerError).code).to.equal(code);
      expect((error as PickerError).kakaoCode).to.equal(kakaoCode);
      expect(sdk.requests).to.have.length(attempts);
    });
  }

  it('-402 carries requiredScopes', async () => {
    const { source } = await sdkSourceFor({ faults: [{ type: 'consent-required' }] });
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.requiredScopes).to.deep.equal(['friends']);
  });

  it('retries two 500s into success', async () => {
    const { scenario, source } = await sdkSourceFor({ faults: [{ type: 'server', times: 2 }] });
    expect((await source.getFriends(page1, { signal: signal() })).totalCount).to.equal(30);
    expect((await requestsOf(scenario.id)).map((r) => r.status)).to.deep.equal([500, 500, 200]);
  });

  it('validates SDK answers like REST ones', async () => {
    const { source } = await sdkSourceFor({
      faults: [{ type: 'wrong-types', variant: 'elements-string' }],
    });
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('bad-response');
  });

  it('rejects at once on abort (the SDK cannot cancel) and ignores the late answer', async () => {
    const { scenario, sdk, source } = await sdkSourceFor({ latencyMs: 300 });
    const controller = new AbortController();
    const loading = source.getFriends(page1, { signal: controller.signal });
    await until(async () => (await requestsOf(scenario.id)).length === 1, 'the request');
    controller.abort();
    expect(isAbortError(await rejectionOf(loading))).to.equal(true);
    // Rejected while the SDK call was still running; its late answer changes nothing.
    expect(sdk.inFlight).to.equal(1);
    await until(() => sdk.inFlight === 0, 'the SDK call to finish');
    await quietPeriod(300);
    expect(sdk.requests).to.have.length(1);
  });

  it('reports a missing or uninitialised SDK as invalid-options', async () => {
    const missing = new KakaoSdkFriendSource(undefined);
    const error = (await rejectionOf(
      missing.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('invalid-options');
    const uninitialised = new KakaoSdkFriendSource({
      isInitialized: () => false,
      API: { request: () => Promise.resolve({}) },
    });
    const error2 = (await rejectionOf(
      uninitialised.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error2.code).to.equal('invalid-options');
    expect(error2.message).to.contain('Kakao.init');
  });

  it('finds globalThis.Kakao when it loads after the source was made', async () => {
    const scenario = await createScenario({ friendCount: 4 });
    const source = new KakaoSdkFriendSource();
    const host = globalThis as { Kakao?: KakaoSdk };
    host.Kakao = emulatedSdk(scenario.baseUrl);
    try {
      expect((await source.getFriends(page1, { signal: signal() })).elements).to.have.length(4);
    } finally {
      delete host.Kakao;
    }
  });

  it('property: whatever the SDK resolves or rejects with, only a clean page or a PickerError comes out', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.anything(), async (resolves, value) => {
        const source = new KakaoSdkFriendSource(
          { API: { request: () => (resolves ? Promise.resolve(value) : Promise.reject(value)) } },
          { retry: { retries: 1, baseDelayMs: 0, maxDelayMs: 0 } },
        );
        try {
          const page = await source.getFriends(page1, { signal: signal() });
          expect(resolves).to.equal(true);
          expect(page.elements).to.be.an('array');
          expect(Number.isSafeInteger(page.totalCount)).to.equal(true);
        } catch (error) {
          if (!(error instanceof PickerError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
