import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { manyFriends, mountInline, options, part, settle, toggle, waitFor } from './harness.js';

function activeOption(el: KakaoFriendPicker): HTMLElement | null {
  const list = part(el, 'list')!;
  const id = list.getAttribute('aria-activedescendant');
  return id === null ? null : el.shadowRoot!.getElementById(id);
}

async function press(el: KakaoFriendPicker, key: string) {
  await sendKeys({ press: key });
  await waitFor(() => {
    const list = part(el, 'list');
    const id = list?.getAttribute('aria-activedescendant');
    return id != null && el.shadowRoot!.getElementById(id) !== null;
  }, `no active option after ${key}`);
  await settle(el);
}

function activeName(el: KakaoFriendPicker): string {
  return activeOption(el)!.querySelector('[part~="nickname"]')!.textContent.trim();
}

describe('keyboard', () => {
  it('moves the active option with arrows, Home and End, and picks with Space', async () => {
    const el = await mountInline();
    part(el, 'list')!.focus();
    await settle(el);
    expect(activeName(el)).to.equal('나');
    await press(el, 'ArrowDown');
    expect(activeName(el)).to.equal('김철수');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(activeName(el)).to.equal('강하늘');
    await press(el, 'ArrowUp');
    expect(activeName(el)).to.equal('박민수');
    const change = oneEvent(el, 'kfp-change');
    await sendKeys({ press: 'Space' });
    expect((await change).detail.uuids).to.deep.equal(['u-park']);
    await press(el, 'End');
    expect(activeName(el)).to.equal('7번가');
    await press(el, 'Home');
    expect(activeName(el)).to.equal('나');
    expect(activeOption(el)!.classList.contains('active')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('does not scroll away when a click focuses a row far down the list', async () => {
    const el = await mountInline((picker) => (picker.showFavorite = false), manyFriends(500));
    const list = part(el, 'list')!;
    list.scrollTop = 60 * 200;
    await settle(el);
    const before = list.scrollTop;
    const row = options(el).find(
      (r) => r.getBoundingClientRect().top > list.getBoundingClientRect().top + 100,
    )!;
    const box = row.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.left + 80), Math.round(box.top + 20)],
    });
    await settle(el);
    expect(Math.abs(list.scrollTop - before)).to.be.below(2);
    expect(el.selectedUuids).to.deep.equal([row.dataset.uuid]);
    expect(activeOption(el)).to.equal(row);
  });

  it('starts keyboard users on the first option in view', async () => {
    const el = await mountInline((picker) => (picker.showFavorite = false), manyFriends(500));
    const list = part(el, 'list')!;
    list.scrollTop = 60 * 100;
    await settle(el);
    const before = list.scrollTop;
    (part(el, 'search-input') as HTMLInputElement).focus();
    await sendKeys({ press: 'Tab' });
    await waitFor(() => activeOption(el) !== null);
    // At most the row half-hidden under the sticky header is revealed: no jump to the top.
    expect(Math.abs(list.scrollTop - before)).to.be.below(100);
    expect(activeOption(el)!.getBoundingClientRect().top).to.be.at.least(
      list.getBoundingClientRect().top,
    );
  });

  it('confirms with Enter', async () => {
    const el = await mountInline();
    await toggle(el, 'Bob');
    part(el, 'list')!.focus();
    await settle(el);
    const confirmed = oneEvent(el, 'kfp-confirm');
    await sendKeys({ press: 'Enter' });
    expect((await confirmed).detail.uuids).to.deep.equal(['u-bob']);
  });

  it('jumps by name with type-ahead', async () => {
    const el = await mountInline();
    part(el, 'list')!.focus();
    await settle(el);
    await press(el, 'j');
    await press(el, 'o');
    expect(activeName(el)).to.equal('José');
    await aTimeout(800); // the type-ahead buffer resets after a pause
    await press(el, 'b');
    expect(activeName(el)).to.equal('Bob');
    await aTimeout(800);
    // A Korean keyboard reports jamo as keys; the test driver can only type them as text.
    part(el, 'list')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ㅎ', bubbles: true }));
    await waitFor(() => activeOption(el)?.textContent?.includes('홍길동'));
    expect(activeName(el)).to.equal('홍길동');
  });

  it('moves into the list from the search box with ArrowDown', async () => {
    const el = await mountInline();
    (part(el, 'search-input') as HTMLInputElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'list'));
    expect(activeName(el)).to.equal('나');
  });

  it('reaches search, list, picked strip and confirm with Tab', async () => {
    const el = await mountInline();
    await toggle(el, 'Bob');
    (part(el, 'search-input') as HTMLInputElement).focus();
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement;
      stops.push(active.getAttribute('part') ?? active.closest('[part]')!.getAttribute('part')!);
    }
    expect(stops).to.deep.equal(['list', 'picked-item', 'confirm-button']);
  });

  it('works on a virtualized list: End reaches the last of 5,000 and Page Down pages', async () => {
    const el = await mountInline((picker) => (picker.showFavorite = false), manyFriends(5000));
    expect(options(el).length).to.be.below(200);
    part(el, 'list')!.focus();
    await settle(el);
    await press(el, 'End');
    const last = activeOption(el)!;
    // 황 sorts last; the highest generated 황 is friend 4991.
    expect(last.dataset.uuid).to.equal('gen-4991');
    expect(Number(last.dataset.index)).to.equal(5000 + 2);
    const listBox = part(el, 'list')!.getBoundingClientRect();
    const rowBox = last.getBoundingClientRect();
    expect(rowBox.bottom).to.be.at.most(listBox.bottom + 1);
    expect(rowBox.top).to.be.at.least(listBox.top - 1);
    await press(el, 'Home');
    const first = Number(activeOption(el)!.dataset.index);
    await press(el, 'PageDown');
    expect(Number(activeOption(el)!.dataset.index)).to.be.greaterThan(first + 3);
    await press(el, 'PageUp');
    expect(Number(activeOption(el)!.dataset.index)).to.equal(first);
  });
});
