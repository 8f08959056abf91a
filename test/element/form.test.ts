import { expect, fixture, html } from '@open-wc/testing';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import { messagesFor } from '../../src/localization/messages.js';
import {
  confirm,
  option,
  options,
  part,
  parts,
  sampleFriends,
  settle,
  toggle,
  waitFor,
} from './harness.js';

async function mountForm(
  pickerAttributes: { min?: number; lang?: string; required?: boolean } = {},
  configure: (el: KakaoFriendPicker) => void = () => {},
) {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <fieldset>
        <kakao-friend-picker
          name="to"
          view-type="inline"
          lang=${pickerAttributes.lang ?? 'en'}
          ?required=${pickerAttributes.required ?? true}
          min-pickable-count=${pickerAttributes.min ?? 1}
          style="height: 560px"
        ></kakao-friend-picker>
      </fieldset>
      <button>Send</button>
    </form>`,
  );
  const el = form.querySelector('kakao-friend-picker')!;
  configure(el);
  el.dataSource = new ArrayFriendSource(sampleFriends);
  await waitFor(() => options(el).length > 0, 'no rows rendered');
  await settle(el);
  return { form, el, fieldset: form.querySelector('fieldset')! };
}

function hasState(el: Element, state: string): boolean {
  return el.matches(`:state(${state})`);
}

describe('form participation', () => {
  it('is form-associated with the form it sits in', async () => {
    const { form, el } = await mountForm();
    expect((el.constructor as typeof KakaoFriendPicker).formAssociated).to.equal(true);
    expect(el.form).to.equal(form);
    expect(el.willValidate).to.equal(true);
  });

  it('puts one entry per picked uuid, in pick order, into FormData', async () => {
    const { form, el } = await mountForm();
    expect(new FormData(form).getAll('to')).to.deep.equal([]);
    await toggle(el, '홍길동');
    await toggle(el, '김철수');
    expect(new FormData(form).getAll('to')).to.deep.equal(['u-hong', 'u-kim']);
    await toggle(el, '홍길동');
    expect(new FormData(form).getAll('to')).to.deep.equal(['u-kim']);
    el.name = 'receiver_uuids';
    await settle(el);
    expect(new FormData(form).getAll('to')).to.deep.equal([]);
    expect(new FormData(form).getAll('receiver_uuids')).to.deep.equal(['u-kim']);
  });

  it('adds nothing to the form without a name', async () => {
    const { form, el } = await mountForm();
    el.removeAttribute('name');
    await toggle(el, '홍길동');
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('is invalid while required and nothing is picked', async () => {
    const { form, el } = await mountForm();
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity!.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Please select at least one friend.');
    expect(el.matches(':invalid')).to.equal(true);
    expect(hasState(el, 'invalid')).to.equal(true);
    await toggle(el, '홍길동');
    expect(form.checkValidity()).to.equal(true);
    expect(el.validity!.valid).to.equal(true);
    expect(el.validationMessage).to.equal('');
    expect(el.matches(':valid')).to.equal(true);
    expect(hasState(el, 'invalid')).to.equal(false);
  });

  it('is valid with nothing picked when not required, like an empty <input>', async () => {
    const { form } = await mountForm({ required: false, min: 2 });
    expect(form.checkValidity()).to.equal(true);
  });

  it('reports fewer picks than min-pickable-count as rangeUnderflow', async () => {
    const { form, el } = await mountForm({ min: 2 });
    await toggle(el, '홍길동');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity!.rangeUnderflow).to.equal(true);
    expect(el.validationMessage).to.equal('Please select at least 2 friends.');
    await toggle(el, '김철수');
    expect(form.checkValidity()).to.equal(true);
  });

  it('localizes the validation message in the picker language', async () => {
    const { el } = await mountForm({ lang: 'ko' });
    expect(el.validationMessage).to.equal(messagesFor('ko').validity('value-missing', 1));
    el.lang = 'ja';
    await settle(el);
    expect(el.validationMessage).to.equal(messagesFor('ja').validity('value-missing', 1));
  });

  it('anchors the validation message to the list, which reportValidity() focuses', async () => {
    const { el } = await mountForm();
    expect(el.reportValidity()).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'list'));
  });

  it('marks user-invalid only after the user changed the picks or a submit was tried', async () => {
    const { form, el } = await mountForm({ min: 2 });
    expect(hasState(el, 'invalid')).to.equal(true);
    expect(hasState(el, 'user-invalid')).to.equal(false);
    form.requestSubmit();
    await settle(el);
    expect(hasState(el, 'user-invalid')).to.equal(true);
    form.reset();
    await settle(el);
    expect(hasState(el, 'user-invalid')).to.equal(false);
    await toggle(el, '홍길동');
    expect(hasState(el, 'user-invalid')).to.equal(true);
  });

  it('blocks submission while invalid', async () => {
    const { form, el } = await mountForm();
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted += 1;
    });
    form.requestSubmit();
    expect(submitted).to.equal(0);
    await toggle(el, '홍길동');
    form.requestSubmit();
    expect(submitted).to.equal(1);
  });

  it('supports setCustomValidity()', async () => {
    const { form, el } = await mountForm({ required: false });
    el.setCustomValidity('Pick someone who has the app.');
    await settle(el);
    expect(el.validity!.customError).to.equal(true);
    expect(el.validationMessage).to.equal('Pick someone who has the app.');
    expect(form.checkValidity()).to.equal(false);
    el.setCustomValidity('');
    await settle(el);
    expect(form.checkValidity()).to.equal(true);
  });

  it('form.reset() clears the picks when none were picked initially', async () => {
    const { form, el } = await mountForm();
    await toggle(el, '홍길동');
    await toggle(el, '김철수');
    let changes = 0;
    el.addEventListener('kfp-change', () => changes++);
    form.reset();
    await settle(el);
    expect(el.selectedUuids).to.deep.equal([]);
    expect(option(el, '홍길동').getAttribute('aria-selected')).to.equal('false');
    expect(new FormData(form).getAll('to')).to.deep.equal([]);
    expect(changes, 'a reset fires no kfp-change, like a native reset').to.equal(0);
  });

  it('form.reset() restores the selection the app set before the user picked', async () => {
    const { form, el } = await mountForm({}, (picker) => {
      picker.selectedUuids = ['u-lee', 'u-park'];
    });
    expect(new FormData(form).getAll('to')).to.deep.equal(['u-lee', 'u-park']);
    await toggle(el, '이영희');
    await toggle(el, '홍길동');
    expect(el.selectedUuids).to.deep.equal(['u-park', 'u-hong']);
    // Once the user has picked, the app's later selections are not the initial state any more.
    el.selectedUuids = ['u-choi'];
    await settle(el);
    form.reset();
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['u-lee', 'u-park']);
    expect(new FormData(form).getAll('to')).to.deep.equal(['u-lee', 'u-park']);
  });

  it('restores the picks from the saved form state', async () => {
    const { form, el } = await mountForm();
    await toggle(el, '홍길동');
    el.formStateRestoreCallback(JSON.stringify(['u-kim', 'u-lee']));
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['u-kim', 'u-lee']);
    expect(new FormData(form).getAll('to')).to.deep.equal(['u-kim', 'u-lee']);
    el.formStateRestoreCallback('not json');
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['u-kim', 'u-lee']);
  });

  it('is disabled by a disabled fieldset: no picks, no confirm, aria-disabled, no form data', async () => {
    const { form, el, fieldset } = await mountForm();
    await toggle(el, '홍길동');
    fieldset.disabled = true;
    await settle(el);
    expect(el.matches(':disabled')).to.equal(true);
    expect(el.matches(':state(disabled)')).to.equal(true);
    expect(el.willValidate).to.equal(false);
    expect(part(el, 'list')!.getAttribute('aria-disabled')).to.equal('true');
    expect(options(el).every((row) => row.getAttribute('aria-disabled') === 'true')).to.equal(true);
    expect((part(el, 'confirm-button') as HTMLButtonElement).disabled).to.equal(true);
    expect(
      parts(el, 'picked-item').every((item) => item.querySelector('button')!.disabled),
    ).to.equal(true);
    let events = 0;
    el.addEventListener('kfp-change', () => events++);
    el.addEventListener('kfp-confirm', () => events++);
    await toggle(el, '김철수');
    await confirm(el);
    expect(el.selectedUuids).to.deep.equal(['u-hong']);
    expect(events).to.equal(0);
    expect(new FormData(form).getAll('to'), 'disabled controls are not submitted').to.deep.equal(
      [],
    );
    expect(form.checkValidity(), 'disabled controls are barred from validation').to.equal(true);
    await expect(el).to.be.accessible();

    fieldset.disabled = false;
    await settle(el);
    expect(el.matches(':disabled')).to.equal(false);
    expect(part(el, 'list')!.hasAttribute('aria-disabled')).to.equal(false);
    await toggle(el, '김철수');
    expect(el.selectedUuids).to.deep.equal(['u-hong', 'u-kim']);
  });

  it('is disabled by its own reflecting disabled property', async () => {
    const { el } = await mountForm();
    el.disabled = true;
    await settle(el);
    expect(el.hasAttribute('disabled')).to.equal(true);
    expect(el.matches(':disabled')).to.equal(true);
    await toggle(el, '김철수');
    expect(el.selectedUuids).to.deep.equal([]);
    el.removeAttribute('disabled');
    await settle(el);
    expect(el.disabled).to.equal(false);
    await toggle(el, '김철수');
    expect(el.selectedUuids).to.deep.equal(['u-kim']);
  });

  it('reflects name and required', async () => {
    const el = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker view-type="inline"></kakao-friend-picker>`,
    );
    el.name = 'to';
    el.required = true;
    await el.updateComplete;
    expect(el.getAttribute('name')).to.equal('to');
    expect(el.hasAttribute('required')).to.equal(true);
  });

  it('is accessible while invalid in a form', async () => {
    const { el } = await mountForm();
    await expect(el).to.be.accessible();
  });
});
