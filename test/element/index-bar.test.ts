import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import {
  dragAlongIndex,
  manyFriends,
  mountInline,
  options,
  part,
  parts,
  settle,
  waitFor,
} from './harness.js';

function keyButton(el: KakaoFriendPicker, key: string): HTMLElement {
  return parts(el, 'index-key').find((button) => button.textContent.trim() === key)!;
}

function topVisibleOption(el: KakaoFriendPicker): HTMLElement {
  const listTop = part(el, 'list')!.getBoundingClientRect().top + 32;
  return options(el)
    .filter((row) => row.getBoundingClientRect().bottom > listTop + 2)
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!;
}

describe('index bar', () => {
  it('lists only the keys that have friends, in list order', async () => {
    const el = await mountInline();
    expect(parts(el, 'index-key').map((k) => k.textContent.trim())).to.deep.equal([
      'ㄱ',
      'ㅇ',
      'ㅊ',
      'ㅎ',
      'A',
      'B',
      'J',
      'あ',
      'た',
      '#',
    ]);
  });

  it('jumps to the section of a key on click, on a virtualized list', async () => {
    const el = await mountInline((picker) => (picker.showFavorite = false), manyFriends(3000));
    keyButton(el, 'ㅎ').click();
    await waitFor(() => topVisibleOption(el)?.textContent.includes('한'), 'did not jump to ㅎ');
    await settle(el);
    const top = topVisibleOption(el);
    expect(top.querySelector('[part~="nickname"]')!.textContent.trim().startsWith('한')).to.equal(
      true,
    );
    const previous = options(el).find(
      (row) => Number(row.dataset.index) === Number(top.dataset.index) - 1,
    );
    if (previous) expect(previous.textContent).to.not.contain('한');
  });

  it('jumps while dragging along the bar', async () => {
    const el = await mountInline((picker) => (picker.showFavorite = false), manyFriends(3000));
    await dragAlongIndex(keyButton(el, 'ㄱ'), keyButton(el, 'ㅈ'));
    await sendMouse({ type: 'up' });
    await waitFor(() => topVisibleOption(el)?.textContent.includes('장'), 'did not jump to ㅈ');
  });

  it('is hidden with enableIndex false', async () => {
    const el = await mountInline((picker) => picker.setAttribute('enable-index', 'false'));
    expect(part(el, 'index')).to.equal(null);
    await settle(el);
  });
});
