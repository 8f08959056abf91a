// FriendLoader as a Lit controller on its own: a plain host object (no element, no DOM) and a
// source whose every page the test answers by hand, so the order of requests, what is in flight
// and what reaches the callbacks are exact. The element's loading through real HTTP is in
// test/data/kakao-rest-paging.test.ts.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  FriendLoader,
  PAGE_CONCURRENCY,
  PAGE_SIZE,
  type FriendLoaderCallbacks,
} from '../../src/controllers/friend-loader.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import { nextTask } from '../../src/data/next-task.js';
import { PickerError } from '../../src/errors.js';
import { deferred } from '../helpers/deferred.js';
import type {
  FriendDataSource,
  FriendsPage,
  FriendsQuery,
  FriendsRequestOptions,
  TalkProfile,
} from '../../src/types.js';

/** The least a controller's host must be: it records updates and drives the lifecycle. */
class TestHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete: Promise<boolean> = Promise.resolve(true);

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }

  requestUpdate(): void {
    this.updates += 1;
  }

  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }

  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

/** Everything the loader told its host, in order. */
class Recorder implements FriendLoaderCallbacks {
  readonly log: string[] = [];
  readonly batches: (readonly unknown[])[] = [];
  readonly errors: PickerError[] = [];

  onReset = (): void => {
    this.log.push('reset');
  };

  onFriends = (elements: readonly unknown[]): void => {
    this.batches.push(elements);
    this.log.push(`friends ${elements.length}`);
  };

  onLoad = (): void => {
    this.log.push('load');
  };

  onError = (error: PickerError): void => {
    this.errors.push(error);
    this.log.push(`error ${error.code}`);
  };

  uuids(): string[] {
    return this.batches.flat().map((entry) => (entry as { uuid: string }).uuid);
  }

  count(entry: string): number {
    return this.log.filter((line) => line === entry).length;
  }
}

interface PageCall {
  query: FriendsQuery;
  options: FriendsRequestOptions;
  answered: boolean;
  resolve(page: FriendsPage): void;
  reject(error: unknown): void;
}

/**
 * A paged source that answers nothing by itself: the test answers each call (`answer`, `fail`).
 * It ignores aborts on purpose, like a source that cannot cancel its transport: the loader must
 * drop what arrives late itself. Counts the calls in flight at every moment.
 */
class ManualSource implements FriendDataSource {
  readonly calls: PageCall[] = [];
  readonly profileCalls: FriendsRequestOptions[] = [];
  inFlight = 0;
  maxInFlight = 0;

  constructor(
    readonly totalCount: number,
    readonly prefix = 'u',
  ) {}

  getFriends(query: FriendsQuery, options: FriendsRequestOptions): Promise<FriendsPage> {
    const { promise, resolve, reject } = deferred<FriendsPage>();
    this.calls.push({ query, options, answered: false, resolve, reject });
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    return promise.finally(() => {
      this.inFlight -= 1;
    });
  }

  async getProfile(options: FriendsRequestOptions): Promise<TalkProfile | null> {
    this.profileCalls.push(options);
    return { nickName: 'me', uuid: `${this.prefix}-me` };
  }

  offsets(): number[] {
    return this.calls.map((call) => call.query.offset);
  }

  /** The oldest unanswered request for `offset`. */
  call(offset: number): PageCall {
    const call = this.calls.find((each) => !each.answered && each.query.offset === offset);
    if (call === undefined) throw new Error(`no unanswered request for offset ${offset}`);
    call.answered = true;
    return call;
  }

  /** Answers the request for `offset` with `count` entries (a full page, or what is left). */
  answer(offset: number, count = Math.min(PAGE_SIZE, this.totalCount - offset)): void {
    const elements = Array.from({ length: count }, (_, i) => ({
      uuid: `${this.prefix}${offset + i}`,
    }));
    this.call(offset).resolve({ elements, totalCount: this.totalCount });
  }

  fail(offset: number, error: unknown): void {
    this.call(offset).reject(error);
  }
}

/** `count` uuids from `offset` on, as `ManualSource.answer` hands them out. */
function uuidsOf(offset: number, count: number, prefix = 'u'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${offset + i}`);
}

/**
 * Lets the loader act on what it was given: several tasks (it yields one task between pages), so
 * a request it was going to send has been sent. Used only to show that something did NOT happen;
 * what must happen is awaited with `waitUntil`.
 */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await nextTask();
}

function setup() {
  const host = new TestHost();
  const recorder = new Recorder();
  const loader = new FriendLoader(host, recorder);
  host.connect();
  return { host, recorder, loader };
}

describe('FriendLoader', () => {
  it('registers itself with its host and asks it to update as friends arrive', async () => {
    const { host, loader } = setup();
    expect(host.controllers).to.deep.equal([loader]);
    const source = new ManualSource(50);
    const loading = loader.setSource(source);
    expect(loader.status).to.equal('loading');
    const before = host.updates;
    source.answer(0);
    await loading;
    expect(loader.status).to.equal('ready');
    expect(loader.received).to.equal(50);
    expect(host.updates).to.be.greaterThan(before);
  });

  it('asks for the first page alone, then the others', async () => {
    const { loader } = setup();
    const source = new ManualSource(10 * PAGE_SIZE);
    const loading = loader.setSource(source);
    await settle();
    expect(source.calls.map((call) => call.query)).to.deep.equal([
      { offset: 0, limit: PAGE_SIZE, order: 'asc', friendOrder: 'favorite' },
    ]);
    source.answer(0);
    await waitUntil(() => source.calls.length > 1, 'no request after the first page');
    for (const offset of source.offsets().slice(1)) source.answer(offset);
    await waitUntil(() => source.calls.length === 10, 'the other pages were not all asked for');
    for (const offset of source.offsets().slice(1 + PAGE_CONCURRENCY)) source.answer(offset);
    await loading;
    expect(source.maxInFlight).to.be.at.most(PAGE_CONCURRENCY);
  });

  it(`keeps exactly PAGE_CONCURRENCY (${PAGE_CONCURRENCY}) pages in flight while enough remain, never more`, async () => {
    const pages = 3 * PAGE_CONCURRENCY + 2;
    const { loader, recorder } = setup();
    const source = new ManualSource(pages * PAGE_SIZE);
    const loading = loader.setSource(source);
    source.answer(0);
    await waitUntil(() => source.calls.length === 1 + PAGE_CONCURRENCY, 'pages not asked for');
    await settle();
    expect(source.inFlight).to.equal(PAGE_CONCURRENCY);
    // Answer the oldest page in flight, one at a time: each answer frees one slot, refilled at once.
    let answered = 1;
    while (answered < pages) {
      const offset = source.offsets()[answered]!;
      source.answer(offset);
      answered += 1;
      // Once the freed slot is refilled (a new call), or the answer is in (none left to ask for).
      const calls = Math.min(pages, answered + PAGE_CONCURRENCY);
      await waitUntil(
        () => source.calls.length === calls && source.inFlight === calls - answered,
        `expected ${calls} requests, ${calls - answered} in flight, after ${answered} answers`,
      );
      expect(source.inFlight).to.equal(Math.min(PAGE_CONCURRENCY, pages - answered));
    }
    await loading;
    expect(source.maxInFlight).to.equal(PAGE_CONCURRENCY);
    expect(source.offsets()).to.deep.equal(
      Array.from({ length: pages }, (_, page) => page * PAGE_SIZE),
    );
    expect(recorder.uuids()).to.have.length(pages * PAGE_SIZE);
    expect(new Set(recorder.uuids()).size).to.equal(pages * PAGE_SIZE);
  });

  it('asks for no page past a short page, and still takes the pages already asked for', async () => {
    const { loader, recorder } = setup();
    const source = new ManualSource(20 * PAGE_SIZE);
    const loading = loader.setSource(source);
    source.answer(0);
    await waitUntil(() => source.calls.length === 1 + PAGE_CONCURRENCY);
    // The list really ends inside the page at 300, whatever totalCount said.
    source.answer(3 * PAGE_SIZE, 40);
    await settle();
    const asked = Array.from({ length: PAGE_CONCURRENCY }, (_, page) => (page + 1) * PAGE_SIZE);
    for (const offset of asked) if (offset !== 3 * PAGE_SIZE) source.answer(offset);
    await loading;
    expect(source.offsets()).to.deep.equal([0, ...asked]);
    expect(recorder.uuids()).to.have.members([
      ...uuidsOf(0, 300),
      ...uuidsOf(300, 40),
      ...uuidsOf(400, (PAGE_CONCURRENCY - 3) * PAGE_SIZE),
    ]);
    expect(loader.status).to.equal('ready');
    expect(recorder.count('load')).to.equal(1);
  });

  it('asks for no page past an empty page', async () => {
    const { loader, recorder } = setup();
    const source = new ManualSource(20 * PAGE_SIZE);
    const loading = loader.setSource(source);
    source.answer(0);
    await waitUntil(() => source.calls.length === 1 + PAGE_CONCURRENCY);
    source.answer(PAGE_SIZE, 0);
    await settle();
    for (let page = 2; page <= PAGE_CONCURRENCY; page++) source.answer(page * PAGE_SIZE);
    await loading;
    expect(source.offsets()).to.have.length(1 + PAGE_CONCURRENCY);
    expect(recorder.uuids()).to.have.members([
      ...uuidsOf(0, 100),
      ...uuidsOf(200, (PAGE_CONCURRENCY - 1) * PAGE_SIZE),
    ]);
    expect(recorder.count('load')).to.equal(1);
  });

  it('asks for nothing more after a short first page, whatever totalCount says', async () => {
    const { loader, recorder } = setup();
    const source = new ManualSource(5000);
    const loading = loader.setSource(source);
    source.answer(0, 30);
    await loading;
    await settle();
    expect(source.offsets()).to.deep.equal([0]);
    expect(recorder.uuids()).to.deep.equal(uuidsOf(0, 30));
    expect(recorder.log).to.deep.equal(['reset', 'friends 30', 'load']);
  });

  it('aborts the previous load on a new setSource; its late pages never reach onFriends', async () => {
    const { loader, recorder } = setup();
    const first = new ManualSource(20 * PAGE_SIZE, 'a');
    const firstLoad = loader.setSource(first);
    first.answer(0);
    await waitUntil(() => first.calls.length === 1 + PAGE_CONCURRENCY);
    const second = new ManualSource(50, 'b');
    const secondLoad = loader.setSource(second);
    expect(first.calls.every((call) => call.options.signal.aborted)).to.equal(true);
    expect(second.calls[0]!.options.signal.aborted).to.equal(false);
    // The first source ignores its signal and answers anyway.
    for (const offset of first.offsets().slice(1)) first.answer(offset);
    await firstLoad;
    second.answer(0);
    await secondLoad;
    await settle();
    expect(first.calls).to.have.length(1 + PAGE_CONCURRENCY);
    const afterReset = recorder.log.slice(recorder.log.lastIndexOf('reset'));
    expect(afterReset).to.deep.equal(['reset', 'friends 50', 'load']);
    expect(recorder.count('load')).to.equal(1);
    expect(recorder.uuids().filter((uuid) => uuid.startsWith('a'))).to.deep.equal(
      uuidsOf(0, 100, 'a'),
    );
    expect(loader.received).to.equal(50);
  });

  it('drops a first page that arrives after a newer load started', async () => {
    const { loader, recorder } = setup();
    const first = new ManualSource(500, 'a');
    const firstLoad = loader.setSource(first);
    const second = new ManualSource(20, 'b');
    const secondLoad = loader.setSource(second);
    expect(first.calls[0]!.options.signal.aborted).to.equal(true);
    first.answer(0);
    await firstLoad;
    await settle();
    expect(first.calls).to.have.length(1);
    expect(recorder.batches).to.have.length(0);
    second.answer(0);
    await secondLoad;
    expect(recorder.uuids()).to.deep.equal(uuidsOf(0, 20, 'b'));
  });

  it('passes reload: true to every request on reload(), and no reload on a normal load', async () => {
    const { loader } = setup();
    const source = new ManualSource(2 * PAGE_SIZE);
    let loading = loader.setSource(source);
    source.answer(0);
    await waitUntil(() => source.calls.length === 2);
    source.answer(PAGE_SIZE);
    await loading;
    expect(source.calls.map((call) => 'reload' in call.options)).to.deep.equal([false, false]);
    expect(source.profileCalls.map((options) => 'reload' in options)).to.deep.equal([false]);

    loading = loader.reload();
    source.answer(0);
    await waitUntil(() => source.calls.length === 4);
    source.answer(PAGE_SIZE);
    await loading;
    expect(source.calls.slice(2).map((call) => call.options.reload)).to.deep.equal([true, true]);
    expect(source.profileCalls.slice(1).map((options) => options.reload)).to.deep.equal([true]);
    expect(loader.profile).to.deep.equal({ nickName: 'me', uuid: 'u-me' });
  });

  it('does not render the profile alone before the first friends: their page shows it', async () => {
    const { host, loader } = setup();
    const source = new ManualSource(2 * PAGE_SIZE);
    const loading = loader.setSource(source);
    const before = host.updates;
    await settle();
    expect(loader.profile).to.deep.equal({ nickName: 'me', uuid: 'u-me' });
    // A render for the profile alone would hold up the first page's answer, and with it the
    // requests for the next pages.
    expect(host.updates).to.equal(before);
    source.answer(0);
    await waitUntil(() => host.updates > before);
    source.answer(PAGE_SIZE);
    await loading;
  });

  it('renders a profile that arrives after the first friends at once', async () => {
    const { host, loader } = setup();
    const profile = deferred<TalkProfile | null>();
    const source = new ManualSource(50);
    source.getProfile = () => profile.promise;
    const loading = loader.setSource(source);
    source.answer(0);
    await waitUntil(() => loader.received === 50);
    const before = host.updates;
    profile.resolve({ nickName: 'late', uuid: 'u-late' });
    await waitUntil(() => loader.profile !== null);
    expect(host.updates).to.be.greaterThan(before);
    await loading;
  });

  it('takes an in-memory source (ArrayFriendSource) in one onFriends call, without paging it', async () => {
    const friends = Array.from({ length: 3 * PAGE_SIZE + 17 }, (_, i) => ({ uuid: `m${i}` }));
    let pageCalls = 0;
    const source = new (class extends ArrayFriendSource {
      override getFriends(query: FriendsQuery, options: FriendsRequestOptions) {
        pageCalls += 1;
        return super.getFriends(query, options);
      }
    })(friends);
    const { loader, recorder } = setup();
    await loader.setSource(source);
    expect(pageCalls).to.equal(0);
    expect(recorder.batches).to.have.length(1);
    expect(recorder.uuids()).to.deep.equal(friends.map((friend) => friend.uuid));
    expect(recorder.log).to.deep.equal(['reset', `friends ${friends.length}`, 'load']);
    expect(loader.status).to.equal('ready');
  });

  it('on a failing page: status error, onError with a PickerError, no further request', async () => {
    const { loader, recorder } = setup();
    const source = new ManualSource(20 * PAGE_SIZE);
    const loading = loader.setSource(source);
    source.answer(0);
    await waitUntil(() => source.calls.length === 1 + PAGE_CONCURRENCY);
    source.answer(PAGE_SIZE);
    await waitUntil(() => source.calls.length === 2 + PAGE_CONCURRENCY);
    source.fail(2 * PAGE_SIZE, new Error('boom'));
    await loading;
    expect(loader.status).to.equal('error');
    expect(recorder.errors).to.have.length(1);
    const [error] = recorder.errors;
    expect(error).to.be.instanceOf(PickerError);
    expect(error!.code).to.equal('server');
    expect(error!.message).to.equal('boom');
    expect(loader.error).to.equal(error);
    // The pages still in flight are given up: aborted, and what they bring is not asked after.
    expect(source.calls.every((call) => call.options.signal.aborted)).to.equal(true);
    const asked = source.calls.length;
    for (const offset of source.offsets().slice(3)) source.answer(offset);
    await settle();
    expect(source.calls).to.have.length(asked);
    expect(recorder.uuids()).to.have.length(2 * PAGE_SIZE);
    expect(recorder.count('load')).to.equal(0);
  });

  it('on a failing first page: onError with the source’s PickerError, and nothing more', async () => {
    const { loader, recorder } = setup();
    const source = new ManualSource(20 * PAGE_SIZE);
    const loading = loader.setSource(source);
    const failure = new PickerError('unauthorized', 'Token expired.');
    source.fail(0, failure);
    await loading;
    await settle();
    expect(source.calls).to.have.length(1);
    expect(loader.status).to.equal('error');
    expect(recorder.errors).to.deep.equal([failure]);
    expect(recorder.log).to.deep.equal(['reset', 'error unauthorized']);
  });

  it('calls onLoad once, after the last page', async () => {
    const { loader, recorder } = setup();
    const source = new ManualSource(3 * PAGE_SIZE);
    const loading = loader.setSource(source);
    source.answer(0);
    await waitUntil(() => source.calls.length === 3);
    source.answer(2 * PAGE_SIZE);
    await settle();
    expect(recorder.count('load')).to.equal(0);
    expect(loader.status).to.equal('loading');
    source.answer(PAGE_SIZE);
    await loading;
    await settle();
    expect(recorder.log).to.deep.equal([
      'reset',
      'friends 100',
      'friends 100',
      'friends 100',
      'load',
    ]);
    expect(loader.status).to.equal('ready');
  });

  it('aborts on hostDisconnected and loads again on hostConnected', async () => {
    const { host, loader, recorder } = setup();
    const source = new ManualSource(2 * PAGE_SIZE);
    void loader.setSource(source);
    host.disconnect();
    expect(source.calls[0]!.options.signal.aborted).to.equal(true);
    source.answer(0);
    await settle();
    expect(recorder.batches).to.have.length(0);
    host.connect();
    expect(source.calls).to.have.length(2);
    source.answer(0);
    await waitUntil(() => source.calls.length === 3);
    source.answer(PAGE_SIZE);
    await waitUntil(() => loader.status === 'ready');
    expect(recorder.uuids()).to.deep.equal(uuidsOf(0, 200));
  });
});
