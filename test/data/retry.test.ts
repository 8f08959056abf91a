import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { backoffDelay, withRetry, type RetryOptions } from '../../src/data/retry.js';
import { isAbortError, PickerError } from '../../src/errors.js';

const fast: RetryOptions = { retries: 3, baseDelayMs: 1, maxDelayMs: 4 };
const live = () => new AbortController().signal;

/** How many attempts `withRetry` makes at an attempt that always fails with `server`. */
async function attemptsWith(options: RetryOptions): Promise<number> {
  let calls = 0;
  await withRetry(
    async () => {
      calls += 1;
      throw new PickerError('server', 'boom');
    },
    live(),
    options,
  ).catch(() => undefined);
  return calls;
}

describe('retry', () => {
  it('resolves options with defaults and bounds', async () => {
    expect(await attemptsWith({ baseDelayMs: 0 })).to.equal(4);
    expect(await attemptsWith({ retries: -1, baseDelayMs: 0 })).to.equal(4);
    expect(await attemptsWith({ retries: Infinity, baseDelayMs: 0 })).to.equal(4);
    expect(await attemptsWith({ retries: Number.NaN, baseDelayMs: 0 })).to.equal(4);
    expect(await attemptsWith({ retries: 1000, baseDelayMs: 0 })).to.equal(11);
    expect(await attemptsWith({ retries: 2.7, baseDelayMs: 0 })).to.equal(3);
    expect(await attemptsWith({ retries: 0 })).to.equal(1);
    // A budget of 0 ms allows no retry at all, whatever the count.
    expect(await attemptsWith({ retries: 5, baseDelayMs: 1, maxElapsedMs: 0 })).to.equal(1);
  });

  it('property: the delay grows exponentially, stays within [ceiling/2, ceiling] and the cap', () => {
    fc.assert(
      fc.property(
        fc.nat(12),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 60000 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (retry, base, max, random) => {
          const ceiling = Math.min(max, base * 2 ** retry);
          const delay = backoffDelay(retry, base, max, random);
          expect(delay).to.be.at.least(ceiling / 2);
          expect(delay).to.be.at.most(ceiling);
          expect(backoffDelay(retry + 1, base, max, random)).to.be.at.least(delay);
        },
      ),
    );
  });

  it('retries transient PickerErrors only', async () => {
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls += 1;
        if (calls < 3) throw new PickerError('server', 'boom');
        return 'ok';
      },
      live(),
      fast,
    );
    expect(result).to.equal('ok');
    expect(calls).to.equal(3);

    for (const failure of [
      new PickerError('unauthorized', 'no'),
      new PickerError('bad-response', 'no'),
      new PickerError('quota-exceeded', 'no'),
      new TypeError('a bug'),
    ]) {
      let attempts = 0;
      const error = await withRetry(
        async () => {
          attempts += 1;
          throw failure;
        },
        live(),
        fast,
      ).catch((e: unknown) => e);
      expect(error).to.equal(failure);
      expect(attempts, failure.message).to.equal(1);
    }
  });

  it('gives up after the configured retries with the last error', async () => {
    let calls = 0;
    const error = await withRetry(
      async () => {
        calls += 1;
        throw new PickerError('network', `attempt ${calls}`);
      },
      live(),
      fast,
    ).catch((e: unknown) => e);
    expect(calls).to.equal(4);
    expect((error as PickerError).message).to.equal('attempt 4');
  });

  it('an abort during the wait rejects with the abort reason and makes no further attempt', async () => {
    const controller = new AbortController();
    let calls = 0;
    const running = withRetry(
      async () => {
        calls += 1;
        queueMicrotask(() => controller.abort());
        throw new PickerError('server', 'boom');
      },
      controller.signal,
      { baseDelayMs: 50, maxDelayMs: 50 },
    );
    const error = await running.catch((e: unknown) => e);
    expect(isAbortError(error)).to.equal(true);
    expect(calls).to.equal(1);
  });

  it('an abort during an attempt rejects with the abort reason, not the attempt’s error', async () => {
    const controller = new AbortController();
    const reason = new DOMException('gone', 'AbortError');
    const error = await withRetry(
      async () => {
        controller.abort(reason);
        throw new PickerError('server', 'boom');
      },
      controller.signal,
      fast,
    ).catch((e: unknown) => e);
    expect(error).to.equal(reason);
  });
});
