// Issue 9, item 7: an integration mistake is a clear `kfp-error` naming it, not an empty list and
// not `network` ("check your connection"); an exception from an app's own source is `server`.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type { FriendDataSource, KfpErrorDetail } from '../../src/types.js';
import { part, waitFor } from '../element/harness.js';

async function picker(): Promise<KakaoFriendPicker> {
  return fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker view-type="inline" style="height: 480px"></kakao-friend-picker>`,
  );
}

/** The `kfp-error` the picker fires for `configure`, once its error state is showing. */
async function errorFor(configure: (el: KakaoFriendPicker) => void): Promise<KfpErrorDetail> {
  const el = await picker();
  let loads = 0;
  el.addEventListener('kfp-load', () => (loads += 1));
  const failed = oneEvent(el, 'kfp-error');
  configure(el);
  const { detail } = await failed;
  await waitFor(() => part(el, 'error') !== null, 'no error state');
  expect(part(el, 'empty'), 'an empty list instead of the error').to.equal(null);
  expect(loads).to.equal(0);
  return detail;
}

describe('integration mistakes (issue 9, item 7)', () => {
  for (const [what, value] of [
    ['a plain object', { friends: [] }],
    ['an array of friends', [{ uuid: 'a' }]],
    ['a getFriends that is not a function', { getFriends: 'yes' }],
    ['a string', 'friends.json'],
  ] as const) {
    it(`dataSource = ${what} → invalid-options naming getFriends`, async () => {
      const detail = await errorFor((el) => (el.dataSource = value as never));
      expect(detail.code).to.equal('invalid-options');
      expect(detail.message)
        .to.match(/dataSource/)
        .and.to.match(/getFriends/);
    });
  }

  for (const [what, value] of [
    ['null', null],
    ['an object', {}],
    ['a string', 'str'],
  ] as const) {
    it(`new ArrayFriendSource(${what}) → invalid-options naming ArrayFriendSource`, async () => {
      const detail = await errorFor(
        (el) => (el.dataSource = new ArrayFriendSource(value as never)),
      );
      expect(detail.code).to.equal('invalid-options');
      expect(detail.message)
        .to.match(/ArrayFriendSource/)
        .and.to.match(/array/);
    });
  }

  for (const [file, reason] of [
    ['empty-object.json', /without an `elements` array/],
    ['wrong-shape.json', /`elements` is not an array/],
    ['number.json', /neither an array/],
  ] as const) {
    it(`src = ${file} → bad-response saying what the file should hold`, async () => {
      const detail = await errorFor((el) => (el.src = `/test/data/fixtures/${file}`));
      expect(detail.code).to.equal('bad-response');
      expect(detail.message).to.match(reason);
    });
  }

  it('an exception thrown by an app’s own source is server, not network', async () => {
    const buggy: FriendDataSource = {
      async getFriends() {
        const response = undefined as unknown as { elements: unknown[] };
        // A bug in the app's code: a TypeError that has nothing to do with the network.
        return { elements: response.elements, totalCount: 1 } as never;
      },
    };
    const detail = await errorFor((el) => (el.dataSource = buggy));
    expect(detail.code).to.equal('server');
    expect(detail.retryable).to.equal(true);
  });

  it('an app source whose fetch fails is still network', async () => {
    const offline: FriendDataSource = {
      async getFriends() {
        await fetch('http://127.0.0.1:1/unreachable');
        throw new Error('unreachable');
      },
    };
    const detail = await errorFor((el) => (el.dataSource = offline));
    expect(detail.code).to.equal('network');
  });
});
