// The side-by-side part of `npm run bench`: our picker against Vaadin's
// `<vaadin-multi-select-combo-box>` (the devDependency @vaadin/multi-select-combo-box, bundled
// by bundles.mjs at bench start), in the same headless Chromium, on the same generated friends.
//
// For each size and round, each component gets a fresh page (`peer-page.html?component=…`,
// 1280 × 900) where peer-page.mjs generates the data, mounts the component, hands the data over
// and times the first rows, then types PEER_STEPS right away (see peer-page.mjs for the method).
// A discarded warm-up run of each comes first; then rounds alternate which component goes first,
// so a busier moment of the machine does not always fall on the same one. Per component and size:
// - first rows: the median of the rounds (each one a cold first load on its page);
// - keystrokes: each step's median over the rounds, then the median and the worst of the steps;
// - heap: used JS heap after CDP `HeapProfiler.collectGarbage` (twice) and
//   `Runtime.getHeapUsage`, once every friend is loaded (ours: `kfp-load`) and the typing is
//   over. The page still holds the app's generated friends and their nicknames (both pages hold
//   both), so the figure is app data + component; `data` is the heap measured the same way after
//   generating, before the component's module is loaded.

/** Friends per run; 1,000 is measured for our picker alone (run.mjs). */
export const PEER_SIZES = [10_000, 100_000];
/** Rounds per size; each is a fresh page per component. */
export const PEER_ROUNDS = 3;
export const PEER_COMPONENTS = ['vaadin', 'ours'];
const WARM_UP_SIZE = 1_000;

/**
 * Typed into both search boxes right after the first rows show: Korean syllable by syllable as
 * the value grows under an IME (ㄱ → 기 → 김, then ㅊ starts the next syllable), a clear, Latin
 * letters, a clear. Vaadin matches substrings only, so ㄱ and 김ㅊ find nothing there.
 */
export const PEER_STEPS = ['ㄱ', '기', '김', '김ㅊ', '김철', '', 's', 'so', 'sop', ''];

export function median(values) {
  const sorted = values.filter((value) => value != null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** One component, one size, one fresh page. */
async function runOnce({ browser, server, component, size }) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => {
    if (!String(error.message).includes('ResizeObserver loop')) errors.push(String(error));
  });
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.url}/peer-page.html?component=${component}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.peerBench !== undefined, { timeout: 30_000 });
    const cdp = await page.createCDPSession();
    await page.evaluate((n) => window.peerBench.prepare(n), size);
    const data = await usedHeap(cdp);
    await page.evaluate(() => window.peerBench.mount());
    const result = await page.evaluate((steps) => window.peerBench.run({ steps }), PEER_STEPS);
    const heap = await usedHeap(cdp);
    const pageErrors = await page.evaluate(() => window.peerBench.errors());
    return { ...result, data, heap, errors: [...errors, ...pageErrors] };
  } catch (error) {
    return { failed: error.message, errors };
  } finally {
    await page.close();
  }
}

/** Folds the rounds of one component and size into the reported figures. */
function summarize(runs) {
  const done = runs.filter((run) => run.failed === undefined);
  const steps = PEER_STEPS.map((value, i) => {
    const samples = done.map((run) => run.keystrokes[i]?.ms ?? null);
    return {
      value,
      ms: median(samples),
      shown: samples.filter((sample) => sample != null).length,
      rows: done[0]?.keystrokes[i]?.rows ?? null,
      firstRow: done[0]?.keystrokes[i]?.firstRow ?? '',
    };
  });
  const measured = steps.map((step) => step.ms).filter((ms) => ms != null);
  return {
    rounds: runs.length,
    firstRowsMs: median(done.map((run) => run.firstRowsMs)),
    firstRowsRuns: done.map((run) => run.firstRowsMs),
    firstRowCount: done[0]?.firstRowCount ?? null,
    listHeight: done[0]?.listHeight ?? null,
    loadedMs: median(done.map((run) => run.loadedMs)),
    steps,
    keystrokeMedianMs: median(measured),
    keystrokeWorstMs: measured.length === 0 ? null : Math.max(...measured),
    keystrokeWorstSingleMs: Math.max(
      0,
      ...done.flatMap((run) => run.keystrokes.map((step) => step.ms ?? 0)),
    ),
    unshown: steps.filter((step) => step.shown < done.length).map((step) => step.value),
    heap: median(done.map((run) => run.heap)),
    data: median(done.map((run) => run.data)),
    runs: done,
    problems: [
      ...runs.filter((run) => run.failed !== undefined).map((run) => `failed: ${run.failed}`),
      ...[...new Set(runs.flatMap((run) => run.errors))],
    ],
  };
}

/**
 * Runs every size × round × component; `onRun(size, round, component)` reports progress.
 * Returns `[{ size, ours, vaadin }]`.
 */
export async function measurePeers({
  browser,
  server,
  sizes = PEER_SIZES,
  rounds = PEER_ROUNDS,
  components = PEER_COMPONENTS,
  onRun = () => {},
}) {
  // The first pages of a browser pay for its own start (processes, font fallback for Hangul and
  // kana glyphs, code caches): one discarded run of each component keeps that off the figures.
  for (const component of components) {
    await runOnce({ browser, server, component, size: WARM_UP_SIZE });
  }
  const results = [];
  for (const size of sizes) {
    const runs = Object.fromEntries(components.map((component) => [component, []]));
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? components : [...components].reverse();
      for (const component of order) {
        onRun(size, round, component);
        runs[component].push(await runOnce({ browser, server, component, size }));
      }
    }
    results.push({
      size,
      ...Object.fromEntries(components.map((component) => [component, summarize(runs[component])])),
    });
  }
  return results;
}
