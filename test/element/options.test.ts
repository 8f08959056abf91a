import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type { KfpErrorDetail } from '../../src/types.js';
import { mountInline, part, settle } from './harness.js';

describe('options', () => {
  it('falls back on an invalid max attribute with kfp-error invalid-options', async () => {
    const el = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker view-type="inline"></kakao-friend-picker>`,
    );
    const failed = oneEvent(el, 'kfp-error');
    el.setAttribute('max-pickable-count', '0');
    const detail: KfpErrorDetail = (await failed).detail;
    expect(detail.code).to.equal('invalid-options');
    expect(detail.message).to.contain('maxPickableCount');
    expect(detail.retryable).to.equal(false);
    await settle(el);
    expect(part(el, 'counter')!.textContent).to.contain('0/30');
  });

  it('falls back when min exceeds max, without throwing', async () => {
    const el = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker view-type="inline"></kakao-friend-picker>`,
    );
    const errors: KfpErrorDetail[] = [];
    el.addEventListener('kfp-error', (e) => errors.push(e.detail));
    el.setAttribute('min-pickable-count', '5');
    el.setAttribute('max-pickable-count', '2');
    await settle(el);
    expect(errors.at(-1)!.message).to.contain('minPickableCount');
    expect(part(el, 'counter')!.textContent).to.contain('0/30');
  });

  it('reports an unknown view type and uses full', async () => {
    const el = await fixture<KakaoFriendPicker>(html`<kakao-friend-picker></kakao-friend-picker>`);
    const failed = oneEvent(el, 'kfp-error');
    el.setAttribute('view-type', 'sheet');
    expect((await failed).detail.message).to.contain('viewType');
    await el.show();
    expect((part(el, 'dialog') as HTMLDialogElement).classList.contains('full')).to.equal(true);
    await el.hide();
  });

  it('reads valid count attributes', async () => {
    const el = await mountInline((picker) => {
      picker.setAttribute('max-pickable-count', '3');
      picker.setAttribute('min-pickable-count', '2');
    });
    expect(part(el, 'counter')!.textContent).to.contain('0/3');
    part(el, 'confirm-button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.contain('2');
  });

  it('goes back to the default, silently, when a count attribute is removed', async () => {
    const el = await mountInline((picker) => picker.setAttribute('max-pickable-count', '3'));
    const errors: string[] = [];
    el.addEventListener('kfp-error', (e) => errors.push(e.detail.message));
    el.removeAttribute('max-pickable-count');
    await settle(el);
    expect(el.maxPickableCount).to.equal(30);
    expect(part(el, 'counter')!.textContent).to.contain('0/30');
    expect(errors).to.deep.equal([]);
  });

  it('accepts "false" for the true-by-default booleans', async () => {
    const el = await mountInline((picker) => {
      picker.setAttribute('show-my-profile', 'false');
      picker.setAttribute('show-favorite', 'false');
    });
    expect(el.showMyProfile).to.equal(false);
    expect(el.showFavorite).to.equal(false);
    expect(part(el, 'my-profile')).to.equal(null);
    el.removeAttribute('show-favorite');
    await settle(el);
    expect(el.showFavorite).to.equal(true);
  });
});
