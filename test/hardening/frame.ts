// Pages of test/hardening/pages/ opened in an iframe: a fresh window (its own custom element
// registry, no test setup swallowing errors) served with a real Content-Security-Policy header by
// the test server (test/server-plugins.mjs, `hardeningPagesPlugin`).
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';

/** What the page's record.js saw. */
export interface PageRecord {
  violations: string[];
  errors: string[];
  rejections: string[];
  consoleErrors: string[];
}

type Module = Record<string, unknown>;

interface PageWindow extends Window {
  kfpRecord: PageRecord;
  kfpModules: Module[];
  kfpImportErrors: string[];
  kfpReady?: boolean;
}

export type PagePolicy = 'plain' | 'strict-csp' | 'strict-csp-two-copies';

export interface OpenedPage {
  frame: HTMLIFrameElement;
  window: PageWindow;
  document: Document;
  /** The modules `modules` named, in order (their namespaces). */
  modules: Module[];
  importErrors: string[];
  record: PageRecord;
  /** Resolves after the page's next frame was drawn. */
  nextFrame(): Promise<void>;
  close(): void;
}

export const BUNDLE = '/dist/kakao-friend-picker.bundle.js';
/** The same bundle under another URL: a second, independent copy (its chunks too). */
export const bundleCopy = (n: number, file = 'kakao-friend-picker.bundle.js') =>
  `/hardening/copy/${n}/dist/${file}`;

/** Polls `condition` every few ms (the page lives in another window: no events to await here). */
export async function until(
  condition: () => unknown,
  message: string,
  timeoutMs = 10000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function openPage(
  options: {
    policy?: PagePolicy;
    modules?: string[];
    define?: string[];
    width?: number;
    height?: number;
  } = {},
): Promise<OpenedPage> {
  const { policy = 'plain', modules = [], define = [], width = 800, height = 720 } = options;
  const query = new URLSearchParams({ modules: modules.join(','), define: define.join(',') });
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  frame.src = `/hardening/${policy}/picker.html?${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await until(
    () => win.kfpReady === true,
    `the page did not load its modules (${modules.join(',')})`,
  );
  return {
    frame,
    window: win,
    document: frame.contentDocument!,
    modules: win.kfpModules,
    importErrors: win.kfpImportErrors,
    record: win.kfpRecord,
    nextFrame: () =>
      new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve))),
    close: () => frame.remove(),
  };
}

/** A picker made in the page, in its document (so by the page's registry). */
export function createPicker(
  page: OpenedPage,
  attributes: Record<string, string> = {},
): KakaoFriendPicker {
  const el = page.document.createElement('kakao-friend-picker');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  page.document.body.append(el);
  return el;
}

/** Resolves with the next `type` event of `target` (cross-window: `oneEvent` works too, this is typed loosely). */
export function nextEvent<T = unknown>(target: EventTarget, type: string): Promise<CustomEvent<T>> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as CustomEvent<T>), { once: true }),
  );
}

/** Rendered options of a picker, in list order. */
export function optionRows(el: KakaoFriendPicker): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].sort(
    (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
  );
}

export function partOf(el: KakaoFriendPicker, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** `count` friends `친구 000001`… with distinct uuids; every 7th without a nickname. */
export function generatedFriends(count: number, prefix = 'f'): object[] {
  const surnames = '김이박최정강조윤장임한오서신권황';
  return Array.from({ length: count }, (_, i) =>
    i % 7 === 3
      ? { uuid: `${prefix}${i}` }
      : {
          uuid: `${prefix}${i}`,
          profile_nickname: `${surnames[i % surnames.length]}친구${String(i).padStart(6, '0')}`,
          favorite: i % 500 === 0,
        },
  );
}
