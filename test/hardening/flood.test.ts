// Issue 9, item 1: a source can never flood the page. Whatever a source returns (pages longer than
// asked for, the same page again and again, a total_count that lies, a million entries at once),
// the picker holds at most 100,000 friends, stops paging on a short page, on a page that adds no
// new uuid and at the cap, ends with `kfp-load` and says nothing on the console. REST cases run
// over real HTTP against the emulator's hostile scenarios.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MAX_FRIENDS, PAGE_CONCURRENCY, PAGE_SIZE } from '../../src/controllers/friend-loader.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import { KakaoRestFriendSource } from '../../src/data/kakao-rest-source.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type { EmulatorFault } from '../../tools/kakao-emulator/kakao-api-emulator.mjs';
import type { FriendDataSource, FriendsPage, KfpLoadDetail } from '../../src/types.js';
import { createScenario, fastRetry, requestsOf } from '../data/emulator-client.js';
import { options, waitFor } from '../element/harness.js';

async function picker(): Promise<KakaoFriendPicker> {
  return fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker
      view-type="inline"
      lang="ko"
      show-my-profile="false"
      style="height: 480px; width: 400px"
    ></kakao-friend-picker>`,
  );
}

/**
 * Console errors and warnings while `run` runs (the outcome must be console-free). Lit's own
 * dev-mode advice (`lit.dev/msg/…`) is left out: the published bundles use production Lit.
 */
async function consoleDuring<T>(run: () => Promise<T>): Promise<{ result: T; logged: string[] }> {
  const logged: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!text.includes('lit.dev/msg/')) logged.push(text);
  };
  console.warn = console.error;
  try {
    return { result: await run(), logged };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/** Loads `source` into a picker: the `kfp-load` total, or the error code when it failed. */
async function loadInto(
  source: FriendDataSource,
): Promise<{ totalCount?: number; error?: string }> {
  const el = await picker();
  const outcome = new Promise<{ totalCount?: number; error?: string }>((resolve) => {
    el.addEventListener('kfp-load', (event) => resolve({ totalCount: event.detail.totalCount }));
    el.addEventListener('kfp-error', (event) => resolve({ error: event.detail.code }));
  });
  el.dataSource = source;
  const result = await outcome;
  if (result.totalCount !== undefined && result.totalCount > 0) {
    await waitFor(() => options(el).length > 0, 'no rows');
  }
  return result;
}

async function restFlood(fault: EmulatorFault, friendCount = 100) {
  const scenario = await createScenario({ friendCount, faults: [fault] });
  const source = new KakaoRestFriendSource({
    accessToken: 'flood-token',
    baseUrl: scenario.baseUrl,
    retry: fastRetry,
  });
  const { result, logged } = await consoleDuring(() => loadInto(source));
  const requests = (await requestsOf(scenario.id)).filter((r) => r.endpoint === 'friends');
  return { ...result, logged, requests: requests.length };
}

/** A paged app source answering at once, from `pageOf(offset)`. */
function instantSource(pageOf: (offset: number) => FriendsPage) {
  const asked: number[] = [];
  const source: FriendDataSource = {
    getFriends: (query) => {
      asked.push(query.offset);
      return Promise.resolve(pageOf(query.offset));
    },
  };
  return { source, asked };
}

const distinct = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    uuid: `d-${from + i}`,
    profile_nickname: `친구${from + i}`,
  }));

describe('a source can never flood the page (issue 9, item 1)', () => {
  it('a source answering at once never makes a long task on the way to 100,000 friends', async function () {
    this.timeout(60000);
    // Warm up: the page's first rendering of the picker and its Korean glyphs is not the loader's.
    await loadInto(new ArrayFriendSource(distinct(0, 300)));
    const all = distinct(0, MAX_FRIENDS);
    // Other tasks run between pages: a message heartbeat (what input and rendering queue behind)
    // ticks on, and each request notes the tick it was made in.
    let tick = 0;
    let beating = true;
    const heart = new MessageChannel();
    heart.port1.onmessage = () => {
      tick += 1;
      if (beating) heart.port2.postMessage(null);
    };
    const ticks: number[] = [];
    const { source, asked } = instantSource((offset) => {
      ticks.push(tick);
      return { elements: all.slice(offset, offset + PAGE_SIZE), totalCount: MAX_FRIENDS };
    });
    const el = await picker();
    // Garbage other tests left is not the picker's: collect it first where the browser allows.
    (window as { gc?: () => void }).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    heart.port2.postMessage(null);
    const loaded = oneEvent(el, 'kfp-load');
    el.dataSource = source;
    const { detail } = (await loaded) as CustomEvent<KfpLoadDetail>;
    beating = false;
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    heart.port1.close();
    expect(detail.totalCount).to.equal(MAX_FRIENDS);
    expect(asked).to.have.length(MAX_FRIENDS / PAGE_SIZE);
    // Spread over many tasks (about one per round of concurrent requests; with no yield, the
    // whole list arrives in a single task).
    expect(new Set(ticks).size).to.be.at.least(MAX_FRIENDS / PAGE_SIZE / PAGE_CONCURRENCY / 2);
    const longest = Math.max(0, ...tasks);
    expect(longest, `long tasks: ${tasks.map((t) => t.toFixed(0)).join(', ')} ms`).to.be.below(50);
  });

  it('REST pages of 5,000 entries each (limit 100): stops at the 100,000 cap', async function () {
    this.timeout(60000);
    const outcome = await restFlood({ type: 'oversized-page', count: 5000, totalCount: 100_000 });
    expect(outcome.totalCount).to.equal(MAX_FRIENDS);
    // 20 pages fill the cap; the ones already in flight are the only extra requests.
    expect(outcome.requests).to.be.at.most(MAX_FRIENDS / 5000 + PAGE_CONCURRENCY);
    expect(outcome.logged).to.deep.equal([]);
  });

  it('REST: the same page for every offset (total_count 100,000) costs a handful of requests', async () => {
    const outcome = await restFlood({ type: 'repeated-page', totalCount: 100_000 });
    expect(outcome.totalCount).to.equal(100);
    expect(outcome.requests).to.be.at.most(1 + PAGE_CONCURRENCY);
    expect(outcome.logged).to.deep.equal([]);
  });

  it('REST: a total_count of 10⁹ loads what there is and stops at the short page', async () => {
    const outcome = await restFlood({ type: 'lying-total', totalCount: 1e9 }, 250);
    expect(outcome.error).to.equal(undefined);
    expect(outcome.totalCount).to.equal(250);
    // The 3 pages there are, plus at most one round of requests already in flight.
    expect(outcome.requests).to.be.at.most(Math.ceil(250 / PAGE_SIZE) + PAGE_CONCURRENCY);
    expect(outcome.logged).to.deep.equal([]);
  });

  it('an ArrayFriendSource of 1,000,000 holds 100,000', async function () {
    this.timeout(60000);
    const { result, logged } = await consoleDuring(() =>
      loadInto(new ArrayFriendSource(distinct(0, 1_000_000))),
    );
    expect(result.totalCount).to.equal(MAX_FRIENDS);
    expect(logged).to.deep.equal([]);
  });

  it('an app source answering 1,000,000 entries to the first page is asked once', async function () {
    this.timeout(60000);
    const million = distinct(0, 1_000_000);
    const { source, asked } = instantSource(() => ({ elements: million, totalCount: 1_000_000 }));
    const { result, logged } = await consoleDuring(() => loadInto(source));
    expect(result.totalCount).to.equal(MAX_FRIENDS);
    expect(asked).to.deep.equal([0]);
    expect(logged).to.deep.equal([]);
  });

  it('an app source ignoring offset (the same full page each time) stops at the repeat', async () => {
    const page = distinct(0, PAGE_SIZE);
    const { source, asked } = instantSource(() => ({ elements: page, totalCount: 1e9 }));
    const { result } = await consoleDuring(() => loadInto(source));
    expect(result.totalCount).to.equal(PAGE_SIZE);
    expect(asked.length).to.be.at.most(1 + PAGE_CONCURRENCY);
  });
});
