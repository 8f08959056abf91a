import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import {
  ControlledSource,
  liveText,
  mountInline,
  option,
  part,
  sampleFriends,
  settle,
  toggle,
  waitFor,
} from './harness.js';

function toast(el: KakaoFriendPicker): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('.toast');
}

function hint(el: KakaoFriendPicker): HTMLElement | null {
  return el.shadowRoot!.getElementById('hint');
}

function isVisible(node: HTMLElement): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
}

describe('limits you can see (issue 11)', () => {
  it('shows a toast, as well as the live message, on a pick past the maximum', async () => {
    const el = await mountInline((picker) => (picker.maxPickableCount = 2));
    await toggle(el, '홍길동');
    await toggle(el, 'Bob');
    expect(toast(el)).to.equal(null);
    await toggle(el, 'alice');
    expect(el.selectedUuids).to.deep.equal(['u-hong', 'u-bob']);
    const shown = toast(el);
    expect(shown, 'no toast').to.not.equal(null);
    expect(isVisible(shown!)).to.equal(true);
    expect(shown!.textContent.trim()).to.equal('친구는 한 번에 2명까지 선택할 수 있습니다.');
    expect(liveText(el)).to.contain('2명까지');
    // Inside the picker, over the list, not over OK.
    const box = shown!.getBoundingClientRect();
    const ok = part(el, 'confirm-button')!.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(ok.top);
    await expect(el).to.be.accessible();
    await waitFor(() => toast(el) === null, 'the toast did not go away');
  });

  it('dims the check circles of rows that cannot be picked', async () => {
    const el = await mountInline((picker) => (picker.maxPickableCount = 1));
    const check = () => option(el, 'Bob').querySelector<HTMLElement>('.check')!;
    const before = Number(getComputedStyle(check()).opacity);
    await toggle(el, '홍길동');
    expect(option(el, 'Bob').getAttribute('aria-disabled')).to.equal('true');
    expect(Number(getComputedStyle(check()).opacity)).to.be.below(before);
  });

  it('hides the minimum hint until the user tries OK too early', async () => {
    const el = await mountInline((picker) => (picker.minPickableCount = 2));
    expect(hint(el)).to.equal(null);
    const ok = part(el, 'confirm-button') as HTMLButtonElement;
    expect(ok.getAttribute('aria-disabled')).to.equal('true');
    ok.click();
    await settle(el);
    expect(hint(el)!.textContent).to.contain('최소 2명의 친구를 선택해주세요.');
    expect(ok.getAttribute('aria-describedby')).to.equal('hint');
    expect(liveText(el)).to.contain('최소 2명');
    await expect(el).to.be.accessible();
    await toggle(el, '홍길동');
    await toggle(el, 'Bob');
    expect(hint(el)).to.equal(null);
    expect(ok.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('shows the hint on the way to the minimum', async () => {
    const el = await mountInline((picker) => (picker.minPickableCount = 3));
    expect(hint(el)).to.equal(null);
    await toggle(el, '홍길동');
    expect(hint(el)).to.not.equal(null);
  });

  it('says why when Enter is pressed with nobody picked', async () => {
    const el = await mountInline();
    let confirmed = false;
    el.addEventListener('kfp-confirm', () => (confirmed = true));
    part(el, 'list')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(confirmed).to.equal(false);
    expect(hint(el)!.textContent).to.equal('최소 1명의 친구를 선택해주세요.');
    expect(liveText(el)).to.equal('최소 1명의 친구를 선택해주세요.');
  });

  for (const state of ['loading', 'error', 'empty'] as const) {
    it(`shows no hint in the ${state} state, even after OK`, async () => {
      const source = new ControlledSource(state === 'empty' ? [] : sampleFriends);
      if (state === 'error') source.failWith = new Error('offline');
      if (state === 'loading') source.hold();
      const el = await fixture<KakaoFriendPicker>(
        html`<kakao-friend-picker
          view-type="inline"
          lang="en"
          min-pickable-count="2"
        ></kakao-friend-picker>`,
      );
      el.dataSource = source;
      await waitFor(() =>
        state === 'loading'
          ? el.shadowRoot!.querySelector('.skeleton') !== null
          : part(el, state) !== null,
      );
      part(el, 'confirm-button')!.click();
      await settle(el);
      expect(hint(el)).to.equal(null);
      source.open();
    });
  }
});
