// DOM helpers for the browser tests: reading a picker's shadow DOM, waiting for it to settle,
// typing, clicking and dragging. Registers no element (test/element/harness.ts does).
import { nextFrame, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';

/** `waitUntil` with room for a loaded CI machine. */
export function waitFor(predicate: () => unknown, message?: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 5000 });
}

export function part(el: KakaoFriendPicker, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function parts(el: KakaoFriendPicker, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/**
 * Waits for Lit and two frames: the list renders the rows beyond the viewport once its first
 * rows are painted (a frame, then a task).
 */
export async function settle(el: KakaoFriendPicker): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve));
  await nextFrame();
  await el.updateComplete;
}

/** Rendered option rows, top to bottom. */
export function options(el: KakaoFriendPicker): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].sort(
    (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
  );
}

export function optionNames(el: KakaoFriendPicker): string[] {
  return options(el).map((row) => row.querySelector('[part~="nickname"]')!.textContent.trim());
}

/** Section header rows rendered in the list (not the sticky copy). */
export function sectionHeaders(el: KakaoFriendPicker): string[] {
  const list = part(el, 'list');
  if (list === null) return [];
  return [...list.querySelectorAll<HTMLElement>('[part~="section-header"]')]
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((h) => h.textContent.trim());
}

export function option(el: KakaoFriendPicker, name: string): HTMLElement {
  const row = options(el).find(
    (candidate) => candidate.querySelector('[part~="nickname"]')!.textContent.trim() === name,
  );
  if (row === undefined) throw new Error(`No rendered option named ${name}`);
  return row;
}

export async function toggle(el: KakaoFriendPicker, name: string): Promise<void> {
  option(el, name).click();
  await settle(el);
}

export async function search(el: KakaoFriendPicker, text: string): Promise<void> {
  const input = part(el, 'search-input') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  await settle(el);
}

export function pickedNames(el: KakaoFriendPicker): string[] {
  return parts(el, 'picked-item').map((item) =>
    item.querySelector('.picked-name')!.textContent.trim(),
  );
}

export async function confirm(el: KakaoFriendPicker): Promise<void> {
  part(el, 'confirm-button')!.click();
  await settle(el);
}

export function liveText(el: KakaoFriendPicker): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
}

/** Presses the mouse on index key `from` and moves it, still down, to key `to` (a drag). */
export async function dragAlongIndex(from: HTMLElement, to: HTMLElement): Promise<void> {
  const start = from.getBoundingClientRect();
  const end = to.getBoundingClientRect();
  const x = Math.round(start.left + start.width / 2);
  await sendMouse({ type: 'move', position: [x, Math.round(start.top + start.height / 2)] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [x, Math.round(end.top + end.height / 2)] });
}

/**
 * Opens a full/popup picker and waits for its rows and for the end of its opening animation (axe
 * measures contrast on what is painted; geometry on where things end up).
 */
export async function openAndSettle(el: KakaoFriendPicker): Promise<void> {
  await el.show();
  await waitFor(() => options(el).length > 0);
  await settle(el);
  await Promise.all(
    part(el, 'dialog')!
      .getAnimations({ subtree: true })
      .map((animation) => animation.finished),
  );
}

/** The deepest focused element, through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
