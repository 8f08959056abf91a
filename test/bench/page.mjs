// The in-page half of `npm run bench`: mounts the BUILT picker, drives it like a user and times it
// with performance.now(). run.mjs calls these functions through `window.kfpBench`.
//
// Only the picker's public surface is used (SPEC 2.4 parts such as `[part~="item"]`,
// `[part~="list"]`, `[part~="search-input"]`, the `kfp-load` event, `dataSource`): how the list
// renders its rows is the picker's business, so positions are read from the layout, not from
// inline styles of a particular list implementation.
import * as bundle from '/dist/kakao-friend-picker.bundle.js';
import { generateFriends, generateProfile } from '/generate-friends.js';

const stage = document.getElementById('stage');
const state = { friends: [], profile: undefined, picker: undefined, jump: undefined, errors: [] };

/**
 * `updateComplete`, with a rejected update (an exception in the element's lifecycle) recorded for
 * the report instead of aborting the measurement.
 */
async function updated(picker) {
  try {
    await picker.updateComplete;
  } catch (error) {
    state.errors.push(`updateComplete rejected: ${error?.stack ?? error}`);
  }
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** Resolves on a new task: every pending microtask (Lit updates, the virtualizer) has run. */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function root() {
  if (state.picker?.shadowRoot == null) throw new Error('no picker is mounted');
  return state.picker.shadowRoot;
}

function items() {
  return [...root().querySelectorAll('[part~="item"]')];
}

/**
 * What the user sees of the list, as a string: section headers, rendered rows with their laid-out
 * positions in the list, the markup of the first rows (highlights) and the empty state. Two equal
 * signatures mean nothing visible changed.
 */
function signature() {
  const shadow = root();
  const listTop = shadow.querySelector('[part~="list"]')?.getBoundingClientRect().top ?? 0;
  let text = '';
  for (const row of shadow.querySelectorAll('[part~="item"], [part~="section-header"]')) {
    const top = Math.round(row.getBoundingClientRect().top - listTop);
    text += `${row.dataset.uuid ?? row.textContent}@${top};`;
  }
  for (const row of items().slice(0, 5)) text += row.innerHTML;
  text += shadow.querySelector('[part~="empty"]')?.textContent ?? '';
  return text;
}

/** Forces style and layout, so a timestamp taken after it includes them (paint excepted). */
function forceLayout() {
  root().querySelector('[part~="base"]')?.getBoundingClientRect();
}

/**
 * Lets frames run until the rendered list stops changing (two quiet frames), and accounts for them.
 * Headless Chromium draws at a fixed 60 Hz, so waiting for a frame adds up to 16.7 ms of idle time
 * that is not the picker's. Each frame is therefore timed from its rAF callback to a task posted
 * from it (which runs once the frame's style, layout, ResizeObserver callbacks — where a windowed
 * list may measure its rows — and paint are done). Returns:
 * - `busyMs`: the time of the first frame (it paints the update) plus every frame that changed the
 *   list: the main-thread time the update cost once the DOM was updated;
 * - `shownAt`: when the final state was on screen (idle included).
 */
async function settle() {
  let last = signature();
  let busyMs = 0;
  let shownAt = performance.now();
  let quietFrames = 0;
  for (let frame = 0; frame < 30 && quietFrames < 2; frame++) {
    const frameStart = await new Promise((resolve) =>
      requestAnimationFrame(() => resolve(performance.now())),
    );
    await nextTask();
    const frameEnd = performance.now();
    const current = signature();
    const changed = current !== last;
    if (frame === 0 || changed) {
      busyMs += frameEnd - frameStart;
      shownAt = frameEnd;
    }
    quietFrames = changed ? 0 : quietFrames + 1;
    last = current;
  }
  return { busyMs, shownAt };
}

/**
 * The exported class `className`: from the core bundle, else from dist/kakao.bundle.js, where the
 * Kakao sources live once the bundle is split (SPEC 2.6). Both share the core's module instance.
 */
async function exportedClass(className) {
  if (typeof bundle[className] === 'function') return bundle[className];
  let kakao = {};
  try {
    kakao = await import('/dist/kakao.bundle.js');
  } catch {
    // no split bundle: the class is missing altogether
  }
  if (typeof kakao[className] === 'function') return kakao[className];
  throw new Error(`neither dist bundle exports ${className}`);
}

/**
 * A function that builds the source from the bundles' exports (`$friends` and `$profile` stand
 * for the data set); looking the class up may load a bundle, so it is done before any timing.
 */
async function sourceFactory({ className, args }) {
  const Source = await exportedClass(className);
  const resolve = (value) => {
    if (value === '$friends') return state.friends;
    if (value === '$profile') return state.profile;
    if (Array.isArray(value)) return value.map(resolve);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    }
    return value;
  };
  const resolved = args.map(resolve);
  return () => new Source(...resolved);
}

/** Generates the data set: `options` are those of the demo's `generateFriends`. */
export function prepare(count, options = {}) {
  const start = performance.now();
  state.friends = generateFriends(count, options);
  state.profile = generateProfile();
  return { count: state.friends.length, ms: performance.now() - start };
}

export function unmount() {
  state.picker?.remove();
  state.picker = undefined;
}

/** Cost of the data source alone: construct it and fetch the first page of 100. */
export async function sourceFirstPage(source) {
  const createSource = await sourceFactory(source);
  const start = performance.now();
  const instance = createSource();
  const constructed = performance.now();
  await instance.getFriends({ offset: 0, limit: 100 }, { signal: new AbortController().signal });
  return { constructMs: constructed - start, firstPageMs: performance.now() - constructed };
}

/**
 * Mounts an inline picker, then times from `dataSource = …` to the first `[part~="item"]` row in
 * its shadow root (laid out), and to `kfp-load` (every page arrived; its `totalCount` is returned).
 */
export async function load({ source, props = {}, timeoutMs = 120_000 }) {
  unmount();
  const picker = document.createElement('kakao-friend-picker');
  picker.viewType = 'inline';
  Object.assign(picker, props);
  stage.append(picker);
  state.picker = picker;
  await updated(picker);
  await nextFrame();
  await nextTask();
  const instance = (await sourceFactory(source))();

  const firstRows = new Promise((resolve) => {
    const check = () => {
      const row = picker.shadowRoot.querySelector('[part~="item"]');
      if (row === null) return false;
      row.getBoundingClientRect();
      resolve(performance.now());
      return true;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(picker.shadowRoot, { childList: true, subtree: true });
  });
  let totalCount;
  const loaded = new Promise((resolve, reject) => {
    picker.addEventListener(
      'kfp-load',
      (event) => {
        totalCount = event.detail.totalCount;
        resolve(performance.now());
      },
      { once: true },
    );
    picker.addEventListener('kfp-error', (event) =>
      reject(new Error(`kfp-error ${event.detail.code}: ${event.detail.message}`)),
    );
  });

  // Long tasks while loading: the page cannot respond to input (or paint) during them.
  const longTasks = [];
  const longTaskObserver = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
  longTaskObserver.observe({ type: 'longtask' });

  const start = performance.now();
  picker.dataSource = instance;
  const rowsAt = await withTimeout(firstRows, timeoutMs, 'first rows');
  const loadedAt = await withTimeout(loaded, timeoutMs, 'kfp-load');
  await updated(picker);
  await settle();
  for (const entry of longTaskObserver.takeRecords()) longTasks.push(entry);
  longTaskObserver.disconnect();
  return {
    firstRowsMs: rowsAt - start,
    loadedMs: loadedAt - start,
    longestTaskMs: Math.max(0, ...longTasks.map((entry) => entry.duration)),
    renderedRows: items().length,
    totalCount,
  };
}

function dispatch(target, event) {
  target.dispatchEvent(event);
}

/**
 * Types `steps` into the search box the way a browser reports them (composition events while an
 * IME composes, then `input`), timing each from its first event to the rendered result.
 * A step is `{ value, composing?, commit? }`: `commit` ends the previous composition first (a
 * Hangul IME commits 김 when ㅊ starts the next syllable).
 */
export async function type(steps) {
  const input = root().querySelector('[part~="search-input"]');
  if (input === null) throw new Error('no [part~="search-input"]');
  input.focus();
  const results = [];
  let composing = false;
  let lastData = '';
  for (const step of steps) {
    const before = signature();
    const start = performance.now();
    if (composing && (step.commit || !step.composing)) {
      dispatch(input, new CompositionEvent('compositionend', { data: lastData, bubbles: true }));
      composing = false;
    }
    const data = step.value === '' ? null : [...step.value].at(-1);
    if (step.composing) {
      if (!composing) {
        dispatch(input, new CompositionEvent('compositionstart', { data: '', bubbles: true }));
        composing = true;
      }
      dispatch(input, new CompositionEvent('compositionupdate', { data, bubbles: true }));
      input.value = step.value;
      lastData = data ?? '';
      dispatch(
        input,
        new InputEvent('input', {
          data,
          inputType: 'insertCompositionText',
          isComposing: true,
          bubbles: true,
          composed: true,
        }),
      );
    } else {
      input.value = step.value;
      dispatch(
        input,
        new InputEvent('input', {
          data,
          inputType: step.value === '' ? 'deleteContentBackward' : 'insertText',
          bubbles: true,
          composed: true,
        }),
      );
    }
    await updated(state.picker);
    await nextTask();
    forceLayout();
    const domMs = performance.now() - start;
    const settled = await settle();
    // Main-thread time from the keystroke's first event to the result painted.
    let ms = domMs + settled.busyMs;
    let shownAt = settled.shownAt;
    // A debounced search shows nothing new at first: wait (up to 1 s) for the list to change, and
    // count the whole wait, as the user does.
    if (signature() === before) {
      const deadline = performance.now() + 1000;
      while (signature() === before && performance.now() < deadline) await nextFrame();
      if (signature() !== before) {
        shownAt = (await settle()).shownAt;
        ms = shownAt - start;
      }
    }
    results.push({
      value: step.value,
      ms,
      // The same, including the wait for the next 60 Hz frame(s).
      shownMs: shownAt - start,
      rows: items().length,
      header: root().querySelector('[part~="section-header"]')?.textContent.trim() ?? '',
    });
  }
  return results;
}

const INITIALS = 'ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ';

/**
 * The index key of a name, for the keys the bench jumps to: Hangul initials (double consonants
 * folded), A–Z, `kana` for any kana row, `漢` for a Han ideograph (the picker's own key for them:
 * they have no reading to index by), and `#` for the rest (digits, symbols).
 */
function keyOf(name) {
  const trimmed = name.trim();
  const code = trimmed.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return INITIALS[Math.floor((code - 0xac00) / 588)];
  const first = trimmed.normalize('NFKD')[0] ?? '';
  if (/[a-z]/i.test(first)) return first.toUpperCase();
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(first)) return 'kana';
  if (/\p{Script=Han}/u.test(first)) return '漢';
  return '#';
}

/** Whether the user can see `row`: inside the list and not covered (e.g. by a sticky header). */
function isVisible(row, box) {
  const rect = row.getBoundingClientRect();
  if (rect.height === 0 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) return false;
  const hit = root().elementFromPoint(
    rect.left + Math.min(60, rect.width / 2),
    rect.top + rect.height / 2,
  );
  return hit?.closest('[part~="item"]') === row;
}

/**
 * Whether the first row of the `key` section is in view: a visible friend row with that key whose
 * previous rendered row (by position) is a header or has another key.
 */
function sectionStartVisible(key) {
  const shadow = root();
  const list = shadow.querySelector('[part~="list"]');
  if (list === null) return null;
  const box = list.getBoundingClientRect();
  const rows = [...shadow.querySelectorAll('[part~="item"], [part~="section-header"]')]
    .filter((row) => list.contains(row))
    .map((row) => ({ row, top: row.getBoundingClientRect().top }))
    .sort((a, b) => a.top - b.top)
    .map(({ row }) => row);
  const keyOfRow = (row) =>
    row.matches('[part~="item"]:not([part~="my-profile"])')
      ? keyOf(row.querySelector('[part~="nickname"]')?.textContent ?? '')
      : undefined;
  for (let i = 0; i < rows.length; i++) {
    if (keyOfRow(rows[i]) !== key || !isVisible(rows[i], box)) continue;
    if (i === 0 || keyOfRow(rows[i - 1]) !== key) {
      return rows[i].querySelector('[part~="nickname"]')?.textContent.trim() ?? '';
    }
  }
  return null;
}

/**
 * Prepares a jump through the index bar: returns where the key is (run.mjs clicks it with a real
 * mouse) and starts timing at that click's `pointerdown`, until the first row of the key's section
 * is the topmost visible row and scrolling has stopped.
 */
export function armJump(key, timeoutMs = 5000) {
  const button = [...root().querySelectorAll('[part~="index-key"]')].find(
    (candidate) => candidate.textContent.trim() === key,
  );
  if (button === undefined) return null;
  const list = root().querySelector('[part~="list"]');
  const box = button.getBoundingClientRect();
  state.jump = new Promise((resolve) => {
    window.addEventListener(
      'pointerdown',
      async (event) => {
        const start = event.timeStamp;
        const deadline = start + timeoutMs;
        let reachedAt;
        let lastScroll = NaN;
        while (performance.now() < deadline) {
          await nextFrame();
          const now = performance.now();
          const row = sectionStartVisible(key);
          const scroll = list.scrollTop;
          if (row === null) reachedAt = undefined;
          else reachedAt ??= now;
          // Done once the section's first row is in view and the list has stopped scrolling.
          if (row !== null && scroll === lastScroll) {
            resolve({ ms: reachedAt - start, firstRow: row });
            return;
          }
          lastScroll = scroll;
        }
        resolve({ ms: null, firstRow: '(not reached)' });
      },
      { capture: true, once: true },
    );
  });
  return { x: box.left + box.width / 2, y: box.top + box.height / 2, height: box.height };
}

export function jumpResult() {
  return state.jump;
}

/** Scrolls the list back to the top and waits for it to render there. */
export async function scrollToTop() {
  const list = root().querySelector('[part~="list"]');
  if (list !== null) list.scrollTop = 0;
  await settle();
}

window.kfpBench = {
  prepare,
  unmount,
  sourceFirstPage,
  load,
  type,
  armJump,
  jumpResult,
  scrollToTop,
  errors: () => state.errors,
  exports: Object.keys(bundle),
};
