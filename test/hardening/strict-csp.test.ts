// Issue 9, item 5: under a strict Content Security Policy (sent as a header by the test server,
// test/server-plugins.mjs) the built bundle renders, searches, picks, scrolls 100,000 friends and
// confirms with zero `securitypolicyviolation` events.
import { expect } from '@open-wc/testing';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type { KfpConfirmDetail, KfpLoadDetail } from '../../src/types.js';
import {
  BUNDLE,
  bundleCopy,
  createPicker,
  generatedFriends,
  nextEvent,
  openPage,
  optionRows,
  partOf,
  until,
  type OpenedPage,
} from './frame.js';

type Bundle = { ArrayFriendSource: new (friends: unknown[]) => object };

/** 100,000 friends; some with same-origin avatars (`img-src 'self'`), most with fallback ones. */
function friends(): object[] {
  const avatar = (n: number) => `${location.origin}/kakao-emulator/avatar/${n}.svg`;
  return generatedFriends(100_000).map((friend, i) =>
    i % 5 === 0 ? { ...friend, profile_thumbnail_image: avatar(i % 64) } : friend,
  );
}

async function typeSearch(page: OpenedPage, el: KakaoFriendPicker, text: string): Promise<void> {
  const input = partOf(el, 'search-input') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await page.nextFrame();
}

async function scrollList(page: OpenedPage, el: KakaoFriendPicker, top: number): Promise<void> {
  const list = partOf(el, 'list')!;
  list.scrollTop = top;
  await page.nextFrame();
  await el.updateComplete;
  await page.nextFrame();
}

/** Violations are reported on a task of their own: let any pending ones arrive. */
async function flushReports(page: OpenedPage): Promise<void> {
  await page.nextFrame();
  await page.nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('strict Content Security Policy (issue 9, item 5)', () => {
  let page: OpenedPage | undefined;
  afterEach(() => page?.close());

  it('the page really enforces the policy (a control violation is seen)', async () => {
    page = await openPage({ policy: 'strict-csp', modules: [BUNDLE] });
    expect(page.importErrors).to.deep.equal([]);
    page.document.body.setAttribute('style', 'outline: 1px solid red');
    await until(() => page!.record.violations.length > 0, 'no violation was reported');
    expect(page.record.violations[0]).to.match(/^style-src/);
  });

  it('renders, searches, picks, scrolls 100,000 friends and confirms with zero violations', async function () {
    this.timeout(120000);
    page = await openPage({ policy: 'strict-csp', modules: [BUNDLE] });
    expect(page.importErrors).to.deep.equal([]);
    const { ArrayFriendSource } = page.modules[0] as Bundle;
    const el = createPicker(page, { 'view-type': 'popup', lang: 'ko' });
    const loaded = nextEvent<KfpLoadDetail>(el, 'kfp-load');
    el.dataSource = new ArrayFriendSource(friends()) as never;
    await el.show();
    expect((await loaded).detail.totalCount).to.equal(100_000);
    await until(() => optionRows(el).length > 0, 'no rows rendered');
    await page.nextFrame();

    // Search (highlighted matches), then back to the whole list.
    await typeSearch(page, el, '김친구0001');
    await until(() => optionRows(el).length > 0, 'no search results');
    expect(el.shadowRoot!.querySelector('[role="option"] mark')).to.not.equal(null);
    await typeSearch(page, el, 'ㄱㅊ');
    await typeSearch(page, el, 'no such friend at all');
    await until(() => partOf(el, 'empty') !== null, 'no empty state for a search without results');
    await typeSearch(page, el, '');
    await until(() => optionRows(el).length > 0, 'the list did not come back');

    // Pick three friends, one of them far down the list.
    const pick = async (row: HTMLElement) => {
      row.click();
      await el.updateComplete;
    };
    const friendRows = () => optionRows(el).filter((row) => !row.matches('[part~="my-profile"]'));
    await pick(friendRows()[0]!);
    await pick(friendRows()[1]!);
    const list = partOf(el, 'list')!;
    for (const fraction of [0.25, 0.5, 0.999, 0.1]) {
      await scrollList(page, el, Math.floor(list.scrollHeight * fraction));
      expect(optionRows(el).length, `rows at ${fraction} of the list`).to.be.greaterThan(0);
    }
    await pick(friendRows()[2]!);
    // The index bar jumps too.
    const key = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="index-key"]')[3];
    key?.click();
    await page.nextFrame();

    const confirmed = nextEvent<KfpConfirmDetail>(el, 'kfp-confirm');
    partOf(el, 'confirm-button')!.click();
    const { detail } = await confirmed;
    expect(detail.selectedTotalCount).to.equal(3);
    expect(detail.users).to.have.length(3);
    await flushReports(page);
    expect(page.record.violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.rejections).to.deep.equal([]);
  });

  it("two copies of the bundle need only trusted-types 'allow-duplicates' (README)", async () => {
    page = await openPage({ policy: 'strict-csp-two-copies', modules: [BUNDLE, bundleCopy(1)] });
    expect(page.importErrors).to.deep.equal([]);
    const { ArrayFriendSource } = page.modules[1] as Bundle;
    const el = createPicker(page, { 'view-type': 'inline', lang: 'ko' });
    const loaded = nextEvent<KfpLoadDetail>(el, 'kfp-load');
    el.dataSource = new ArrayFriendSource(generatedFriends(50)) as never;
    expect((await loaded).detail.totalCount).to.equal(50);
    await until(() => optionRows(el).length > 0, 'no rows rendered');
    await flushReports(page);
    expect(page.record.violations).to.deep.equal([]);
    expect(page.record.errors).to.deep.equal([]);
  });
});
