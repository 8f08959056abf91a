import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import {
  deepActive,
  openAndSettle,
  options,
  part,
  sampleFriends,
  sampleProfile,
  settle,
  toggle,
  waitFor,
} from './harness.js';

async function mountDialog(viewType: 'full' | 'popup') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <button id="opener">Open</button>
      <kakao-friend-picker view-type=${viewType} lang="en"></kakao-friend-picker>
    </div>`,
  );
  const el = wrapper.querySelector('kakao-friend-picker')!;
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  el.dataSource = new ArrayFriendSource(sampleFriends, { profile: sampleProfile });
  opener.focus();
  await openAndSettle(el);
  return { el, opener };
}

for (const viewType of ['full', 'popup'] as const) {
  describe(`${viewType} view`, () => {
    it('opens a modal dialog with focus inside and returns focus to the opener', async () => {
      const { el, opener } = await mountDialog(viewType);
      const dialog = part(el, 'dialog') as HTMLDialogElement;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(deepActive()).to.equal(part(el, 'search-input'));
      await expect(el).to.be.accessible();
      await el.hide();
      expect(dialog.open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });

    it('keeps Tab inside the dialog', async () => {
      const { el } = await mountDialog(viewType);
      for (let i = 0; i < 8; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        expect(el.shadowRoot!.contains(active) || active === document.body, `tab ${i}`).to.equal(
          true,
        );
      }
    });

    it('dismisses with the close button as kfp-cancel', async () => {
      const { el, opener } = await mountDialog(viewType);
      const cancelled = oneEvent(el, 'kfp-cancel');
      part(el, 'close-button')!.click();
      expect((await cancelled).detail).to.deep.equal({ reason: 'close-button' });
      await settle(el);
      expect(el.open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });

    it('dismisses with Escape (after clearing the search first)', async () => {
      const { el } = await mountDialog(viewType);
      let cancels = 0;
      el.addEventListener('kfp-cancel', () => cancels++);
      await sendKeys({ type: 'bob' });
      await settle(el);
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.open).to.equal(true);
      expect(cancels).to.equal(0);
      const cancelled = oneEvent(el, 'kfp-cancel');
      await sendKeys({ press: 'Escape' });
      expect((await cancelled).detail.reason).to.equal('escape');
      await settle(el);
      expect(el.open).to.equal(false);
      expect((part(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
    });

    it('closes after confirm, and hide() fires no kfp-cancel', async () => {
      const { el } = await mountDialog(viewType);
      let cancels = 0;
      el.addEventListener('kfp-cancel', () => cancels++);
      await toggle(el, 'Bob');
      const confirmed = oneEvent(el, 'kfp-confirm');
      part(el, 'confirm-button')!.click();
      expect((await confirmed).detail.uuids).to.deep.equal(['u-bob']);
      await settle(el);
      expect(el.open).to.equal(false);
      await el.show();
      await el.hide();
      expect(cancels).to.equal(0);
    });
  });
}

describe('programmatic open and close', () => {
  it('survives hide() then show() at once, with no kfp-cancel', async () => {
    const { el } = await mountDialog('popup');
    let cancels = 0;
    el.addEventListener('kfp-cancel', () => cancels++);
    void el.hide();
    await el.show();
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.open).to.equal(true);
    expect((part(el, 'dialog') as HTMLDialogElement).open).to.equal(true);
    expect(cancels).to.equal(0);
  });

  it('fires no kfp-cancel when switched to inline while open', async () => {
    const { el } = await mountDialog('popup');
    let cancels = 0;
    el.addEventListener('kfp-cancel', () => cancels++);
    el.viewType = 'inline';
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cancels).to.equal(0);
    expect(part(el, 'dialog')).to.equal(null);
  });
});

describe('popup view', () => {
  it('dismisses on a backdrop click', async () => {
    const { el } = await mountDialog('popup');
    const box = part(el, 'dialog')!.getBoundingClientRect();
    const cancelled = oneEvent(el, 'kfp-cancel');
    await sendMouse({ type: 'click', position: [Math.max(2, Math.floor(box.left) - 10), 5] });
    expect((await cancelled).detail.reason).to.equal('backdrop');
    await settle(el);
    expect(el.open).to.equal(false);
  });

  it('is a centred card no larger than the viewport', async () => {
    const { el } = await mountDialog('popup');
    const box = part(el, 'dialog')!.getBoundingClientRect();
    expect(box.width).to.be.at.most(Math.min(480, innerWidth));
    expect(box.height).to.be.at.most(Math.min(700, innerHeight));
    expect(Math.abs(box.left + box.width / 2 - innerWidth / 2)).to.be.below(2);
  });

  it('ignores clicks inside the card', async () => {
    const { el } = await mountDialog('popup');
    const heading = part(el, 'heading')!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.floor(heading.left + 5), Math.floor(heading.top + 5)],
    });
    await settle(el);
    expect(el.open).to.equal(true);
  });
});

describe('full view', () => {
  it('fills the viewport', async () => {
    const { el } = await mountDialog('full');
    const box = part(el, 'dialog')!.getBoundingClientRect();
    expect(Math.round(box.width)).to.equal(innerWidth);
    expect(Math.round(box.height)).to.equal(innerHeight);
  });
});

describe('inline view', () => {
  it('ignores open and has no close button', async () => {
    const el = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker
        view-type="inline"
        open
        style="height:400px"
      ></kakao-friend-picker>`,
    );
    el.dataSource = new ArrayFriendSource(sampleFriends);
    await waitFor(() => options(el).length > 0);
    expect(part(el, 'dialog')).to.equal(null);
    expect(part(el, 'close-button')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(400);
  });
});
