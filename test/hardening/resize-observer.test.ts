// Issue 9, item 8: no "ResizeObserver loop" errors reach the app's `window.onerror`. In a page of
// its own (test/hardening/pages/): the suite's shared setup swallows that message on purpose.
import { expect } from '@open-wc/testing';
import type { KfpLoadDetail } from '../../src/types.js';
import {
  BUNDLE,
  createPicker,
  generatedFriends,
  nextEvent,
  openPage,
  optionRows,
  until,
  type OpenedPage,
} from './frame.js';

type Bundle = { ArrayFriendSource: new (friends: unknown[]) => object };

describe('ResizeObserver noise (issue 9, item 8)', () => {
  let page: OpenedPage | undefined;
  afterEach(() => page?.close());

  for (const viewType of ['popup', 'full'] as const) {
    it(`300 open/close cycles of a ${viewType} picker report no error to window.onerror`, async function () {
      this.timeout(120000);
      page = await openPage({ modules: [BUNDLE] });
      const { ArrayFriendSource } = page.modules[0] as Bundle;
      const el = createPicker(page, { 'view-type': viewType, lang: 'ko' });
      const loaded = nextEvent<KfpLoadDetail>(el, 'kfp-load');
      el.dataSource = new ArrayFriendSource(generatedFriends(300)) as never;
      await loaded;
      for (let cycle = 0; cycle < 300; cycle += 1) {
        await el.show();
        await until(() => optionRows(el).length > 0, 'no rows after show()');
        await page.nextFrame();
        await el.hide();
        await page.nextFrame();
      }
      await page.nextFrame();
      expect(page.record.errors).to.deep.equal([]);
    });
  }

  it('nor do 300 inline pickers of changing widths, across the landscape breakpoint', async function () {
    this.timeout(120000);
    page = await openPage({ modules: [BUNDLE], width: 1000 });
    const { ArrayFriendSource } = page.modules[0] as Bundle;
    const source = new ArrayFriendSource(generatedFriends(100));
    for (let cycle = 0; cycle < 300; cycle += 1) {
      const el = createPicker(page, { 'view-type': 'inline', lang: 'ko' });
      el.style.inlineSize = cycle % 2 === 0 ? '700px' : '760px';
      el.selectedUuids = ['f0'];
      el.dataSource = source as never;
      await until(() => optionRows(el).length > 0, 'no rows');
      await page.nextFrame();
      el.remove();
    }
    await page.nextFrame();
    expect(page.record.errors).to.deep.equal([]);
  });
});
