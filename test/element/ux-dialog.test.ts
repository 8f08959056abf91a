import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import {
  deepActive,
  manyFriends,
  openAndSettle,
  option,
  options,
  part,
  sampleFriends,
  sampleProfile,
  search,
  settle,
  toggle,
  waitFor,
} from './harness.js';

async function mountPopup(friends = sampleFriends): Promise<KakaoFriendPicker> {
  const el = await fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker view-type="popup" lang="en"></kakao-friend-picker>`,
  );
  el.dataSource = new ArrayFriendSource(friends, { profile: sampleProfile });
  await openAndSettle(el);
  return el;
}

/** Makes `(pointer: coarse)` match, as on a phone, until the returned function runs. */
function emulateCoarsePointer(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'matchMedia')!;
  const original = window.matchMedia.bind(window);
  window.matchMedia = (query: string) => {
    const list = original(query);
    if (!query.includes('pointer')) return list;
    const matches = query.includes('coarse');
    return { ...list, media: query, matches };
  };
  return () => Object.defineProperty(window, 'matchMedia', descriptor);
}

describe('cancel really cancels (issue 11)', () => {
  for (const [reason, dismiss] of [
    ['close-button', (el: KakaoFriendPicker) => part(el, 'close-button')!.click()],
    ['escape', () => sendKeys({ press: 'Escape' })],
    [
      'backdrop',
      async (el: KakaoFriendPicker) => {
        const box = part(el, 'dialog')!.getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.max(2, box.left - 8), 4] });
      },
    ],
  ] as const) {
    it(`restores the selection the picker had when it opened (${reason})`, async () => {
      const el = await mountPopup();
      await toggle(el, 'Bob');
      await el.hide();
      expect(el.selectedUuids).to.deep.equal(['u-bob']);
      await openAndSettle(el);
      await toggle(el, 'alice');
      await toggle(el, 'Bob');
      expect(el.selectedUuids).to.deep.equal(['u-alice']);
      const changes: string[][] = [];
      el.addEventListener('kfp-change', (event) => changes.push(event.detail.uuids));
      const cancelled = oneEvent(el, 'kfp-cancel');
      await dismiss(el);
      expect((await cancelled).detail.reason).to.equal(reason);
      await settle(el);
      expect(el.open).to.equal(false);
      expect(el.selectedUuids).to.deep.equal(['u-bob']);
      expect(el.value).to.deep.equal(['u-bob']);
      // Bound frameworks hear the picks go back.
      expect(changes).to.deep.equal([['u-bob']]);
    });
  }

  it('keeps what was confirmed', async () => {
    const el = await mountPopup();
    await toggle(el, 'Bob');
    await toggle(el, 'alice');
    const confirmed = oneEvent(el, 'kfp-confirm');
    part(el, 'confirm-button')!.click();
    await confirmed;
    await settle(el);
    await openAndSettle(el);
    part(el, 'close-button')!.click();
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['u-bob', 'u-alice']);
  });
});

describe('each open starts afresh (issue 11)', () => {
  it('empties the search and shows the list from the top', async () => {
    const el = await mountPopup(manyFriends(500));
    await search(el, '김');
    expect(part(el, 'section-header')!.textContent).to.contain('Search results');
    await el.hide();
    await openAndSettle(el);
    expect((part(el, 'search-input') as HTMLInputElement).value).to.equal('');
    expect(part(el, 'section-header')!.textContent).to.not.contain('Search results');
    const list = part(el, 'list')!;
    list.scrollTop = 60 * 200;
    await waitFor(() => options(el).some((row) => Number(row.dataset.index) > 190));
    await el.hide();
    await openAndSettle(el);
    expect(part(el, 'list')!.scrollTop).to.equal(0);
    expect(options(el)[0]!.dataset.index).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('focuses the search box with a keyboard and mouse', async () => {
    const el = await mountPopup();
    expect(deepActive()).to.equal(part(el, 'search-input'));
  });

  it('does not focus the search box under a coarse pointer (no keyboard over the list)', async () => {
    const restore = emulateCoarsePointer();
    try {
      const el = await mountPopup();
      const active = deepActive();
      expect(active).to.not.equal(part(el, 'search-input'));
      expect(el.shadowRoot!.contains(active)).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });
});

describe('the active-row marker (issue 11)', () => {
  const markerOf = (row: HTMLElement) => getComputedStyle(row).boxShadow;

  it('shows for keyboard use only, not after a click', async () => {
    const el = await mountPopup();
    const row = option(el, '박민수');
    expect(row.getBoundingClientRect().bottom).to.be.below(
      part(el, 'list')!.getBoundingClientRect().bottom,
    );
    const box = row.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + 80), Math.round(box.top + box.height / 2)],
    });
    await settle(el);
    expect(
      option(el, '박민수').classList.contains('active'),
      `${el.selectedUuids.join(',')} ${el.shadowRoot!.querySelector('.row.active')?.textContent}`,
    ).to.equal(true);
    expect(markerOf(option(el, '박민수'))).to.equal('none');
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const active = el.shadowRoot!.querySelector<HTMLElement>('.row.active')!;
    expect(markerOf(active)).to.not.equal('none');
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + 80), Math.round(box.top + box.height / 2)],
    });
    await settle(el);
    expect(markerOf(el.shadowRoot!.querySelector<HTMLElement>('.row.active')!)).to.equal('none');
  });
});
