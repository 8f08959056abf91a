import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import { PickerError } from '../../src/errors.js';
import {
  ControlledSource,
  liveText,
  manyFriends,
  options,
  part,
  sampleFriends,
  settle,
  waitFor,
} from './harness.js';
import { PAGE_CONCURRENCY } from '../../src/controllers/friend-loader.js';

async function bare(): Promise<KakaoFriendPicker> {
  return fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker
      view-type="inline"
      lang="en"
      style="height:500px;width:400px"
    ></kakao-friend-picker>`,
  );
}

describe('loading, empty and error states', () => {
  it('shows skeleton rows and announces loading until the first page arrives', async () => {
    const el = await bare();
    const source = new ControlledSource(sampleFriends);
    source.hold();
    el.dataSource = source;
    await settle(el);
    expect(el.shadowRoot!.querySelector('.skeleton')).to.not.equal(null);
    expect(liveText(el)).to.equal('Loading friends…');
    await expect(el).to.be.accessible();
    const loaded = oneEvent(el, 'kfp-load');
    source.open();
    expect((await loaded).detail).to.deep.equal({ totalCount: 12 });
    await waitFor(() => options(el).length === 12);
    expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
    expect(options(el).length).to.equal(12);
  });

  it('pulls every page of 100 and renders progressively', async () => {
    const el = await bare();
    const source = new ControlledSource(manyFriends(450));
    el.dataSource = source;
    await oneEvent(el, 'kfp-load');
    expect(source.requests.map((q) => q.offset)).to.deep.equal([0, 100, 200, 300, 400]);
    expect(source.requests.every((q) => q.limit === 100)).to.equal(true);
  });

  it('renders the first page before the others arrive', async () => {
    const el = await bare();
    const all = new ArrayFriendSource(manyFriends(300));
    let releaseRest: () => void = () => {};
    const rest = new Promise<void>((resolve) => (releaseRest = resolve));
    el.dataSource = {
      async getFriends(query, options) {
        if (query.offset > 0) await rest;
        return all.getFriends(query, options);
      },
    };
    await waitFor(() => options(el).length > 0, 'first page not rendered');
    expect(liveText(el)).to.not.equal('Loading friends…');
    const loaded = oneEvent(el, 'kfp-load');
    releaseRest();
    expect((await loaded).detail.totalCount).to.equal(300);
  });

  it('shows the empty state', async () => {
    const el = await bare();
    el.dataSource = new ArrayFriendSource([]);
    await waitFor(() => part(el, 'empty') !== null);
    expect(part(el, 'empty')!.textContent).to.contain('No friends to choose from.');
    expect(liveText(el)).to.equal('No friends to choose from.');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a retry button that reloads', async () => {
    const el = await bare();
    const source = new ControlledSource(sampleFriends);
    source.failWith = new PickerError('quota-exceeded', 'quota', { kakaoCode: -10 });
    const failed = oneEvent(el, 'kfp-error');
    el.dataSource = source;
    expect((await failed).detail).to.deep.equal({
      code: 'quota-exceeded',
      message: 'quota',
      retryable: false,
      kakaoCode: -10,
    });
    await settle(el);
    const error = part(el, 'error')!;
    expect(error.textContent).to.contain('Too many requests');
    expect(liveText(el)).to.contain('Too many requests');
    await expect(el).to.be.accessible();
    source.failWith = undefined;
    const loaded = oneEvent(el, 'kfp-load');
    error.querySelector('button')!.click();
    await loaded;
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
    expect(options(el).length).to.equal(12);
  });

  it('maps a plain failure of an app source to a server error', async () => {
    const el = await bare();
    const source = new ControlledSource(sampleFriends);
    source.failWith = new Error('backend down');
    const failed = oneEvent(el, 'kfp-error');
    el.dataSource = source;
    expect((await failed).detail.code).to.equal('server');
    await settle(el);
    expect(part(el, 'error')!.textContent).to.contain('Failed to load the friends list.');
  });

  it('aborts its requests when removed', async () => {
    const el = await bare();
    const source = new ControlledSource(sampleFriends);
    source.hold();
    el.dataSource = source;
    await waitFor(() => source.signals.length > 0);
    el.remove();
    expect(source.signals.every((signal) => signal.aborted)).to.equal(true);
  });

  it('keeps the selection through reload()', async () => {
    const el = await bare();
    el.dataSource = new ArrayFriendSource(sampleFriends);
    await waitFor(() => options(el).length > 0);
    el.selectedUuids = ['u-bob'];
    await el.reload();
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['u-bob']);
    expect(
      options(el)
        .find((row) => row.dataset.uuid === 'u-bob')!
        .getAttribute('aria-selected'),
    ).to.equal('true');
  });
});

describe('untrustworthy sources', () => {
  it('caps a huge totalCount and stops at the first empty page', async () => {
    const el = await bare();
    const offsets: number[] = [];
    const failed: string[] = [];
    el.addEventListener('kfp-error', (e) => failed.push(e.detail.code));
    el.dataSource = {
      async getFriends(query) {
        offsets.push(query.offset);
        return {
          elements: query.offset === 0 ? [{ uuid: 'only', profile_nickname: 'Only' }] : [],
          totalCount: 1e12,
        };
      },
    };
    const loaded = await oneEvent(el, 'kfp-load');
    expect(loaded.detail.totalCount).to.equal(1);
    expect(offsets.length).to.be.at.most(1 + PAGE_CONCURRENCY);
    expect(failed).to.deep.equal([]);
  });

  it('turns a blank or unusable src into the error state, never an exception', async () => {
    const el = await bare();
    const failed = oneEvent(el, 'kfp-error');
    el.src = 'http://[bad';
    expect((await failed).detail.code).to.be.a('string');
    await waitFor(() => part(el, 'error') !== null);
    el.src = '   ';
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
  });

  it('tolerates selectedUuids set to null', async () => {
    const el = await bare();
    el.dataSource = new ArrayFriendSource(sampleFriends);
    await waitFor(() => options(el).length > 0);
    el.selectedUuids = null as unknown as string[];
    await settle(el);
    expect(el.selectedUuids).to.deep.equal([]);
  });
});
