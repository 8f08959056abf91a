// The picker with the network sources, over real HTTP to the Kakao API emulator that the test
// server mounts under /kakao-emulator (test/server-plugins.mjs).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { JsonFriendSource } from '../../src/data/json-source.js';
import { KakaoRestFriendSource } from '../../src/data/kakao-rest-source.js';
import { KakaoSdkFriendSource, type KakaoSdk } from '../../src/data/kakao-sdk-source.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type { KfpErrorDetail, KfpLoadDetail } from '../../src/types.js';
import {
  createScenario,
  fastRetry,
  quietPeriod,
  requestsOf,
  until,
  updateScenario,
  type RecordedRequest,
} from '../data/emulator-client.js';
import { options, part, settle } from './harness.js';
import { PAGE_CONCURRENCY } from '../../src/controllers/friend-loader.js';

const TOKEN = 'element-suite-token_7Yh3';

function restSource(baseUrl: string): KakaoRestFriendSource {
  return new KakaoRestFriendSource({ accessToken: TOKEN, baseUrl, retry: fastRetry });
}

async function picker(): Promise<KakaoFriendPicker> {
  return fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker
      view-type="inline"
      lang="ko"
      style="height: 600px; width: 420px"
    ></kakao-friend-picker>`,
  );
}

/** Every friend uuid the list renders, scrolling it from top to bottom. */
async function renderedUuids(el: KakaoFriendPicker): Promise<Set<string>> {
  const list = part(el, 'list')!;
  const seen = new Set<string>();
  list.scrollTop = 0;
  for (let step = 0; step < 1000; step += 1) {
    await settle(el);
    for (const row of options(el)) if (row.dataset.uuid) seen.add(row.dataset.uuid);
    // The virtualizer refines its height estimate while scrolling: stop only at the real end.
    if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) break;
    // One screen at a time, overlapping by a row or two (rows are about 60 px).
    list.scrollTop += list.clientHeight - 120;
  }
  return seen;
}

/** The largest number of requests the emulator was answering at the same time. */
function maxInFlight(requests: RecordedRequest[]): number {
  let max = 0;
  for (const request of requests) {
    const overlapping = requests.filter(
      (other) =>
        other.startedAt <= request.startedAt && (other.finishedAt ?? Infinity) > request.startedAt,
    ).length;
    max = Math.max(max, overlapping);
  }
  return max;
}

describe('kakao-friend-picker with KakaoRestFriendSource', () => {
  it('shows all 1,234 emulator friends, loads pages in parallel, and never puts the token in a URL or the DOM', async function () {
    // Scrolling through 1,234 virtualized rows takes a few seconds.
    this.timeout(60000);
    const scenario = await createScenario({ friendCount: 1234, latencyMs: 100 });
    const el = await picker();
    const loaded = oneEvent(el, 'kfp-load');
    el.dataSource = restSource(scenario.baseUrl);
    const event = (await loaded) as CustomEvent<KfpLoadDetail>;
    expect(event.detail).to.deep.equal({ totalCount: 1234 });
    await settle(el);
    const requests = (await requestsOf(scenario.id)).filter((r) => r.endpoint === 'friends');
    expect(requests).to.have.length(13);
    expect(requests.every((r) => r.authorization === 'bearer' && r.tokenAccepted)).to.equal(true);
    expect(requests.some((r) => r.url.includes(TOKEN))).to.equal(false);
    // Page 1 first, then the other 12 with bounded concurrency.
    expect(Number(requests[0]!.query.offset)).to.equal(0);
    expect(maxInFlight(requests.slice(1))).to.be.within(2, PAGE_CONCURRENCY);
    const uuids = await renderedUuids(el);
    expect([...uuids].filter((uuid) => uuid.startsWith('emu'))).to.have.length(1234);
    expect(el.shadowRoot!.innerHTML).not.to.contain(TOKEN);
    expect(document.documentElement.outerHTML).not.to.contain(TOKEN);
    expect(JSON.stringify(event.detail)).not.to.contain(TOKEN);
    await expect(el).to.be.accessible();
  });

  const errorCases = [
    { fault: { type: 'unauthorized' as const }, code: 'unauthorized' },
    { fault: { type: 'consent-required' as const }, code: 'consent-required' },
    { fault: { type: 'quota-exceeded' as const }, code: 'quota-exceeded' },
    { fault: { type: 'wrong-types' as const }, code: 'bad-response' },
    { fault: { type: 'not-json' as const }, code: 'bad-response' },
  ];
  for (const { fault, code } of errorCases) {
    it(`${fault.type} → kfp-error ${code}, an error state, and a working retry`, async () => {
      const scenario = await createScenario({ friendCount: 120, faults: [fault] });
      const el = await picker();
      const failed = oneEvent(el, 'kfp-error');
      el.dataSource = restSource(scenario.baseUrl);
      const { detail } = (await failed) as CustomEvent<KfpErrorDetail>;
      expect(detail.code).to.equal(code);
      expect(JSON.stringify(detail)).not.to.contain(TOKEN);
      if (code === 'consent-required') {
        expect(detail.requiredScopes).to.deep.equal(['friends']);
        expect(detail.kakaoCode).to.equal(-402);
      }
      await settle(el);
      const error = part(el, 'error')!;
      expect(error).not.to.equal(null);
      expect(error.textContent.trim()).not.to.equal('');
      await expect(el).to.be.accessible();

      await updateScenario(scenario.id, { faults: [] });
      const loaded = oneEvent(el, 'kfp-load');
      error.querySelector('button')!.click();
      expect(((await loaded) as CustomEvent<KfpLoadDetail>).detail.totalCount).to.equal(120);
      await settle(el);
      expect(part(el, 'error')).to.equal(null);
      expect(options(el).length).to.be.greaterThan(0);
    });
  }

  it('two 500s in a row are retried into success', async () => {
    const scenario = await createScenario({
      friendCount: 30,
      faults: [{ type: 'server', times: 2, endpoint: 'friends' }],
    });
    const el = await picker();
    let errors = 0;
    el.addEventListener('kfp-error', () => (errors += 1));
    const loaded = oneEvent(el, 'kfp-load');
    el.dataSource = restSource(scenario.baseUrl);
    expect(((await loaded) as CustomEvent<KfpLoadDetail>).detail.totalCount).to.equal(30);
    expect(errors).to.equal(0);
    const statuses = (await requestsOf(scenario.id))
      .filter((r) => r.endpoint === 'friends')
      .map((r) => r.status);
    expect(statuses).to.deep.equal([500, 500, 200]);
  });

  it('removing a loading picker stops its requests', async () => {
    const scenario = await createScenario({ friendCount: 1234, latencyMs: 300 });
    const el = await picker();
    el.dataSource = restSource(scenario.baseUrl);
    await until(
      async () => (await requestsOf(scenario.id)).some((r) => r.endpoint === 'friends'),
      'the first page request',
    );
    el.remove();
    await until(
      async () => (await requestsOf(scenario.id)).every((r) => r.aborted || r.status !== null),
      'the requests in flight to end',
    );
    const before = (await requestsOf(scenario.id)).length;
    expect((await requestsOf(scenario.id)).some((r) => r.aborted)).to.equal(true);
    await quietPeriod(900);
    expect(await requestsOf(scenario.id)).to.have.length(before);
  });

  it('a second picker on the same source makes no requests; reload() does', async () => {
    const scenario = await createScenario({ friendCount: 345 });
    const source = restSource(scenario.baseUrl);
    const first = await picker();
    const loaded = oneEvent(first, 'kfp-load');
    first.dataSource = source;
    await loaded;
    const count = (await requestsOf(scenario.id)).length;

    const second = await picker();
    const secondLoaded = oneEvent(second, 'kfp-load');
    second.dataSource = source;
    expect(((await secondLoaded) as CustomEvent<KfpLoadDetail>).detail.totalCount).to.equal(345);
    expect(await requestsOf(scenario.id)).to.have.length(count);

    await updateScenario(scenario.id, { friendCount: 346 });
    const reloaded = oneEvent(second, 'kfp-load');
    await second.reload();
    expect(((await reloaded) as CustomEvent<KfpLoadDetail>).detail.totalCount).to.equal(346);
    expect((await requestsOf(scenario.id)).length).to.be.greaterThan(count);
  });
});

describe('kakao-friend-picker with KakaoSdkFriendSource', () => {
  it('shows the friends of an SDK-shaped object and maps its -402', async () => {
    const scenario = await createScenario({ friendCount: 150 });
    const sdk: KakaoSdk = {
      API: {
        async request({ url, data }) {
          const query = new URLSearchParams(
            Object.entries(data ?? {}).map(([key, value]) => [key, String(value)]),
          );
          const response = await fetch(`${scenario.baseUrl}${url}?${query}`, {
            headers: { Authorization: `Bearer ${TOKEN}` },
          });
          const body: unknown = await response.json();
          if (!response.ok) throw body;
          return body;
        },
      },
    };
    const el = await picker();
    const loaded = oneEvent(el, 'kfp-load');
    el.dataSource = new KakaoSdkFriendSource(sdk, { retry: fastRetry });
    expect(((await loaded) as CustomEvent<KfpLoadDetail>).detail.totalCount).to.equal(150);

    await updateScenario(scenario.id, { faults: [{ type: 'consent-required' }] });
    const failed = oneEvent(el, 'kfp-error');
    await el.reload();
    const { detail } = (await failed) as CustomEvent<KfpErrorDetail>;
    expect(detail).to.deep.include({ code: 'consent-required', kakaoCode: -402, retryable: false });
    expect(detail.requiredScopes).to.deep.equal(['friends']);
  });
});

describe('kakao-friend-picker src attribute', () => {
  it('<kakao-friend-picker src="friends.json"> loads a JSON file with no script', async () => {
    const url = new URL('../data/fixtures/friends.json', import.meta.url).href;
    const container = await fixture<HTMLDivElement>(
      html`<div
        .innerHTML=${`<kakao-friend-picker view-type="inline" lang="ko" style="height: 600px" src="${url}"></kakao-friend-picker>`}
      ></div>`,
    );
    const el = container.querySelector<KakaoFriendPicker>('kakao-friend-picker')!;
    await waitUntil(() => options(el).length === 5, 'the friends of the file');
    expect(
      options(el)
        .map((row) => row.dataset.uuid)
        .sort(),
    ).to.deep.equal(['json-1', 'json-2', 'json-3', 'json-4', 'json-5']);
  });

  it('src shows the error state for a broken file', async () => {
    const scenario = await createScenario({ faults: [{ type: 'not-json' }] });
    const el = await picker();
    const failed = oneEvent(el, 'kfp-error');
    el.setAttribute('src', `${scenario.baseUrl}/v1/api/talk/friends`);
    expect(((await failed) as CustomEvent<KfpErrorDetail>).detail.code).to.equal('bad-response');
    await settle(el);
    expect(part(el, 'error')).not.to.equal(null);
  });

  it('a JsonFriendSource set as dataSource is equivalent', async () => {
    const el = await picker();
    const loaded = oneEvent(el, 'kfp-load');
    el.dataSource = new JsonFriendSource(
      new URL('../data/fixtures/friends-elements.json', import.meta.url).href,
    );
    expect(((await loaded) as CustomEvent<KfpLoadDetail>).detail.totalCount).to.equal(3);
  });
});
