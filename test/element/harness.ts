import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import type {
  Friend,
  FriendDataSource,
  FriendsPage,
  FriendsQuery,
  TalkProfile,
} from '../../src/types.js';

/** `waitUntil` with room for a loaded CI machine. */
export function waitFor(predicate: () => unknown, message?: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 5000 });
}

/** Twelve friends with Korean, Latin, Japanese and digit-led names; two favorites. */
export const sampleFriends: Friend[] = [
  { id: 1, uuid: 'u-kim', profile_nickname: '김철수', favorite: true },
  { id: 2, uuid: 'u-hong', profile_nickname: '홍길동' },
  { id: 3, uuid: 'u-lee', profile_nickname: '이영희' },
  { id: 4, uuid: 'u-park', profile_nickname: '박민수', favorite: true },
  { id: 5, uuid: 'u-choi', profile_nickname: '최지우' },
  { id: 6, uuid: 'u-kang', profile_nickname: '강하늘' },
  { id: 7, uuid: 'u-bob', profile_nickname: 'Bob' },
  { id: 8, uuid: 'u-alice', profile_nickname: 'alice' },
  { id: 9, uuid: 'u-jose', profile_nickname: 'José' },
  { id: 10, uuid: 'u-aoi', profile_nickname: 'あおい' },
  { id: 11, uuid: 'u-tanaka', profile_nickname: 'タナカ' },
  { id: 12, uuid: 'u-7', profile_nickname: '7번가' },
];

export const sampleProfile: TalkProfile = { nickName: '나', uuid: 'u-me', id: 99 };

/** Generated friends `친구 00001`… with a few favorites, for virtualization tests. */
export function manyFriends(count: number): Friend[] {
  const surnames = [
    '김',
    '이',
    '박',
    '최',
    '정',
    '강',
    '조',
    '윤',
    '장',
    '임',
    '한',
    '오',
    '서',
    '신',
    '권',
    '황',
  ];
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    uuid: `gen-${i}`,
    profile_nickname: `${surnames[i % surnames.length]}친구${String(i).padStart(5, '0')}`,
    favorite: i % 250 === 0,
  }));
}

/** A data source whose pages the test releases by hand, or fails on demand. */
export class ControlledSource implements FriendDataSource {
  readonly requests: FriendsQuery[] = [];
  readonly signals: AbortSignal[] = [];
  private readonly inner: ArrayFriendSource;
  private gate: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;
  failWith: Error | undefined;

  constructor(friends: Friend[], profile?: TalkProfile) {
    this.inner = new ArrayFriendSource(friends, profile === undefined ? {} : { profile });
  }

  /** Holds every request until `open()`. */
  hold(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }

  open(): void {
    this.release?.();
  }

  async getFriends(query: FriendsQuery, options: { signal: AbortSignal }): Promise<FriendsPage> {
    this.requests.push(query);
    this.signals.push(options.signal);
    await Promise.race([
      this.gate,
      new Promise((_, reject) =>
        options.signal.addEventListener('abort', () => reject(options.signal.reason), {
          once: true,
        }),
      ),
    ]);
    if (this.failWith !== undefined) throw this.failWith;
    return this.inner.getFriends(query, options);
  }

  getProfile(options: { signal: AbortSignal }): Promise<TalkProfile | null> {
    return this.inner.getProfile(options);
  }
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
  return options(el).map((row) => row.querySelector('[part~="nickname"]')!.textContent!.trim());
}

/** Section header rows rendered in the list (not the sticky copy). */
export function sectionHeaders(el: KakaoFriendPicker): string[] {
  const list = part(el, 'list');
  if (list === null) return [];
  return [...list.querySelectorAll<HTMLElement>('[part~="section-header"]')]
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map((h) => h.textContent!.trim());
}

export function option(el: KakaoFriendPicker, name: string): HTMLElement {
  const row = options(el).find(
    (candidate) => candidate.querySelector('[part~="nickname"]')!.textContent!.trim() === name,
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
    item.querySelector('.picked-name')!.textContent!.trim(),
  );
}

export async function confirm(el: KakaoFriendPicker): Promise<void> {
  part(el, 'confirm-button')!.click();
  await settle(el);
}

export function liveText(el: KakaoFriendPicker): string {
  return el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

/** Mounts a picker and waits until its rows (or a final state) are rendered. */
export async function mount(
  template: TemplateResult,
  source?: FriendDataSource,
): Promise<KakaoFriendPicker> {
  const el = await fixture<KakaoFriendPicker>(template);
  if (source !== undefined) el.dataSource = source;
  await waitFor(
    () =>
      options(el).length > 0 ||
      part(el, 'empty') !== null ||
      part(el, 'error') !== null ||
      source === undefined,
    'the picker did not render',
  );
  await settle(el);
  return el;
}

/** An inline picker (Korean) with the sample friends and profile; `configure` runs before loading. */
export async function mountInline(
  configure: (el: KakaoFriendPicker) => void = () => {},
  friends: Friend[] = sampleFriends,
): Promise<KakaoFriendPicker> {
  const el = await fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker
      view-type="inline"
      lang="ko"
      style="height: 640px; width: 420px"
    ></kakao-friend-picker>`,
  );
  configure(el);
  el.dataSource = new ArrayFriendSource(friends, { profile: sampleProfile });
  await waitFor(() => options(el).length > 0 || part(el, 'empty') !== null, 'no rows rendered');
  await settle(el);
  return el;
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
