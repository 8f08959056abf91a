// Issue 9, "Also": 1,000 create/show/pick/confirm/remove cycles and 200 `selectFriends()` calls
// leave the heap, after garbage collection, within 1 MB of where it started. Needs `window.gc`
// and unrounded `performance.memory`: Chromium flags in test/runner/find-chrome.mjs.
import { expect } from '@open-wc/testing';
import { selectFriends } from '../../src/index.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import type { PickerError } from '../../src/errors.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { sampleFriends, sampleProfile } from '../element/harness.js';

const MB = 1024 * 1024;

interface Gc {
  gc?: () => void;
}
interface MemoryInfo {
  memory?: { usedJSHeapSize: number };
}

const task = () => new Promise((resolve) => setTimeout(resolve));
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits (a task at a time, no fixed sleep) until `find` finds something. */
async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 2000; i += 1) {
    const found = find();
    if (found !== null && found !== undefined) return found;
    await task();
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** The heap after everything collectable is collected (timers of removed pickers included). */
async function settledHeap(): Promise<number> {
  const { gc } = window as Gc;
  // Work a removed picker left queued (a frame, a slice, a typeahead timer) runs out first.
  await new Promise((resolve) => setTimeout(resolve, 800));
  await frame();
  for (let i = 0; i < 4; i += 1) {
    gc!();
    await task();
  }
  return (performance as MemoryInfo).memory!.usedJSHeapSize;
}

function optionOf(el: KakaoFriendPicker, index: number): HTMLElement | null {
  return el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')[index] ?? null;
}

function partOf(el: KakaoFriendPicker, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

async function pickerCycle(): Promise<void> {
  const el = document.createElement('kakao-friend-picker');
  el.viewType = 'popup';
  el.dataSource = new ArrayFriendSource(sampleFriends, { profile: sampleProfile });
  document.body.append(el);
  await el.show();
  (await until(() => optionOf(el, 2), 'rows')).click();
  await el.updateComplete;
  const confirmed = new Promise((resolve) => el.addEventListener('kfp-confirm', resolve));
  partOf(el, 'confirm-button')!.click();
  await confirmed;
  el.remove();
}

async function selectCall(confirm: boolean): Promise<void> {
  const call = selectFriends({
    dataSource: new ArrayFriendSource(sampleFriends),
    maxPickableCount: 5,
  });
  const el = await until(
    () => document.querySelector<KakaoFriendPicker>('kakao-friend-picker[open]'),
    'a picker',
  );
  (await until(() => optionOf(el, 1), 'rows')).click();
  await el.updateComplete;
  if (confirm) {
    partOf(el, 'confirm-button')!.click();
    expect((await call).selectedTotalCount).to.equal(1);
  } else {
    partOf(el, 'close-button')!.click();
    const error = await call.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect((error as PickerError).code).to.equal('cancelled');
  }
  await until(
    () => (document.querySelector('kakao-friend-picker') === null ? true : null),
    'removal',
  );
}

describe('no leaks (issue 9)', () => {
  before(function () {
    // Chromium started by the test runner has both (find-chrome.mjs); another browser may not.
    if (typeof (window as Gc).gc !== 'function' || !(performance as MemoryInfo).memory) this.skip();
  });

  it('1,000 create/show/pick/confirm/remove cycles keep the heap within 1 MB', async function () {
    this.timeout(300000);
    // Warm up: templates, styles, strings and code are made once per page, not per picker.
    for (let i = 0; i < 30; i += 1) await pickerCycle();
    const start = await settledHeap();
    for (let i = 0; i < 1000; i += 1) await pickerCycle();
    const end = await settledHeap();
    expect(document.querySelectorAll('kakao-friend-picker')).to.have.length(0);
    const grown = end - start;
    expect(grown, `heap grew ${(grown / MB).toFixed(2)} MB`).to.be.below(MB);
  });

  it('200 selectFriends() calls keep the heap within 1 MB', async function () {
    this.timeout(300000);
    for (let i = 0; i < 10; i += 1) await selectCall(i % 2 === 0);
    const start = await settledHeap();
    for (let i = 0; i < 200; i += 1) await selectCall(i % 2 === 0);
    const end = await settledHeap();
    const grown = end - start;
    expect(grown, `heap grew ${(grown / MB).toFixed(2)} MB`).to.be.below(MB);
  });
});
