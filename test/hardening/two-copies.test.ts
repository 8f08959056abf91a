// Issue 9, item 4: a second copy of the package on a page (the bundle twice, the package from two
// builds, or a page that already defined a name) is a no-op: no exception, the first keeps working.
import { expect } from '@open-wc/testing';
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

type Api = {
  ArrayFriendSource: new (friends: unknown[]) => object;
  KakaoFriendPicker?: CustomElementConstructor;
  selectFriends?: (options: object) => Promise<{ selectedTotalCount: number }>;
};

/** A picker of the page loads, picks two friends and confirms them. */
async function pickAndConfirm(page: OpenedPage, source: object): Promise<void> {
  const el = createPicker(page, { 'view-type': 'inline', lang: 'ko' });
  const loaded = nextEvent<KfpLoadDetail>(el, 'kfp-load');
  el.dataSource = source as never;
  expect((await loaded).detail.totalCount).to.equal(40);
  await until(() => optionRows(el).length > 2, 'no rows rendered');
  optionRows(el)[0]!.click();
  optionRows(el)[1]!.click();
  await el.updateComplete;
  const confirmed = nextEvent<KfpConfirmDetail>(el, 'kfp-confirm');
  partOf(el, 'confirm-button')!.click();
  expect((await confirmed).detail.selectedTotalCount).to.equal(2);
  el.remove();
}

function expectQuiet(page: OpenedPage): void {
  expect(page.importErrors, 'import errors').to.deep.equal([]);
  expect(page.record.errors, 'window errors').to.deep.equal([]);
  expect(page.record.rejections, 'unhandled rejections').to.deep.equal([]);
}

describe('two copies on one page (issue 9, item 4)', () => {
  let page: OpenedPage | undefined;
  afterEach(() => page?.close());

  it('the bundle imported twice: the second copy is a no-op and the first keeps working', async () => {
    page = await openPage({ modules: [BUNDLE, bundleCopy(1)] });
    expectQuiet(page);
    const [first, second] = page.modules as [Api, Api];
    expect(first.KakaoFriendPicker).to.not.equal(second.KakaoFriendPicker);
    expect(page.window.customElements.get('kakao-friend-picker')).to.equal(first.KakaoFriendPicker);
    // Sources of either copy work with the registered element.
    await pickAndConfirm(page, new first.ArrayFriendSource(generatedFriends(40)));
    await pickAndConfirm(page, new second.ArrayFriendSource(generatedFriends(40)));
    expectQuiet(page);
  });

  it('the package entry and the bundle (two builds of one app) on one page', async () => {
    page = await openPage({
      modules: ['/dist/index.js', BUNDLE, bundleCopy(2, 'kakao.bundle.js')],
    });
    expectQuiet(page);
    const [entry] = page.modules as [Api];
    expect(page.window.customElements.get('kakao-friend-picker')).to.equal(entry.KakaoFriendPicker);
    await pickAndConfirm(page, new entry.ArrayFriendSource(generatedFriends(40)));
    expectQuiet(page);
  });

  it('a page that already defined lit-virtualizer (or the picker’s own name) throws nothing', async () => {
    page = await openPage({ define: ['lit-virtualizer'], modules: [BUNDLE, bundleCopy(3)] });
    expectQuiet(page);
    await pickAndConfirm(
      page,
      new (page.modules[0] as Api).ArrayFriendSource(generatedFriends(40)),
    );
    expectQuiet(page);

    page.close();
    page = await openPage({ define: ['kakao-friend-picker'], modules: [BUNDLE] });
    expectQuiet(page);
  });

  it('the Promise API of a second copy opens the registered element', async () => {
    page = await openPage({ modules: [BUNDLE, bundleCopy(4, 'select.bundle.js')] });
    expectQuiet(page);
    const [core, select] = page.modules as [Api, Api];
    const result = select.selectFriends!({
      dataSource: new core.ArrayFriendSource(generatedFriends(40)),
    });
    await until(
      () => page!.document.querySelector('kakao-friend-picker[open]'),
      'no picker opened',
    );
    const el = page.document.querySelector('kakao-friend-picker')!;
    await until(() => optionRows(el).length > 0, 'no rows rendered');
    optionRows(el)[0]!.click();
    await el.updateComplete;
    partOf(el, 'confirm-button')!.click();
    expect((await result).selectedTotalCount).to.equal(1);
    expectQuiet(page);
  });
});
