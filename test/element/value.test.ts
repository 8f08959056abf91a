import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import {
  mountInline,
  optionNames,
  options,
  part,
  parts,
  settle,
  toggle,
  waitFor,
} from './harness.js';

interface Seen {
  type: string;
  custom: boolean;
  bubbles: boolean;
  composed: boolean;
  value: string[];
}

/** Records the picker's `input`/`change`/`kfp-change` events as a page outside it sees them. */
function watch(el: KakaoFriendPicker): Seen[] {
  const seen: Seen[] = [];
  for (const type of ['input', 'change', 'kfp-change']) {
    document.addEventListener(
      type,
      (event) => {
        if (event.target !== el) return;
        seen.push({
          type,
          custom: event instanceof CustomEvent,
          bubbles: event.bubbles,
          composed: event.composed,
          value: [...(event.target as KakaoFriendPicker).value],
        });
      },
      { signal: teardown.signal },
    );
  }
  return seen;
}

let teardown = new AbortController();
afterEach(() => {
  teardown.abort();
  teardown = new AbortController();
});

describe('value, input and change (form-control binding)', () => {
  it('value is selectedUuids under a form control’s name, both ways, without events', async () => {
    const el = await mountInline();
    const seen = watch(el);
    el.value = ['u-bob', 'u-hong'];
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['u-bob', 'u-hong']);
    expect(parts(el, 'picked-item')).to.have.length(2);
    el.selectedUuids = ['u-kim'];
    await settle(el);
    expect(el.value).to.deep.equal(['u-kim']);
    // The same rules as selectedUuids: unknown shapes and duplicates are normalized.
    el.value = ['u-kim', 'u-kim', 7 as unknown as string];
    await settle(el);
    expect(el.value).to.deep.equal(['u-kim']);
    el.clearSelection();
    await settle(el);
    expect(el.value).to.deep.equal([]);
    expect(seen).to.deep.equal([]);
  });

  it('fires kfp-change, input and change (plain, bubbling, composed) on every pick and unpick', async () => {
    const el = await mountInline();
    const seen = watch(el);
    await toggle(el, '홍길동');
    await toggle(el, 'Bob');
    const fired = (value: string[]) =>
      ['kfp-change', 'input', 'change'].map((type) => ({
        type,
        custom: type === 'kfp-change',
        bubbles: true,
        composed: true,
        value,
      }));
    expect(seen).to.deep.equal([...fired(['u-hong']), ...fired(['u-hong', 'u-bob'])]);
    seen.length = 0;
    // Unpicking from the picked strip and with the keyboard count as user changes too.
    parts(el, 'picked-item')[0]!.querySelector('button')!.click();
    await settle(el);
    expect(seen).to.deep.equal(fired(['u-bob']));
    seen.length = 0;
    part(el, 'list')!.focus();
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(seen.map((event) => event.type)).to.deep.equal(['kfp-change', 'input', 'change']);
    expect(seen[0]!.value).to.deep.equal(el.value);
    expect(el.value).to.not.deep.equal(['u-bob']);
  });

  it('fires nothing for a pick the rules refuse', async () => {
    const el = await mountInline((picker) => (picker.maxPickableCount = 1));
    await toggle(el, '홍길동');
    const seen = watch(el);
    await toggle(el, 'Bob');
    expect(el.value).to.deep.equal(['u-hong']);
    expect(seen).to.deep.equal([]);
  });

  it('keeps the search box’s own input and change events inside the shadow root', async () => {
    const el = await mountInline();
    const outside: string[] = [];
    for (const type of ['input', 'change']) {
      el.addEventListener(type, () => outside.push(`host ${type}`));
      document.addEventListener(type, () => outside.push(`document ${type}`), {
        signal: teardown.signal,
      });
    }
    const input = part(el, 'search-input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'bob' });
    await waitFor(() => optionNames(el).join() === 'Bob', 'the search did not run');
    // Leaving the box after typing fires the search box's own `change`.
    let changedInside = false;
    input.addEventListener('change', () => (changedInside = true));
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(changedInside).to.equal(true);
    expect(outside).to.deep.equal([]);
    // Picking a search result is a change of the picker's value.
    options(el)[0]!.click();
    await settle(el);
    expect(outside).to.deep.equal([
      'host input',
      'document input',
      'host change',
      'document change',
    ]);
  });

  it('keeps a value set before the element upgraded', async () => {
    // Frameworks may render and set `value` before the import that defines the element has run.
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const early = document.createElement('kfp-value-upgrade-test') as KakaoFriendPicker;
    holder.append(early);
    early.value = ['u-kim'];
    customElements.define('kfp-value-upgrade-test', class extends KakaoFriendPicker {});
    await early.updateComplete;
    expect(early.selectedUuids).to.deep.equal(['u-kim']);
    expect(early.value).to.deep.equal(['u-kim']);
  });
});
