import { expect, fixture, html } from '@open-wc/testing';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import {
  option,
  options,
  part,
  sampleFriends,
  search,
  settle,
  waitFor,
} from '../element/harness.js';
import { mountPicker } from './i18n-harness.js';

function box(element: Element | null): DOMRect {
  expect(element, 'element to measure').to.not.equal(null);
  return element!.getBoundingClientRect();
}

/** Where the index bar sits against the list: 'right' in LTR, 'left' when mirrored. */
function indexSide(el: KakaoFriendPicker): 'left' | 'right' | 'overlapping' {
  const list = box(part(el, 'list'));
  const index = box(part(el, 'index'));
  if (index.right <= list.left + 1) return 'left';
  if (index.left >= list.right - 1) return 'right';
  return 'overlapping';
}

/** Whether a row reads from the right: its check circle right of the name. */
function rowMirrored(el: KakaoFriendPicker, name: string): boolean {
  const row = option(el, name);
  return box(row.querySelector('.check')).left > box(row.querySelector('[part~="nickname"]')).left;
}

describe('right-to-left layouts mirror', () => {
  it('LTR: the index bar is right of the list', async () => {
    const el = await mountPicker({ lang: 'en' });
    expect(indexSide(el)).to.equal('right');
    expect(rowMirrored(el, 'Bob')).to.equal(false);
  });

  it('dir="rtl" on the element puts the index bar left of the list and mirrors rows', async () => {
    const el = await mountPicker({ lang: 'en', dir: 'rtl' });
    expect(indexSide(el)).to.equal('left');
    expect(rowMirrored(el, 'Bob')).to.equal(true);
    // The clear button sits at the inline end of the search field: its left edge when mirrored.
    await search(el, 'b');
    const input = box(part(el, 'search-input'));
    const clear = box(el.shadowRoot!.querySelector('.search button'));
    expect(clear.left - input.left).to.be.lessThan(input.right - clear.right);
    await expect(el).to.be.accessible();
  });

  it('dir="rtl" on an ancestor mirrors too, and switching dir re-lays out live', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl">
        <kakao-friend-picker
          view-type="inline"
          lang="ja"
          style="height: 640px; width: 420px"
        ></kakao-friend-picker>
      </div>`,
    );
    const el = wrapper.querySelector('kakao-friend-picker')!;
    el.dataSource = new ArrayFriendSource(sampleFriends);
    await waitFor(() => options(el).length > 0, 'no rows');
    await settle(el);
    expect(indexSide(el)).to.equal('left');
    expect(rowMirrored(el, 'あおい')).to.equal(true);
    await expect(el).to.be.accessible();

    wrapper.dir = 'ltr';
    await settle(el);
    expect(indexSide(el)).to.equal('right');
    expect(rowMirrored(el, 'あおい')).to.equal(false);
  });
});
