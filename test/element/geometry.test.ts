import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import {
  manyFriends,
  openAndSettle,
  options,
  part,
  parts,
  sampleProfile,
  settle,
  waitFor,
} from './harness.js';

const viewports = [
  [320, 480],
  [390, 844],
  [844, 390],
  [1280, 800],
] as const;

const ROW = 60;

type Box = { name: string; rect: DOMRect };

function intersects(a: DOMRect, b: DOMRect): boolean {
  // A shared edge is no overlap; sub-pixel rounding is allowed.
  return (
    a.left < b.right - 0.5 &&
    b.left < a.right - 0.5 &&
    a.top < b.bottom - 0.5 &&
    b.top < a.bottom - 0.5
  );
}

async function mountOpen(viewType: 'full' | 'popup', lang: string): Promise<KakaoFriendPicker> {
  const el = await fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker view-type=${viewType} lang=${lang}></kakao-friend-picker>`,
  );
  const friends = manyFriends(400);
  el.dataSource = new ArrayFriendSource(friends, { profile: sampleProfile });
  // A full strip: more picks than the strip can show.
  el.selectedUuids = friends.slice(0, 12).map((friend) => friend.uuid);
  await openAndSettle(el);
  await settle(el);
  return el;
}

function boxes(el: KakaoFriendPicker): Box[] {
  const named: Box[] = [];
  for (const name of ['header', 'search-input', 'list', 'index', 'picked', 'confirm-button']) {
    const node = part(el, name);
    if (node === null) continue;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    named.push({ name, rect });
  }
  return named;
}

describe('every screen size works (issue 11)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const [width, height] of viewports) {
    for (const viewType of ['full', 'popup'] as const) {
      it(`${viewType} at ${width}×${height} with a full strip: nothing overlaps or spills`, async () => {
        await setViewport({ width, height });
        const el = await mountOpen(viewType, 'ko');
        const all = boxes(el);
        const names = all.map((box) => box.name);
        for (const required of ['header', 'search-input', 'list', 'index', 'confirm-button']) {
          expect(names, `${required} is missing`).to.include(required);
        }
        // The picks stay visible: the strip, or on a short screen the header's counter.
        expect(names.includes('picked') || names.includes('header')).to.equal(true);
        expect(part(el, 'counter')!.textContent).to.contain('12/30');
        for (const { name, rect } of all) {
          expect(rect.left, `${name} left`).to.be.at.least(-0.5);
          expect(rect.top, `${name} top`).to.be.at.least(-0.5);
          expect(rect.right, `${name} right`).to.be.at.most(width + 0.5);
          expect(rect.bottom, `${name} bottom`).to.be.at.most(height + 0.5);
        }
        for (let i = 0; i < all.length; i++) {
          for (let j = i + 1; j < all.length; j++) {
            expect(
              intersects(all[i]!.rect, all[j]!.rect),
              `${all[i]!.name} overlaps ${all[j]!.name}`,
            ).to.equal(false);
          }
        }
        const list = part(el, 'list')!.getBoundingClientRect();
        // Two whole rows below the sticky section header.
        expect(list.height - 32, 'rows visible').to.be.at.least(2 * ROW);
        for (const key of parts(el, 'index-key')) {
          const box = key.getBoundingClientRect();
          expect(box.height, `index key ${key.textContent.trim()}`).to.be.at.least(11);
          expect(box.width).to.be.at.least(24);
          expect(box.bottom).to.be.at.most(list.bottom + 0.5);
        }
        await expect(el).to.be.accessible();
        await el.hide();
      });
    }
  }

  it('inline, 360 px tall with a full strip: the strip gives way to the counter, two rows show', async () => {
    const el = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker
        view-type="inline"
        lang="ko"
        style="height: 360px; width: 360px"
      ></kakao-friend-picker>`,
    );
    const friends = manyFriends(100);
    el.dataSource = new ArrayFriendSource(friends);
    el.selectedUuids = friends.slice(0, 12).map((friend) => friend.uuid);
    await waitFor(() => options(el).length > 0);
    await settle(el);
    const list = part(el, 'list')!.getBoundingClientRect();
    expect(list.height - 32).to.be.at.least(2 * ROW);
    expect(part(el, 'counter')!.textContent).to.contain('12/30');
    const all = boxes(el);
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        expect(intersects(all[i]!.rect, all[j]!.rect), `${all[i]!.name}/${all[j]!.name}`).to.equal(
          false,
        );
      }
    }
    await expect(el).to.be.accessible();
  });

  for (const lang of ['ko', 'en', 'ja']) {
    it(`does not clip the search placeholder at 320 px (${lang})`, async () => {
      await setViewport({ width: 320, height: 568 });
      const el = await mountOpen('full', lang);
      const input = part(el, 'search-input') as HTMLInputElement;
      const style = getComputedStyle(input);
      const probe = document.createElement('span');
      probe.style.font = style.font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = input.placeholder;
      document.body.append(probe);
      const textWidth = probe.getBoundingClientRect().width;
      probe.remove();
      const room =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      expect(textWidth, input.placeholder).to.be.at.most(room);
      await el.hide();
    });
  }
});
