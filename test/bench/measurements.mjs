// The bench's measurements. Each is one async function of a context that returns plain figures;
// run.mjs runs `perSize` for every list size and `extra` once, and prints what they return.
//
// To add one, e.g. "load 1,234 friends from the Kakao REST emulator at 100 ms latency", write one
// function and list it in `extra`. It gets `{ browser, server, openPage }`: mount the emulator's
// Connect middleware on the bench server with `server.use(emulator.middleware)` (same origin as
// the page), create a scenario (`friendCount: 1234, latencyMs: 100`), open a page with
// `openPage()` and return what `kfpBench.load({ source })` measures, with `source` naming any
// class the built bundle exports: `{ className: 'KakaoRestFriendSource', args: [{ accessToken,
// baseUrl: scenario.baseUrl }] }`.

/** The data set every size uses: the demo's generator, behind the shipped ArrayFriendSource. */
export const ARRAY_SOURCE = {
  className: 'ArrayFriendSource',
  args: ['$friends', { profile: '$profile' }],
};

/** Runs of "time to first rows"; the first (cold) one is what a page load costs. */
const LOAD_RUNS = 3;

/**
 * Realistic typing. Korean through an IME: each jamo updates the composing syllable (ㄱ → 기 → 김),
 * and typing ㅊ commits 김 and composes the next one. Japanese kana through an IME too (hiragana
 * that must find katakana). Latin: plain keystrokes. Each sequence ends by clearing the box.
 */
export const TYPING = [
  {
    name: 'ko',
    steps: [
      { value: 'ㄱ', composing: true },
      { value: '기', composing: true },
      { value: '김', composing: true },
      { value: '김ㅊ', composing: true, commit: true },
      { value: '김처', composing: true },
      { value: '김철', composing: true },
      { value: '' },
    ],
  },
  {
    name: 'en',
    steps: [{ value: 's' }, { value: 'so' }, { value: 'sop' }, { value: 'soph' }, { value: '' }],
  },
  {
    name: 'ja',
    steps: [
      { value: 'た', composing: true },
      { value: 'たな', composing: true },
      { value: 'たなか', composing: true },
      { value: '' },
    ],
  },
];

/** Index keys to jump to: far down the Hangul keys, and `#`, the very end of the list. */
export const JUMP_KEYS = ['ㅎ', '#'];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** JS heap in use after a full garbage collection, in bytes (CDP, so no flags are needed). */
async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Heap with the friends generated but no picker yet: the app's own cost, subtracted later. */
export async function measureBaselineHeap({ cdp }) {
  return { baselineHeap: await usedHeap(cdp) };
}

/** The data source alone, cold: construct an ArrayFriendSource and fetch page 1 (it sorts). */
export async function measureSource({ page }) {
  const result = await page.evaluate(
    (source) => window.kfpBench.sourceFirstPage(source),
    ARRAY_SOURCE,
  );
  return { sourceConstructMs: result.constructMs, sourceFirstPageMs: result.firstPageMs };
}

/**
 * Time to first rows and to `kfp-load`, and the longest task meanwhile (the page is frozen for
 * that long): a fresh picker and source per run.
 */
export async function measureLoad({ page }) {
  const runs = [];
  for (let run = 0; run < LOAD_RUNS; run++) {
    runs.push(await page.evaluate((source) => window.kfpBench.load({ source }), ARRAY_SOURCE));
  }
  return {
    firstRowsColdMs: runs[0].firstRowsMs,
    firstRowsMedianMs: median(runs.map((run) => run.firstRowsMs)),
    loadedColdMs: runs[0].loadedMs,
    loadedMedianMs: median(runs.map((run) => run.loadedMs)),
    longestTaskColdMs: runs[0].longestTaskMs,
    renderedRows: runs[0].renderedRows,
  };
}

/** Heap after the last load (the picker holds every friend), after GC. */
export async function measureHeap({ cdp, results }) {
  const heap = await usedHeap(cdp);
  return { heap, heapDelta: heap - results.baselineHeap };
}

/** Rounds of typing; each keystroke reports its median over them (the machine is shared). */
const TYPING_ROUNDS = 3;

/**
 * Per-keystroke search time, from the keystroke's first event to the rendered result: main-thread
 * time (`ms`, what the frame budget is about) and time until shown (`shownMs`, which adds the wait
 * for headless Chromium's fixed 60 Hz frames). Each keystroke is typed in `TYPING_ROUNDS` rounds
 * and reported as its median; `keystrokeWorstSingleMs` is the slowest single sample (the first,
 * cold round included).
 */
export async function measureSearch({ page }) {
  const rounds = [];
  for (let round = 0; round < TYPING_ROUNDS; round++) {
    const samples = [];
    for (const sequence of TYPING) {
      const steps = await page.evaluate((s) => window.kfpBench.type(s), sequence.steps);
      for (const step of steps) samples.push({ sequence: sequence.name, ...step });
    }
    rounds.push(samples);
  }
  const keystrokes = rounds[0].map((first, i) => ({
    ...first,
    ms: median(rounds.map((samples) => samples[i].ms)),
    shownMs: median(rounds.map((samples) => samples[i].shownMs)),
  }));
  const times = keystrokes.map((keystroke) => keystroke.ms);
  const shown = keystrokes.map((keystroke) => keystroke.shownMs);
  return {
    keystrokes,
    keystrokeMedianMs: median(times),
    keystrokeWorstMs: Math.max(...times),
    keystrokeShownWorstMs: Math.max(...shown),
    keystrokeWorstSingleMs: Math.max(...rounds.flat().map((sample) => sample.ms)),
  };
}

/** Index bar: a real mouse click on a key, until that key's first row is in view and still. */
export async function measureJump({ page }) {
  const jumps = {};
  for (const key of JUMP_KEYS) {
    await page.evaluate(() => window.kfpBench.scrollToTop());
    const target = await page.evaluate((k) => window.kfpBench.armJump(k), key);
    if (target === null) {
      jumps[key] = { ms: null, firstRow: '(no such index key)' };
      continue;
    }
    await page.mouse.click(target.x, target.y);
    jumps[key] = await page.evaluate(() => window.kfpBench.jumpResult());
  }
  return { jumps };
}

/** Measured for each list size, in this order, on a fresh page. */
export const perSize = [
  measureBaselineHeap,
  measureSource,
  measureLoad,
  measureHeap,
  measureSearch,
  measureJump,
];

/** Measured once, after the sizes: `async ({ browser, server, openPage }) => figures`. */
export const extra = [];
