import { expect } from '@open-wc/testing';
import { loadCache } from '../../src/data/load-cache.js';
import { isAbortError } from '../../src/errors.js';
import { deferred } from '../helpers/deferred.js';

const live = () => new AbortController().signal;

describe('loadCache', () => {
  it('serves a stored value without loading again, until reload', async () => {
    const cache = loadCache<number>();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache('k', load, { signal: live() })).to.equal(1);
    expect(await cache('k', load, { signal: live() })).to.equal(1);
    expect(await cache('k', load, { signal: live(), reload: true })).to.equal(2);
    expect(await cache('k', load, { signal: live() })).to.equal(2);
    expect(await cache('other', load, { signal: live() })).to.equal(3);
  });

  it('does not store failures', async () => {
    const cache = loadCache<number>();
    let loads = 0;
    const load = async () => {
      loads += 1;
      if (loads === 1) throw new Error('first fails');
      return loads;
    };
    await cache('k', load, { signal: live() }).catch(() => undefined);
    expect(await cache('k', load, { signal: live() })).to.equal(2);
  });

  it('expires after ttlMs', async () => {
    const cache = loadCache<number>(0);
    let loads = 0;
    const load = async () => ++loads;
    await cache('k', load, { signal: live() });
    await cache('k', load, { signal: live() });
    expect(loads).to.equal(2);
  });

  it('shares a load in flight; aborts it only when every caller left', async () => {
    const cache = loadCache<string>();
    const gate = deferred<string>();
    let loadSignal: AbortSignal | undefined;
    const load = (signal: AbortSignal) => {
      loadSignal = signal;
      return gate.promise;
    };
    const a = new AbortController();
    const b = new AbortController();
    const first = cache('k', load, { signal: a.signal });
    const second = cache('k', load, { signal: b.signal });
    await Promise.resolve();
    a.abort();
    expect(isAbortError(await first.catch((e: unknown) => e))).to.equal(true);
    expect(loadSignal!.aborted).to.equal(false);
    b.abort();
    expect(isAbortError(await second.catch((e: unknown) => e))).to.equal(true);
    expect(loadSignal!.aborted).to.equal(true);
  });

  it('a slow old load does not overwrite what a later reload stored', async () => {
    const cache = loadCache<string>();
    const slow = deferred<string>();
    const old = cache('k', () => slow.promise, { signal: live() });
    const fresh = await cache('k', async () => 'fresh', { signal: live(), reload: true });
    slow.resolve('old');
    expect(await old).to.equal('old');
    expect(fresh).to.equal('fresh');
    expect(await cache('k', async () => 'unused', { signal: live() })).to.equal('fresh');
  });

  it('keeps at most maxEntries values', async () => {
    const cache = loadCache<number>(undefined, 2);
    let loads = 0;
    const load = async () => ++loads;
    for (const key of ['a', 'b', 'c']) await cache(key, load, { signal: live() });
    await cache('a', load, { signal: live() });
    expect(loads).to.equal(4);
  });

  it('starts a load before get() returns, so nothing queued meanwhile can delay it', async () => {
    const cache = loadCache<number>();
    let loads = 0;
    const value = cache('k', () => Promise.resolve(++loads), { signal: live() });
    expect(loads).to.equal(1);
    expect(await value).to.equal(1);
  });

  it('turns a load that throws synchronously into a rejection, not a throw from get()', async () => {
    const cache = loadCache<number>();
    const failing = () => {
      throw new Error('sync failure');
    };
    const error = await cache('k', failing, { signal: live() }).catch((e: unknown) => e);
    expect((error as Error).message).to.equal('sync failure');
    expect(await cache('k', async () => 7, { signal: live() })).to.equal(7);
  });

  it('rejects at once for an aborted signal', async () => {
    const cache = loadCache<number>();
    const controller = new AbortController();
    controller.abort();
    let loads = 0;
    const error = await cache('k', async () => ++loads, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(isAbortError(error)).to.equal(true);
    expect(loads).to.equal(0);
  });
});
