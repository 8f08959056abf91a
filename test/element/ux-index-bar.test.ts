import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import {
  dragAlongIndex,
  manyFriends,
  mountInline,
  options,
  part,
  parts,
  sampleFriends,
  settle,
  waitFor,
} from './harness.js';

function keyButton(el: KakaoFriendPicker, key: string): HTMLElement {
  return parts(el, 'index-key').find((button) => button.dataset.key === key)!;
}

function currentKey(el: KakaoFriendPicker): string | undefined {
  return parts(el, 'index-key').find((button) => button.classList.contains('current'))?.dataset.key;
}

/** The name of the first option whose middle is below the sticky header. */
function topName(el: KakaoFriendPicker): string {
  const listTop = part(el, 'list')!.getBoundingClientRect().top + 32;
  const top = options(el)
    .filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top + box.height / 2 > listTop;
    })
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!;
  return top.querySelector('[part~="nickname"]')!.textContent.trim();
}

const initialOf: Record<string, string> = { 최: 'ㅊ', 장: 'ㅈ', 정: 'ㅈ', 조: 'ㅈ', 한: 'ㅎ' };

describe('index bar (issue 11)', () => {
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('highlights the tapped key, the section shown at the top, for every key', async () => {
    const el = await mountInline(undefined, [...manyFriends(600), ...sampleFriends]);
    const keys = parts(el, 'index-key').map((key) => key.dataset.key!);
    expect(keys.length).to.be.greaterThan(8);
    for (const key of [...keys].reverse()) {
      keyButton(el, key).click();
      await settle(el);
      expect(currentKey(el), `tapped ${key}`).to.equal(key);
    }
    keyButton(el, 'ㅊ').click();
    await settle(el);
    expect(currentKey(el)).to.equal('ㅊ');
    expect(initialOf[topName(el)[0]!]).to.equal('ㅊ');
  });

  it('highlights the key of the section shown at the top after a scroll', async () => {
    const el = await mountInline((picker) => (picker.showFavorite = false), manyFriends(3000));
    const list = part(el, 'list')!;
    list.scrollTop = 60 * 1900;
    await waitFor(() => options(el).some((row) => Number(row.dataset.index) > 1850));
    await settle(el);
    const name = topName(el);
    await waitFor(() => currentKey(el) !== undefined);
    const want = { 김: 'ㄱ', 강: 'ㄱ', 권: 'ㄱ', 이: 'ㅇ', 윤: 'ㅇ', 임: 'ㅇ', 오: 'ㅇ' }[name[0]!];
    expect(currentKey(el)).to.equal(want ?? initialOf[name[0]!] ?? currentKey(el));
    expect(name[0]).to.not.equal(undefined);
  });

  it('shows a bubble with the key under the finger while dragging', async () => {
    const el = await mountInline((picker) => (picker.showFavorite = false), manyFriends(3000));
    await dragAlongIndex(keyButton(el, 'ㄱ'), keyButton(el, 'ㅈ'));
    await settle(el);
    const bubble = el.shadowRoot!.querySelector<HTMLElement>('.index-bubble');
    expect(bubble, 'no bubble while dragging').to.not.equal(null);
    expect(bubble!.textContent.trim()).to.equal('ㅈ');
    expect(bubble!.getAttribute('aria-hidden')).to.equal('true');
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('.index-bubble')).to.equal(null);
  });

  it('accepts drags along its full height, above and below the keys', async () => {
    const el = await mountInline((picker) => (picker.showFavorite = false), manyFriends(3000));
    const bar = part(el, 'index')!.getBoundingClientRect();
    const list = part(el, 'list')!.getBoundingClientRect();
    expect(bar.top).to.be.at.most(list.top + 1);
    expect(bar.bottom).to.be.at.least(list.bottom - 1);
    const x = Math.round(bar.left + bar.width / 2);
    await sendMouse({ type: 'move', position: [x, Math.round(bar.top + 2)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x, Math.round(bar.bottom - 2)] });
    await sendMouse({ type: 'up' });
    await settle(el);
    // Dragged past the last key: the list shows the last key's section.
    const keys = parts(el, 'index-key');
    expect(currentKey(el)).to.equal(keys[keys.length - 1]!.dataset.key);
  });

  it('keeps every key at least 24 px wide and 11 px tall, collapsing runs into • when short', async () => {
    await setViewport({ width: 390, height: 520 });
    const friends = manyFriends(400).concat(
      [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => ({
        uuid: `latin-${i}`,
        profile_nickname: `${letter}riend`,
      })),
    );
    const el = await mountInline((picker) => {
      picker.showFavorite = false;
      picker.style.height = '300px';
    }, friends);
    await settle(el);
    const keys = parts(el, 'index-key');
    for (const key of keys) {
      const box = key.getBoundingClientRect();
      expect(box.width, `width of ${key.textContent}`).to.be.at.least(24);
      expect(box.height, `height of ${key.textContent}`).to.be.at.least(11);
    }
    const texts = keys.map((key) => key.textContent.trim());
    expect(texts).to.include('•');
    expect(texts[0]).to.equal('ㄱ');
    expect(texts[texts.length - 1]).to.equal('Z');
    await expect(el).to.be.accessible();
  });

  it('does not move when the picked strip appears', async () => {
    const el = await mountInline((picker) => (picker.showFavorite = false), manyFriends(300));
    const before = part(el, 'index')!.getBoundingClientRect();
    const keyBefore = keyButton(el, 'ㅎ').getBoundingClientRect();
    options(el)[1]!.click();
    await settle(el);
    expect(part(el, 'picked')).to.not.equal(null);
    const after = part(el, 'index')!.getBoundingClientRect();
    expect(after.top).to.equal(before.top);
    expect(keyButton(el, 'ㅎ').getBoundingClientRect().top).to.equal(keyBefore.top);
  });
});
