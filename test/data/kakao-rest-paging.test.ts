// How the picker pages through a source: the first page alone (it tells the total), then the rest
// PAGE_CONCURRENCY at a time, never more. Over real HTTP to the Kakao API emulator (which records,
// for every request, how many of its scenario's requests it was answering at once), and with a
// custom paged source whose latency the test controls (no browser connection limit in the way).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { PAGE_CONCURRENCY, PAGE_SIZE } from '../../src/controllers/friend-loader.js';
import { KakaoRestFriendSource } from '../../src/data/kakao-rest-source.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type {
  Friend,
  FriendDataSource,
  FriendsPage,
  FriendsQuery,
  KfpLoadDetail,
} from '../../src/types.js';
import { createScenario, fastRetry, requestsOf } from './emulator-client.js';

const TOKEN = 'paging-suite-token_Q4r8';

async function picker(): Promise<KakaoFriendPicker> {
  return fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker
      view-type="inline"
      style="height: 400px; width: 360px"
    ></kakao-friend-picker>`,
  );
}

async function load(el: KakaoFriendPicker, source: FriendDataSource): Promise<number> {
  const loaded = oneEvent(el, 'kfp-load');
  el.dataSource = source;
  return ((await loaded) as CustomEvent<KfpLoadDetail>).detail.totalCount;
}

/** Friends in pages of `query.limit`, each answered after `latencyMs`; counts calls in flight. */
class CountingSource implements FriendDataSource {
  inFlight = 0;
  /** Calls in flight when each call started, itself included, in call order. */
  readonly started: { offset: number; inFlight: number; firstDone: boolean }[] = [];
  private firstDone = false;

  constructor(
    private readonly total: number,
    private readonly latencyMs: number,
  ) {}

  async getFriends(query: FriendsQuery): Promise<FriendsPage> {
    this.inFlight += 1;
    this.started.push({ offset: query.offset, inFlight: this.inFlight, firstDone: this.firstDone });
    try {
      await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      const elements: Friend[] = [];
      const end = Math.min(this.total, query.offset + query.limit);
      for (let i = query.offset; i < end; i += 1) {
        elements.push({ uuid: `counted-${i}`, profile_nickname: `Friend ${i}` });
      }
      return { elements, totalCount: this.total };
    } finally {
      this.inFlight -= 1;
      if (query.offset === 0) this.firstDone = true;
    }
  }
}

/** Connections Chromium opens per origin over HTTP/1.1 (the test server's protocol). */
const BROWSER_CONNECTIONS = 6;

describe('paging: the first page alone, then PAGE_CONCURRENCY pages at a time', () => {
  it(`over HTTP/1.1: KakaoRestFriendSource keeps all ${BROWSER_CONNECTIONS} connections busy, the rest queued`, async () => {
    // Two full rounds after the first page, then a short last page.
    const friendCount = PAGE_SIZE * (1 + 2 * PAGE_CONCURRENCY) + 34;
    const scenario = await createScenario({ friendCount, latencyMs: 100 });
    const el = await picker();
    const source = new KakaoRestFriendSource({
      accessToken: TOKEN,
      baseUrl: scenario.baseUrl,
      retry: fastRetry,
    });
    expect(await load(el, source)).to.equal(friendCount);
    const requests = (await requestsOf(scenario.id)).filter((r) => r.endpoint === 'friends');
    expect(requests).to.have.length(Math.ceil(friendCount / PAGE_SIZE));
    const [first, ...rest] = requests;
    expect(first!.query.offset).to.equal('0');
    expect(first!.inFlight).to.equal(1);
    for (const request of rest) expect(request.startedAt).to.be.at.least(first!.finishedAt!);
    // Fails if the pages go one by one again, or if fewer go at once than the browser allows
    // (the browser queues the rest of the PAGE_CONCURRENCY asked for).
    expect(Math.max(...rest.map((request) => request.inFlight))).to.equal(
      Math.min(PAGE_CONCURRENCY, BROWSER_CONNECTIONS),
    );
    expect(requests.every((request) => request.status === 200)).to.equal(true);
  });

  it(`a custom source: ${PAGE_CONCURRENCY} calls in flight at once, never more, whatever the browser allows`, async () => {
    const total = PAGE_SIZE * (1 + 3 * PAGE_CONCURRENCY) + 1;
    const source = new CountingSource(total, 20);
    const el = await picker();
    expect(await load(el, source)).to.equal(total);
    const { started } = source;
    expect(started).to.have.length(Math.ceil(total / PAGE_SIZE));
    expect(started[0]).to.deep.equal({ offset: 0, inFlight: 1, firstDone: false });
    expect(started.slice(1).every((call) => call.firstDone)).to.equal(true);
    expect(Math.max(...started.map((call) => call.inFlight))).to.equal(PAGE_CONCURRENCY);
    // Every offset once.
    expect(started.map((call) => call.offset).sort((a, b) => a - b)).to.deep.equal(
      Array.from({ length: started.length }, (_, i) => i * PAGE_SIZE),
    );
  });
});
