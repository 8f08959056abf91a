import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { backoffDelay, resolveRetryOptions, withRetry } from '../../src/data/retry.js';
import { isAbortError, PickerError } from '../../src/errors.js';

const defaultRetryOptions = { retries: 3, baseDelayMs: 300, maxDelayMs: 5000, maxElapsedMs: 20000 };
const fast = resolveRetryOptions({ retries: 3, baseDelayMs: 1, maxDelayMs: 4 });

describe('retry', () => {
  it('resolves options with defaults and bounds', () => {
    expect(resolveRetryOptions()).to.deep.equal(defaultRetryOptions);
    expect(resolveRetryOptions({ retries: -1, baseDelayMs: Number.NaN })).to.deep.equal(
      defaultRetryOptions,
    );
    expect(
      resolveRetryOptions({ retries: Infinity, maxElapsedMs: -5, maxDelayMs: '9' as never }),
    ).to.deep.equal(defaultRetryOptions);
    expect(resolveRetryOptions({ retries: 1000 }).retries).to.equal(10);
    expect(resolveRetryOptions({ retries: 2.7 }).retries).to.equal(2);
    expect(resolveRetryOptions({ baseDelayMs: 500, maxDelayMs: 100 }).maxDelayMs).to.equal(500);
  });

  it('property: the delay grows exponentially, stays within [ceiling/2, ceiling] and the cap', () => {
    fc.assert(
      fc.property(
        fc.nat(12),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 60000 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (retry, base, max, random) => {
          const options = resolveRetryOptions({ baseDelayMs: base, maxDelayMs: max });
          const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
          const delay = backoffDelay(retry, options, random);
          expect(delay).to.be.at.least(ceiling / 2);
          expect(delay).to.be.at.most(ceiling);
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
      new AbortController().signal,
      fast,
    );
    expect(result).to.equal('ok');
    expect(calls).to.equal(3);

    for (const code of ['unauthorized', 'bad-response', 'quota-exceeded'] as const) {
      let attempts = 0;
      const failing = withRetry(
        async () => {
          attempts += 1;
          throw new PickerError(code, code);
        },
        new AbortController().signal,
        fast,
      );
      await failing.then(
        () => expect.fail('resolved'),
        (error: PickerError) => expect(error.code).to.equal(code),
      );
      expect(attempts, code).to.equal(1);
    }
  });

  it('gives up after the configured retries with the last error', async () => {
    let calls = 0;
    const error = await withRetry(
      async () => {
        calls += 1;
        throw new PickerError('network', `attempt ${calls}`);
      },
      new AbortController().signal,
      fast,
    ).catch((e: unknown) => e);
    expect(calls).to.equal(4);
    expect((error as PickerError).message).to.equal('attempt 4');
  });

  it('an abort during the wait rejects with the abort reason and stops', async () => {
    const controller = new AbortController();
    let calls = 0;
    const running = withRetry(
      async () => {
        calls += 1;
        queueMicrotask(() => controller.abort());
        throw new PickerError('server', 'boom');
      },
      controller.signal,
      resolveRetryOptions({ baseDelayMs: 10000, maxDelayMs: 10000, maxElapsedMs: 60000 }),
    );
    const error = await running.catch((e: unknown) => e);
    expect(isAbortError(error)).to.equal(true);
    expect(calls).to.equal(1);
  });
});
