import { expect, fixture, html } from '@open-wc/testing';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import {
  ControlledSource,
  manyFriends,
  mountInline,
  option,
  options,
  part,
  sampleFriends,
  sampleProfile,
  settle,
  toggle,
  waitFor,
} from './harness.js';

async function mountLandscape(lang = 'ko'): Promise<KakaoFriendPicker> {
  const el = await fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker
      view-type="inline"
      orientation="landscape"
      lang=${lang}
      style="height: 480px; width: 760px"
    ></kakao-friend-picker>`,
  );
  el.dataSource = new ArrayFriendSource(sampleFriends, { profile: sampleProfile });
  await waitFor(() => options(el).length > 0);
  await settle(el);
  return el;
}

describe('the side panel (issue 11)', () => {
  it('has a heading with the count and a line while nobody is picked', async () => {
    const el = await mountLandscape();
    const side = el.shadowRoot!.querySelector<HTMLElement>('.side')!;
    expect(side, 'no side panel').to.not.equal(null);
    expect(side.querySelector('.side-heading')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      '선택한 친구 0',
    );
    expect(side.querySelector('.side-empty')!.textContent).to.equal(
      '선택한 친구가 여기에 표시됩니다.',
    );
    await expect(el).to.be.accessible();
    await toggle(el, '홍길동');
    expect(side.querySelector('.side-empty')).to.equal(null);
    expect(side.querySelector('.side-heading')!.textContent).to.contain('1');
    await expect(el).to.be.accessible();
  });

  it('is divided from the list down to the bottom, with names the size of the list', async () => {
    const el = await mountLandscape();
    await toggle(el, '홍길동');
    const side = el.shadowRoot!.querySelector<HTMLElement>('.side')!;
    const footer = el.shadowRoot!.querySelector<HTMLElement>('.footer')!;
    const base = part(el, 'base')!.getBoundingClientRect();
    expect(getComputedStyle(side).borderInlineStartWidth).to.equal('1px');
    expect(getComputedStyle(footer).borderInlineStartWidth).to.equal('1px');
    // One line: the side panel meets the footer, which reaches the bottom.
    expect(
      Math.abs(side.getBoundingClientRect().bottom - footer.getBoundingClientRect().top),
    ).to.be.below(1);
    expect(Math.abs(footer.getBoundingClientRect().bottom - base.bottom)).to.be.below(2);
    expect(side.getBoundingClientRect().top).to.be.at.most(
      part(el, 'search-input')!.getBoundingClientRect().top,
    );
    const pickedName = side.querySelector<HTMLElement>('.picked-name')!;
    const listName = option(el, 'Bob').querySelector<HTMLElement>('[part~="nickname"]')!;
    expect(getComputedStyle(pickedName).fontSize).to.equal(getComputedStyle(listName).fontSize);
  });

  it('puts the counter at the same inset as the heading', async () => {
    const el = await mountInline();
    const base = part(el, 'base')!.getBoundingClientRect();
    const heading = part(el, 'heading')!.getBoundingClientRect();
    const counter = part(el, 'counter')!.getBoundingClientRect();
    expect(Math.round(base.right - counter.right)).to.equal(Math.round(heading.left - base.left));
  });
});

describe('details (issue 11)', () => {
  it('gives options aria-setsize/aria-posinset for the whole list of 10,000', async () => {
    const el = await mountInline((picker) => {
      picker.showFavorite = false;
      picker.showMyProfile = false;
    }, manyFriends(10000));
    await waitFor(() => options(el)[0]?.getAttribute('aria-setsize') === '10000');
    const rows = options(el);
    expect(rows.length).to.be.below(100);
    for (const row of rows) {
      expect(row.getAttribute('aria-setsize')).to.equal('10000');
      expect(Number(row.getAttribute('aria-posinset'))).to.equal(Number(row.dataset.index));
    }
    part(el, 'list')!.scrollTop = 60 * 9990;
    await waitFor(() => options(el).some((row) => row.getAttribute('aria-posinset') === '10000'));
  });

  it('shows the dialog edge, avatar circles and OK in forced colors', async () => {
    // Chromium's headless forced-colors emulation is not reachable from here: read the rules that
    // apply under (forced-colors: active) and match them against the rendered nodes.
    const el = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker view-type="popup" lang="en"></kakao-friend-picker>`,
    );
    el.dataSource = new ArrayFriendSource(sampleFriends, { profile: sampleProfile });
    await el.show();
    await waitFor(() => options(el).length > 0);
    await settle(el);
    const forced: CSSStyleRule[] = [];
    for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active')) {
          forced.push(
            ...[...rule.cssRules].filter((r): r is CSSStyleRule => r instanceof CSSStyleRule),
          );
        }
      }
    }
    for (const node of [
      part(el, 'dialog')!,
      part(el, 'confirm-button')!,
      options(el)[1]!.querySelector<HTMLElement>('.avatar')!,
    ]) {
      const edge = forced.find(
        (rule) => node.matches(rule.selectorText) && rule.style.borderTopStyle === 'solid',
      );
      expect(edge, `no forced-colors edge for ${node.className || node.tagName}`).to.not.equal(
        undefined,
      );
    }
    await el.hide();
  });

  it('lays names out by their own direction (dir=auto), so RTL names truncate at their end', async () => {
    const el = await mountInline(undefined, [
      ...sampleFriends,
      { uuid: 'u-ar', profile_nickname: 'محمد عبد الرحمن الطويل جدا جدا جدا جدا' },
    ]);
    for (const name of el.shadowRoot!.querySelectorAll('[part~="nickname"]')) {
      expect(name.getAttribute('dir')).to.equal('auto');
    }
    await toggle(el, '홍길동');
    expect(el.shadowRoot!.querySelector('.picked-name')!.getAttribute('dir')).to.equal('auto');
  });

  it('draws the loading skeleton with the geometry of real rows, filling the list', async () => {
    const source = new ControlledSource(sampleFriends);
    source.hold();
    const el = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker
        view-type="inline"
        lang="ko"
        style="height: 900px; width: 420px"
      ></kakao-friend-picker>`,
    );
    el.dataSource = source;
    await waitFor(() => el.shadowRoot!.querySelector('.skeleton') !== null);
    await settle(el);
    const skeleton = el.shadowRoot!.querySelector<HTMLElement>('.skeleton')!;
    const bones = [...skeleton.querySelectorAll<HTMLElement>('.bone-row')];
    const area = el.shadowRoot!.querySelector<HTMLElement>('.list-area')!.getBoundingClientRect();
    expect(bones[bones.length - 1]!.getBoundingClientRect().bottom).to.be.at.least(area.bottom);
    const bone = bones[0]!;
    expect(bone.querySelector('.check')).to.not.equal(null);
    const bonePieces = [...bone.children].map((child) => child.getBoundingClientRect());
    const boneHeight = bone.getBoundingClientRect().height;
    await expect(el).to.be.accessible();
    source.open();
    await waitFor(() => options(el).length > 0);
    await settle(el);
    const row = options(el)[1]!;
    expect(boneHeight).to.equal(row.getBoundingClientRect().height);
    const check = row.querySelector('.check')!.getBoundingClientRect();
    const avatar = row.querySelector('.avatar')!.getBoundingClientRect();
    expect(bonePieces[0]!.left).to.equal(check.left);
    expect(bonePieces[0]!.width).to.equal(check.width);
    expect(bonePieces[1]!.left).to.equal(avatar.left);
    expect(bonePieces[1]!.width).to.equal(avatar.width);
  });

  it('does not say 나 twice on the my-profile row', async () => {
    const el = await mountInline();
    const profile = part(el, 'my-profile')!;
    // What a screen reader says: the avatar's initial is hidden from it.
    const spoken = [...profile.querySelectorAll('[part~="nickname"], .me')]
      .map((node) => node.textContent.trim())
      .join(' ');
    expect(spoken).to.equal('나');
    // The demo's profile, "나 (Me)", said 나 a second time in the tag.
    el.dataSource = new ArrayFriendSource(sampleFriends, {
      profile: { ...sampleProfile, nickName: '나 (Me)' },
    });
    await waitFor(() => part(el, 'my-profile')?.textContent?.includes('(Me)') === true);
    expect(part(el, 'my-profile')!.querySelector('.me')).to.equal(null);
  });

  it("marks single mode's choice with the accent colour", async () => {
    const el = await mountInline((picker) => (picker.selectionMode = 'single'));
    await toggle(el, 'Bob');
    const check = getComputedStyle(option(el, 'Bob').querySelector('.check')!);
    expect(`${check.backgroundColor} ${check.boxShadow}`).to.contain('rgb(254, 229, 0)');
    await expect(el).to.be.accessible();
  });

  it('uses KakaoTalk Japanese words: 友だち', async () => {
    const el = await mountInline((picker) => (picker.lang = 'ja'));
    expect(part(el, 'heading')!.textContent.trim()).to.equal('友だちを選択');
    expect(el.shadowRoot!.textContent).to.not.contain('カカとも');
  });
});
