// The in-page half of the side-by-side bench (peer.mjs): one component per page, chosen by
// `?component=ours|vaadin`, fed the same generated friends, timed the same way.
//
// Method, for both components:
// - Data. `prepare(count)` runs the demo's generator (the same module page.mjs uses) and keeps
//   both the friends and their nicknames referenced for the rest of the page's life, on both
//   pages, so the app's own data weighs the same in both heap figures. Vaadin gets the nicknames
//   as plain strings, in generated order (it neither sorts nor needs objects); ours gets the
//   friends through the shipped `ArrayFriendSource`.
// - First rows. The timer starts right before the data is handed over (ours: before
//   `new ArrayFriendSource(…)` and `dataSource = …`; Vaadin: before `items = names` and
//   `opened = true`) and stops when the first friend row with text is laid out inside the list's
//   visible box, at the frame that shows it (see `whenShown`).
// - Keystrokes. Typed right after the first rows show: ours is then still loading the rest in the
//   background. Each keystroke sets the search box's value and dispatches the same `input` event
//   to both (no composition events: Vaadin ignores them). It is shown when the visible rows
//   changed, every visible row matches the new query (each component by its own rule, below)
//   and, after a clear, the list shows rows the previous query excluded; a query that matches
//   nothing is shown when no row is left. The next keystroke follows in the next task.
// - Frames. Headless Chromium draws at about 60 Hz, so "shown" cannot be sooner than the next
//   frame: `whenShown` checks the DOM after every mutation (and every frame) and stops at the
//   first rAF after the check passes, or at once when the DOM changed inside a frame's own
//   rendering steps (a rAF or ResizeObserver callback), which paints it in that very frame. A
//   keystroke therefore measures at least the time to the next 60 Hz tick (up to ~17 ms).
import { generateFriends, generateProfile } from '/generate-friends.js';

const stage = document.getElementById('stage');
const component = new URLSearchParams(location.search).get('component') ?? 'ours';
const state = { friends: [], names: [], profile: undefined, adapter: undefined, errors: [] };

window.addEventListener('error', (event) => {
  // Chromium reports this benign ResizeObserver notice as a window error.
  if (!String(event.message).includes('ResizeObserver loop')) state.errors.push(event.message);
});

// --- frames ------------------------------------------------------------------------------------

// True from the start of a frame's rAF callbacks until a task posted from the first of them runs,
// which is after the frame's style, layout, ResizeObserver callbacks and paint. That task is
// posted at user-blocking priority, so tasks queued before the frame (a page's own work slices)
// do not run ahead of it and find the flag stale; the bench's own tasks clear it themselves.
// Registered anew at the top of each callback, so it is normally the first one of the next frame.
let inFrame = false;
const endFrame = () => {
  inFrame = false;
};
const postUrgentTask =
  globalThis.scheduler?.postTask === undefined
    ? (callback) => setTimeout(callback, 0)
    : (callback) => globalThis.scheduler.postTask(callback, { priority: 'user-blocking' });
function tick() {
  requestAnimationFrame(tick);
  inFrame = true;
  postUrgentTask(endFrame);
}
requestAnimationFrame(tick);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Resolves `{ domAt, shownAt }` once `condition()` holds: `domAt` when the DOM first satisfied it,
 * `shownAt` at the frame that paints it (see the top of this file). Rejects after `timeoutMs`.
 */
function whenShown(root, condition, timeoutMs) {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (result, error) => {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      if (error === undefined) resolve(result);
      else reject(error);
    };
    const check = () => {
      if (done || !condition()) return;
      const domAt = performance.now();
      if (inFrame) {
        finish({ domAt, shownAt: domAt });
      } else {
        done = true;
        requestAnimationFrame(() => finish({ domAt, shownAt: performance.now() }));
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    // Layout alone (no mutation) can bring a row into view: look again at every frame.
    const poll = () => {
      if (done) return;
      check();
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    const timer = setTimeout(() => {
      if (!done) finish(undefined, new Error(`not shown within ${timeoutMs} ms`));
    }, timeoutMs);
  });
}

// --- matching ----------------------------------------------------------------------------------

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const FOLD_DOUBLE = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ' };

function syllableOf(char) {
  const code = char.charCodeAt(0) - 0xac00;
  if (code < 0 || code >= 11172) return null;
  return { initial: INITIALS[Math.floor(code / 588)], medial: Math.floor((code % 588) / 28) };
}

const isConsonantJamo = (char) => char >= 'ㄱ' && char <= 'ㅎ';
const foldDouble = (jamo) => FOLD_DOUBLE[jamo] ?? jamo;
// Latin and kana folding; Hangul is left whole (NFKD would split syllables into jamo).
const foldChar = (char) =>
  syllableOf(char) !== null || isConsonantJamo(char)
    ? char
    : char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether `name` can be a result of our picker's search for `query`. Deliberately looser than
 * the picker's matcher (src/core/search.ts, which this bench must not import): the query's
 * characters in order, not necessarily adjacent; a lone consonant matches a syllable starting
 * with it (ㄲ as ㄱ); the last syllable is still being composed, so it matches any syllable with
 * its initial and vowel (김 → 기미). Its job is only to tell the new results from the rows of the
 * previous keystroke, which it rejects as long as one of them lacks the new characters.
 */
function oursMatches(name, query) {
  const chars = [...query.trim()].filter((char) => char.trim() !== '');
  const text = [...name];
  let at = 0;
  for (let i = 0; i < chars.length; i++) {
    const q = chars[i];
    const last = i === chars.length - 1;
    const qSyllable = syllableOf(q);
    const fits = (n) => {
      if (isConsonantJamo(q)) {
        const syllable = syllableOf(n);
        return n === q || (syllable !== null && foldDouble(syllable.initial) === foldDouble(q));
      }
      if (qSyllable !== null && last) {
        const syllable = syllableOf(n);
        return (
          syllable !== null &&
          syllable.initial === qSyllable.initial &&
          syllable.medial === qSyllable.medial
        );
      }
      return foldChar(n) === foldChar(q);
    };
    while (at < text.length && !fits(text[at])) at++;
    if (at === text.length) return false;
    at++;
  }
  return true;
}

/** Vaadin's own rule (combo-box `_filterItems`): the lower-cased label contains the filter. */
const vaadinMatches = (name, query) => name.toLowerCase().includes(query.toLowerCase());

// --- components --------------------------------------------------------------------------------

/**
 * Each component behind the same small interface, through its public surface only. Ours: the
 * shadow parts of SPEC 2.4 and `kfp-load`. Vaadin: its element names and `inputElement`.
 */
const adapters = {
  async ours() {
    const bundle = await import('/dist/kakao-friend-picker.bundle.js');
    const picker = document.createElement('kakao-friend-picker');
    picker.setAttribute('view-type', 'inline');
    stage.append(picker);
    await picker.updateComplete;
    const shadow = picker.shadowRoot;
    const loaded = new Promise((resolve, reject) => {
      picker.addEventListener(
        'kfp-load',
        (event) => resolve({ totalCount: event.detail.totalCount, at: performance.now() }),
        { once: true },
      );
      picker.addEventListener('kfp-error', (event) =>
        reject(new Error(`kfp-error ${event.detail.code}: ${event.detail.message}`)),
      );
    });
    loaded.catch(() => {});
    return {
      root: shadow,
      handOver() {
        const source = new bundle.ArrayFriendSource(state.friends, { profile: state.profile });
        picker.dataSource = source;
      },
      viewport: () => shadow.querySelector('[part~="list"]'),
      rows: () => shadow.querySelectorAll('[part~="item"]:not([part~="my-profile"])'),
      textOf: (row) => row.querySelector('[part~="nickname"]')?.textContent ?? '',
      input: () => shadow.querySelector('[part~="search-input"]'),
      emptyShown: () => {
        const empty = shadow.querySelector('[part~="empty"]');
        return empty !== null && empty.checkVisibility();
      },
      matches: oursMatches,
      loaded,
    };
  },

  async vaadin() {
    await import('/vendor/vaadin-multi-select-combo-box.js');
    const combo = document.createElement('vaadin-multi-select-combo-box');
    stage.append(combo);
    await combo.updateComplete;
    return {
      root: combo,
      handOver() {
        combo.items = state.names;
        combo.opened = true;
      },
      // The overlay's list: a light-DOM child of the combo box, rendered in the top layer.
      viewport: () => combo.querySelector('vaadin-multi-select-combo-box-scroller'),
      rows: () => combo.querySelectorAll('vaadin-multi-select-combo-box-item'),
      textOf: (row) => row.textContent ?? '',
      input: () => combo.inputElement ?? combo.querySelector('input'),
      // With nothing to show, Vaadin closes its overlay: no visible row is its empty state.
      emptyShown: () => true,
      matches: vaadinMatches,
      // Everything is handed over at once: nothing loads afterwards.
      loaded: Promise.resolve({ totalCount: state.names.length, at: null }),
    };
  },
};

/** The friend rows the user can see: laid out, inside the list box and the window, with text. */
function visibleRows(adapter) {
  const viewport = adapter.viewport();
  if (viewport === null || !viewport.checkVisibility()) return [];
  const box = viewport.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, window.innerHeight);
  const rows = [];
  for (const row of adapter.rows()) {
    if (!row.checkVisibility()) continue;
    const rect = row.getBoundingClientRect();
    if (rect.height === 0 || rect.bottom <= top || rect.top >= bottom) continue;
    const text = adapter.textOf(row).trim();
    if (text !== '') rows.push({ top: rect.top, text });
  }
  return rows.sort((a, b) => a.top - b.top);
}

const signatureOf = (rows) => rows.map((row) => row.text).join('\n');

// --- measurements ------------------------------------------------------------------------------

/** Generates the data set; both pages keep `friends` and `names` referenced from here on. */
export function prepare(count) {
  const start = performance.now();
  state.friends = generateFriends(count);
  state.names = state.friends.map((friend) => friend.profile_nickname ?? '');
  state.profile = generateProfile();
  return { count: state.friends.length, ms: performance.now() - start };
}

/** Loads the component's module and mounts an empty one; then two idle frames. */
export async function mount() {
  const adapter = await adapters[component]();
  state.adapter = adapter;
  await nextFrame();
  await nextFrame();
  await nextTask();
  return { component };
}

/**
 * Hands the data over, waits for the first rows, types `steps` right away, then waits for every
 * friend to be loaded (ours: `kfp-load`) and for two quiet frames.
 */
export async function run({ steps, timeoutMs = 60_000, keystrokeTimeoutMs = 5000 }) {
  const adapter = state.adapter;
  // Which queries have no result at all, worked out before the timer starts. Vaadin's rule is
  // exact; for ours the loose rule finds a superset of the picker's results, so "no name matches
  // loosely" means the picker must show its empty state, and otherwise it must show rows (an
  // empty list in between, while it works, is not a result).
  const expectNone = steps.map(
    (value) => value !== '' && !state.names.some((name) => adapter.matches(name, value)),
  );
  // This runs in a task (page.evaluate), never inside a frame's rendering steps.
  endFrame();
  const start = performance.now();
  adapter.handOver();
  const first = await whenShown(adapter.root, () => visibleRows(adapter).length > 0, timeoutMs);
  const firstRows = visibleRows(adapter);
  const firstRowsMs = first.shownAt - start;

  await nextTask();
  const input = adapter.input();
  if (input === null) throw new Error('no search input');
  input.focus();
  const keystrokes = [];
  let previous = '';
  for (const [step, value] of steps.entries()) {
    const before = signatureOf(visibleRows(adapter));
    const none = expectNone[step];
    // A clear or a deletion: the list must also show rows the previous query excluded.
    const broadened = value !== previous && previous.startsWith(value);
    // The first change of the list and what it showed that did not match, for --verbose: a
    // change long before "shown" means the component drew something else first.
    let change;
    const condition = () => {
      const rows = visibleRows(adapter);
      if (signatureOf(rows) === before) return false;
      change ??= {
        at: performance.now(),
        rows: rows.length,
        odd: rows.filter((row) => !adapter.matches(row.text, value)).map((row) => row.text),
      };
      if (none || rows.length === 0) return none && rows.length === 0 && adapter.emptyShown();
      if (!rows.every((row) => adapter.matches(row.text, value))) return false;
      return !broadened || rows.some((row) => !adapter.matches(row.text, previous));
    };
    // A task (`nextTask`), not a frame: a change made from here waits for the next frame.
    endFrame();
    const keyStart = performance.now();
    input.value = value;
    input.dispatchEvent(
      new InputEvent('input', {
        data: value === '' ? null : [...value].at(-1),
        inputType: value === '' ? 'deleteContentBackward' : 'insertText',
        bubbles: true,
        composed: true,
      }),
    );
    let shown;
    try {
      shown = await whenShown(adapter.root, condition, keystrokeTimeoutMs);
    } catch (error) {
      const odd = visibleRows(adapter)
        .filter((row) => !adapter.matches(row.text, value))
        .map((row) => row.text);
      state.errors.push(
        `keystroke ${JSON.stringify(value)}: ${error.message}` +
          (odd.length > 0 ? ` (rows that do not match: ${odd.slice(0, 3).join(', ')})` : ''),
      );
    }
    const rows = visibleRows(adapter);
    keystrokes.push({
      value,
      ms: shown === undefined ? null : shown.shownAt - keyStart,
      domMs: shown === undefined ? null : shown.domAt - keyStart,
      rows: rows.length,
      firstRow: rows[0]?.text ?? '',
      changeMs: change === undefined ? null : change.at - keyStart,
      changeRows: change?.rows ?? null,
      changeOdd: change?.odd.slice(0, 3) ?? [],
    });
    previous = value;
    await nextTask();
  }

  const loaded = await Promise.race([
    adapter.loaded,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`not loaded within ${timeoutMs} ms`)), timeoutMs),
    ),
  ]);
  await nextFrame();
  await nextFrame();
  const viewport = adapter.viewport()?.getBoundingClientRect();
  return {
    firstRowsMs,
    firstRowsDomMs: first.domAt - start,
    firstRowCount: firstRows.length,
    firstRow: firstRows[0]?.text ?? '',
    listHeight: viewport?.height ?? 0,
    keystrokes,
    loadedMs: loaded.at === null ? null : loaded.at - start,
    totalCount: loaded.totalCount,
  };
}

window.peerBench = { prepare, mount, run, errors: () => state.errors, component };
