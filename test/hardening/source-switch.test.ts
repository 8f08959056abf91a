// Issue 9, item 6: switching the data source (another signed-in account) never sends the previous
// account's friends. Picks the new source does not hold are dropped once it has loaded, with one
// `kfp-change`; a confirm never carries them; `reload()` and picks the app sets itself are kept.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import { KakaoRestFriendSource } from '../../src/data/kakao-rest-source.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type {
  Friend,
  FriendDataSource,
  KfpChangeDetail,
  KfpConfirmDetail,
} from '../../src/types.js';
import { createScenario, fastRetry } from '../data/emulator-client.js';
import {
  ControlledSource,
  confirm,
  options,
  part,
  settle,
  toggle,
  waitFor,
} from '../element/harness.js';

const friendsA: Friend[] = [
  { uuid: 'a-1', profile_nickname: '가영' },
  { uuid: 'a-2', profile_nickname: '나영' },
  { uuid: 'shared', profile_nickname: '다영' },
];
const friendsB: Friend[] = [
  { uuid: 'b-1', profile_nickname: '라영' },
  { uuid: 'shared', profile_nickname: '다영' },
];

async function picker(): Promise<KakaoFriendPicker> {
  return fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker
      view-type="inline"
      lang="ko"
      show-my-profile="false"
      style="height: 560px; width: 420px"
    ></kakao-friend-picker>`,
  );
}

async function load(el: KakaoFriendPicker, source: KakaoFriendPicker['dataSource']): Promise<void> {
  const loaded = oneEvent(el, 'kfp-load');
  el.dataSource = source;
  await loaded;
  await waitFor(() => options(el).length > 0, 'no rows');
  await settle(el);
}

/** Every `kfp-change` and `kfp-confirm` the picker fires from now on. */
function record(el: KakaoFriendPicker) {
  const changes: KfpChangeDetail[] = [];
  const confirms: KfpConfirmDetail[] = [];
  el.addEventListener('kfp-change', (event) => changes.push(event.detail));
  el.addEventListener('kfp-confirm', (event) => confirms.push(event.detail));
  return { changes, confirms };
}

describe('switching the data source (issue 9, item 6)', () => {
  it('drops the picks the new source does not hold once it has loaded, with one kfp-change', async () => {
    const el = await picker();
    await load(el, new ArrayFriendSource(friendsA));
    await toggle(el, '가영');
    await toggle(el, '다영');
    expect(el.selectedUuids).to.deep.equal(['a-1', 'shared']);
    const events = record(el);
    await load(el, new ArrayFriendSource(friendsB));
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['shared']);
    expect(events.changes).to.have.length(1);
    expect(events.changes[0]!.uuids).to.deep.equal(['shared']);
    expect(events.changes[0]!.users.map((user) => user.uuid)).to.deep.equal(['shared']);
    await toggle(el, '라영');
    await confirm(el);
    expect(events.confirms.map((detail) => detail.uuids)).to.deep.equal([['shared', 'b-1']]);
  });

  it('another account over the Kakao REST API: none of its friends survive the switch', async () => {
    const [accountA, accountB] = await Promise.all([
      createScenario({ friendCount: 30, seed: 11 }),
      createScenario({ friendCount: 30, seed: 12 }),
    ]);
    const rest = (baseUrl: string) =>
      new KakaoRestFriendSource({ accessToken: 'token-of-someone', baseUrl, retry: fastRetry });
    const el = await picker();
    await load(el, rest(accountA.baseUrl));
    options(el)[0]!.click();
    options(el)[1]!.click();
    await settle(el);
    expect(el.selectedUuids).to.have.length(2);
    const events = record(el);
    await load(el, rest(accountB.baseUrl));
    await settle(el);
    expect(el.selectedUuids).to.deep.equal([]);
    expect(events.changes.map((detail) => detail.uuids)).to.deep.equal([[]]);
    // Confirm stays disabled: nothing of account A can leave.
    part(el, 'confirm-button')!.click();
    await settle(el);
    expect(events.confirms).to.deep.equal([]);
  });

  it('a confirm while the new source is still loading carries none of the old picks', async () => {
    const el = await picker();
    await load(el, new ArrayFriendSource(friendsA));
    await toggle(el, '가영');
    await toggle(el, '나영');
    const events = record(el);
    const next = new ControlledSource(friendsB);
    next.hold();
    el.dataSource = next;
    await settle(el);
    part(el, 'confirm-button')!.click();
    await settle(el);
    expect(events.confirms).to.deep.equal([]);
    expect(el.selectedUuids).to.deep.equal([]);
    expect(events.changes.map((detail) => detail.uuids)).to.deep.equal([[]]);
    next.open();
  });

  it('switching src drops the picks of the previous file', async () => {
    const el = await picker();
    let loaded = oneEvent(el, 'kfp-load');
    el.src = '/test/data/fixtures/friends.json';
    await loaded;
    await waitFor(() => options(el).length > 0);
    await toggle(el, '김철수');
    const events = record(el);
    loaded = oneEvent(el, 'kfp-load');
    el.src = '/test/data/fixtures/friends-elements.json';
    await loaded;
    await settle(el);
    expect(el.selectedUuids).to.deep.equal([]);
    expect(events.changes).to.have.length(1);
  });

  it('after a reload() that lost a friend, the pick stays shown but a confirm does not carry it', async () => {
    const el = await picker();
    let friends = friendsA;
    const inner = () => new ArrayFriendSource(friends);
    const source: FriendDataSource = {
      getFriends: (query, options) => inner().getFriends(query, options),
    };
    await load(el, source);
    await toggle(el, '가영');
    await toggle(el, '나영');
    const events = record(el);
    friends = friendsA.filter((friend) => friend.uuid !== 'a-1');
    await el.reload();
    await waitFor(() => options(el).length === 2, 'the reload did not arrive');
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['a-1', 'a-2']);
    expect(events.changes).to.deep.equal([]);
    await confirm(el);
    expect(events.changes.map((detail) => detail.uuids)).to.deep.equal([['a-2']]);
    expect(events.confirms.map((detail) => detail.uuids)).to.deep.equal([['a-2']]);
  });

  it('keeps picks on reload(), and picks the app sets with the new source', async () => {
    const el = await picker();
    await load(el, new ArrayFriendSource(friendsA));
    const events = record(el);
    // The app's own selection, set with the new source: kept even where the source lacks it.
    el.selectedUuids = ['b-1', 'app-chosen'];
    await load(el, new ArrayFriendSource(friendsB));
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['b-1', 'app-chosen']);
    await el.reload();
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['b-1', 'app-chosen']);
    // Set after a switch, while the new source loads: the app's too.
    const next = new ControlledSource(friendsA);
    next.hold();
    el.dataSource = next;
    await settle(el);
    el.selectedUuids = ['b-1', 'app-chosen'];
    const loaded = oneEvent(el, 'kfp-load');
    next.open();
    await loaded;
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['b-1', 'app-chosen']);
    expect(events.changes).to.deep.equal([]);
    await confirm(el);
    expect(events.confirms.map((detail) => detail.uuids)).to.deep.equal([['b-1', 'app-chosen']]);
  });
});
