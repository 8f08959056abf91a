// `npm run bench`: drives the BUILT bundles (dist/) in headless Chromium and prints figures against
// the targets. It asserts nothing: exit 0 unless something crashed. In order:
//
// 1. Our picker alone with 1,000 / 10,000 / 100,000 generated friends (measurements.mjs `perSize`,
//    page.mjs): loading, keystrokes, index jumps, heap, on a fresh page per size.
// 2. Side by side (peer.mjs, peer-page.mjs): our picker and Vaadin's
//    `<vaadin-multi-select-combo-box>` on the same generated friends, in this same browser, at
//    10,000 and 100,000 friends: first rows, keystrokes typed while ours still loads, heap.
// 3. The `extra` measurements (measurements.mjs): 1,234 friends over HTTP from the Kakao REST API
//    emulator at 100 ms per answer, in a second browser with the usual frame pacing.
// 4. Bundle sizes (bundles.mjs: ours "core" and "core + kakao", Vaadin's bundled by esbuild), the
//    targets, and one summary table: Vaadin | ours | ratio | target | verdict.
//
//   node test/bench/run.mjs [--sizes=10000,100000] [--peer-only | --no-peer] [--peer-rounds=3]
//                           [--no-avatars] [--verbose]
//
// --sizes: the friend counts of parts 1 and 2 (by default part 1 runs 1,000, 10,000 and 100,000,
// part 2 runs 10,000 and 100,000). --peer-only: part 2 alone, with the bundle sizes and the
// summary (about a minute). --no-peer: without part 2. --peer-rounds: fresh pages per component
// and size in part 2. --no-avatars: part 1 without avatars. --verbose: progress and, for part 2,
// every keystroke of every run.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, missingChromeMessage } from '../runner/find-chrome.mjs';
import { startBenchServer } from './server.mjs';
import { EMULATOR_LOAD, extra, perSize } from './measurements.mjs';
import { buildVaadin, CORE_BUNDLE, hasVaadin, ourBundleSizes, VAADIN_PACKAGE } from './bundles.mjs';
import { measurePeers, PEER_ROUNDS, PEER_SIZES, PEER_STEPS } from './peer.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

const argv = process.argv.slice(2);
const option = (name) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const sizesArg = option('sizes')?.split(',').map(Number);
const SIZES = sizesArg ?? [1_000, 10_000, 100_000];
const PEER_ONLY = argv.includes('--peer-only');
const PEER = !argv.includes('--no-peer');
const PEER_RUN_SIZES = sizesArg ?? PEER_SIZES;
const PEER_RUN_ROUNDS = Number(option('peer-rounds') ?? PEER_ROUNDS);
const VERBOSE = argv.includes('--verbose');
// Without generated SVG avatars every row shows the fallback initial: isolates the cost of images.
const GENERATE = argv.includes('--no-avatars') ? { missingAvatarRatio: 1 } : {};

const TARGETS = [
  { size: 10_000, label: 'first rows < 100 ms', value: (r) => r.firstRowsColdMs, limit: 100 },
  { size: 10_000, label: 'every keystroke < 16 ms', value: (r) => r.keystrokeWorstMs, limit: 16 },
  { size: 100_000, label: 'every keystroke < 50 ms', value: (r) => r.keystrokeWorstMs, limit: 50 },
];

// --- formatting ---------------------------------------------------------------------------------

const ms = (value) => (value == null || Number.isNaN(value) ? '—' : `${value.toFixed(1)} ms`);
const mb = (bytes) => (bytes == null ? '—' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const kb = (bytes) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} kB`);
const count = (value) => value.toLocaleString('en');

function table(headers, rows) {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) =>
    cells
      .map((cell, i) =>
        i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]),
      )
      .join('  ');
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// --- bundle sizes -------------------------------------------------------------------------------

/**
 * `{ ours, vaadin }` (bundles.mjs). `vaadin` also holds the built file the server serves; null
 * when the package is not installed or does not build (the reason is in `vaadinProblem`).
 */
async function bundleSizes() {
  const ours = await ourBundleSizes(dist);
  if (!hasVaadin()) {
    return { ours, vaadin: null, vaadinProblem: `${VAADIN_PACKAGE} is not installed` };
  }
  try {
    return { ours, vaadin: await buildVaadin() };
  } catch (error) {
    return { ours, vaadin: null, vaadinProblem: `bundling ${VAADIN_PACKAGE}: ${error.message}` };
  }
}

// --- running ------------------------------------------------------------------------------------

async function openBenchPage(browser, server) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => {
    // Chromium reports this benign ResizeObserver notice as a window error.
    if (!String(error.message).includes('ResizeObserver loop')) errors.push(error);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && VERBOSE) console.error(`  [page] ${message.text()}`);
  });
  await page.goto(`${server.url}/`, { waitUntil: 'load' });
  await page
    .waitForFunction(() => window.kfpBench !== undefined, { timeout: 30_000 })
    .catch(() => {
      throw new Error(
        `the bench page did not start: ${errors.map(String).join('; ') || 'no error'}`,
      );
    });
  const cdp = await page.createCDPSession();
  return { page, cdp, errors };
}

async function measureSize(browser, server, size) {
  const { page, cdp, errors } = await openBenchPage(browser, server);
  try {
    const prepared = await page.evaluate((n, o) => window.kfpBench.prepare(n, o), size, GENERATE);
    const results = { size, generateMs: prepared.ms };
    for (const measure of perSize) {
      const started = performance.now();
      try {
        Object.assign(results, await measure({ page, cdp, server, size, results }));
      } catch (error) {
        results.failures = [...(results.failures ?? []), `${measure.name}: ${error.message}`];
      }
      if (VERBOSE)
        console.log(`  ${count(size)}: ${measure.name} (${ms(performance.now() - started)})`);
    }
    const lifecycleErrors = await page.evaluate(() => window.kfpBench.errors());
    if (errors.length > 0 || lifecycleErrors.length > 0) {
      results.pageErrors = [...new Set([...errors.map(String), ...lifecycleErrors])];
    }
    return results;
  } finally {
    await page.close();
  }
}

async function main() {
  const executablePath = findChrome();
  if (executablePath === undefined) {
    console.error(missingChromeMessage);
    process.exit(1);
  }
  if (!existsSync(join(dist, CORE_BUNDLE))) {
    console.error(`dist/${CORE_BUNDLE} is missing: run \`npm run build:bundle\` first.`);
    process.exit(1);
  }
  const sizes = await bundleSizes();
  const server = await startBenchServer();
  if (sizes.vaadin !== null)
    server.serveVendor('vaadin-multi-select-combo-box.js', sizes.vaadin.file);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // Fewer throttled frames; headless Chromium still draws at about 60 Hz (rAF every ~17 ms).
    args: [...chromeArgs, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
  });
  // A measurement marked `framePaced` (network loading) runs in a browser with the usual frame
  // pacing instead: without it, any CSS animation (the loading skeleton's pulse) makes the
  // compositor and GPU process draw flat out, which on a 2-core machine takes CPU from the page
  // and delays each request it sends (by 5–15 ms, measured) as no browser a user runs does.
  let pacedBrowser;
  const framePacedBrowser = async () =>
    (pacedBrowser ??= await puppeteer.launch({ executablePath, headless: true, args: chromeArgs }));
  const all = [];
  const extras = [];
  let peers = null;
  const benchStart = performance.now();
  try {
    const version = await browser.version();
    console.log(
      `kakao-friend-picker bench: ${version}, headless, ${cpus().length} CPUs, Node ${process.version}`,
    );
    console.log(`load average at start: ${loadavg()[0].toFixed(2)}\n`);
    if (!PEER_ONLY) {
      for (const size of SIZES) {
        process.stdout.write(`measuring ${count(size)} friends…\n`);
        all.push(await measureSize(browser, server, size));
      }
    }
    if (PEER && sizes.vaadin !== null) {
      let peerSize;
      peers = await measurePeers({
        browser,
        server,
        sizes: PEER_RUN_SIZES,
        rounds: PEER_RUN_ROUNDS,
        onRun: (size, round, component) => {
          if (size !== peerSize) {
            peerSize = size;
            process.stdout.write(`measuring side by side, ${count(size)} friends…\n`);
          }
          if (VERBOSE) console.log(`  ${count(size)}: round ${round + 1}, ${component}`);
        },
      });
    }
    if (!PEER_ONLY) {
      for (const measure of extra) {
        process.stdout.write(`measuring ${measure.label ?? measure.name}…\n`);
        try {
          const target = measure.framePaced ? await framePacedBrowser() : browser;
          const figures = await measure({
            browser: target,
            server,
            openPage: () => openBenchPage(target, server),
          });
          extras.push({ measure, figures });
        } catch (error) {
          extras.push({ measure, error });
        }
      }
    }
  } finally {
    await browser.close();
    await pacedBrowser?.close();
    await server.close();
    await sizes.vaadin?.dispose();
  }
  report({ all, sizes, extras, peers });
  console.log(
    `\nThe bench took ${(((performance.now() - benchStart) / 1000) | 0).toLocaleString('en')} s.`,
  );
  const load = loadavg()[0];
  if (load > cpus().length) {
    console.log(
      `\nThe machine was busy (load average ${load.toFixed(2)} on ${cpus().length} CPUs): other work` +
        ' inflates these figures; run again on an idle machine for numbers to compare.',
    );
  }
}

// --- report -------------------------------------------------------------------------------------

/** Part 1: our picker alone, per size. */
function reportAlone(all) {
  console.log('\nLoading (an inline picker, 400 × 720, on a fresh page per size):');
  console.log(
    table(
      [
        'friends',
        'first rows',
        'warm median',
        'all loaded',
        'longest task',
        'heap after load',
        'Δ picker+source',
      ],
      all.map((r) => [
        count(r.size),
        ms(r.firstRowsColdMs),
        ms(r.firstRowsMedianMs),
        ms(r.loadedColdMs),
        r.longestTaskColdMs === 0 ? 'none ≥ 50 ms' : ms(r.longestTaskColdMs),
        mb(r.heap),
        mb(r.heapDelta),
      ]),
    ),
  );
  console.log(
    [
      '  first rows: from `dataSource = …` to the first [part~="item"] laid out, first picker of the page',
      '  warm median: the same over 3 pickers in a row; all loaded: to `kfp-load` (first picker)',
      '  longest task: the longest main-thread task during that load (the page is frozen meanwhile)',
      '  heap: used JS heap after GC; Δ: minus the heap before the source and picker were made',
    ].join('\n'),
  );

  console.log('\nInteraction:');
  console.log(
    table(
      [
        'friends',
        'keystroke median',
        'keystroke worst',
        'shown worst',
        'worst single',
        'jump ㅎ',
        'jump #',
      ],
      all.map((r) => [
        count(r.size),
        ms(r.keystrokeMedianMs),
        ms(r.keystrokeWorstMs),
        ms(r.keystrokeShownWorstMs),
        ms(r.keystrokeWorstSingleMs),
        ms(r.jumps?.['ㅎ']?.ms),
        ms(r.jumps?.['#']?.ms),
      ]),
    ),
  );
  console.log(
    [
      "  keystroke: main-thread time from the keystroke's first event to its result painted; each",
      '    keystroke is the median of 3 rounds of typing. worst single: the slowest sample of all',
      '  shown: the same plus the wait for the next frame (headless Chromium draws at a fixed 60 Hz)',
      "  jump: a real click on the index key until the section's first row is in view and still",
    ].join('\n'),
  );

  console.log(
    '\nPer keystroke (median of 3 rounds): main-thread time / time until shown (rows rendered):',
  );
  const keystrokes = all[0]?.keystrokes ?? [];
  console.log(
    table(
      ['typed', ...all.map((r) => `${count(r.size)}`)],
      keystrokes.map((keystroke, i) => [
        `${keystroke.sequence} ${keystroke.value === '' ? '(clear)' : JSON.stringify(keystroke.value)}`,
        ...all.map((r) => {
          const step = r.keystrokes?.[i];
          return step ? `${ms(step.ms)} / ${ms(step.shownMs)} (${step.rows})` : '—';
        }),
      ]),
    ),
  );

  console.log(
    '\nData source alone (ArrayFriendSource, cold: construct / first page of 100, which sorts):',
  );
  for (const r of all) {
    console.log(
      `  ${count(r.size).padStart(7)}: ${ms(r.sourceConstructMs)} / ${ms(r.sourceFirstPageMs)}  (generating the list: ${ms(r.generateMs)})`,
    );
  }
  for (const r of all) {
    for (const [key, jump] of Object.entries(r.jumps ?? {})) {
      if (VERBOSE || jump.ms == null)
        console.log(`  ${count(r.size)} jump ${key}: ${ms(jump.ms)}, first row "${jump.firstRow}"`);
    }
  }
}

/** Part 4, sizes: each file once, gzip -9. */
function reportBundles({ ours, vaadin, vaadinProblem }) {
  console.log('\nBundles (gzip -9; kB = 1,024 bytes):');
  const line = (label, { raw, gzip }) =>
    console.log(`  ${label}: ${kb(raw)} raw, ${kb(gzip)} gzip`);
  line('ours, core (the element bundle and its static imports)', ours.core);
  for (const file of ours.core.files) line(`  dist/${file.file}`, file);
  if (ours.coreKakao === null) {
    console.log('  ours, core + kakao: — (no dist/kakao.bundle.js)');
  } else {
    line('ours, core + kakao (plus dist/kakao.bundle.js and its static imports)', ours.coreKakao);
    const inCore = new Set(ours.core.files.map((file) => file.file));
    for (const file of ours.coreKakao.files) {
      if (!inCore.has(file.file)) line(`  dist/${file.file}`, file);
    }
  }
  for (const file of ours.lazy) line(`loaded on demand, not counted: dist/${file.file}`, file);
  if (vaadin === null) console.log(`  Vaadin: — (${vaadinProblem})`);
  else {
    line(
      `Vaadin ${VAADIN_PACKAGE} ${vaadin.version} (esbuild --bundle --minify --format=esm)`,
      vaadin,
    );
  }
}

/** Part 1 and 3 targets, then parts 2 and 4, the summary and the problems. */
function report({ all, sizes, extras, peers }) {
  if (all.length > 0) reportAlone(all);
  reportBundles(sizes);

  const extraTargets = [];
  const extraProblems = [];
  for (const { measure, figures, error } of extras) {
    const title = measure.title?.() ?? measure.name;
    console.log(`\n${title}:`);
    if (error !== undefined) {
      console.log(`  failed: ${error.message}`);
      extraProblems.push(`${measure.name}: ${error.stack ?? error}`);
      continue;
    }
    if (measure.report === undefined) {
      for (const [key, value] of Object.entries(figures)) {
        console.log(`  ${key}: ${typeof value === 'number' ? ms(value) : JSON.stringify(value)}`);
      }
    } else {
      const { headers, rows, notes = [], problems = [] } = measure.report(figures);
      console.log(table(headers, rows));
      for (const note of notes) console.log(note);
      extraProblems.push(...problems.map((problem) => `${measure.name}: ${problem}`));
    }
    extraTargets.push(...(measure.targets?.(figures) ?? []));
  }

  // Every target as { size?, label, value, limit }: met when value < limit.
  const targets = [
    ...TARGETS.flatMap((target) => {
      const result = all.find((r) => r.size === target.size);
      return result === undefined ? [] : [{ ...target, value: target.value(result) }];
    }),
    ...extraTargets,
  ].map((target) => ({
    ...target,
    label:
      target.size === undefined
        ? target.label
        : `${count(target.size).padStart(7)} friends, ${target.label}`,
  }));
  const labelWidth = Math.max(0, ...targets.map((target) => target.label.length));
  if (targets.length > 0) console.log('\nTargets (our picker alone):');
  for (const { label, value, limit, op } of targets) {
    console.log(
      `  ${label.padEnd(labelWidth)}  ${ms(value).padStart(10)}  ${verdict(value, limit, op)}`,
    );
  }

  if (peers !== null) reportPeers(peers);
  reportSummary({ sizes, peers, extras });

  const problems = [
    ...all.flatMap((r) => [
      ...(r.failures ?? []).map((f) => `${count(r.size)}: ${f}`),
      ...(r.pageErrors ?? []).map((e) => `${count(r.size)}: page error: ${e}`),
    ]),
    ...extraProblems,
    ...(sizes.vaadin === null ? [`side by side not measured: ${sizes.vaadinProblem}`] : []),
    ...(peers ?? []).flatMap((r) =>
      ['vaadin', 'ours'].flatMap((component) =>
        r[component].problems.map((problem) => `${count(r.size)} ${component}: ${problem}`),
      ),
    ),
  ];
  if (problems.length > 0) {
    console.log('\nProblems:');
    for (const problem of problems) console.log(`  ${problem}`);
  }
}

/** `met` when `value` < `limit` (or ≤ with `op: '≤'`). */
function verdict(value, limit, op = '<') {
  if (value == null || limit == null) return 'not measured';
  return (op === '≤' ? value <= limit : value < limit) ? 'met' : 'NOT met';
}

/** Part 2: the side-by-side figures, per size and component, and per keystroke. */
function reportPeers(peers) {
  const components = [
    ['vaadin', 'Vaadin'],
    ['ours', 'ours'],
  ];
  const rounds = peers[0]?.ours.rounds ?? 0;
  console.log(
    `\nSide by side with ${VAADIN_PACKAGE} (same Chromium, same generated friends; a fresh page` +
      ` per component and round, median of ${rounds} rounds):`,
  );
  console.log(
    table(
      [
        'friends',
        'component',
        'first rows',
        'keystroke median',
        'keystroke worst',
        'worst single',
        'all loaded',
        'heap after GC',
        'app data',
        'list',
      ],
      peers.flatMap((r) =>
        components.map(([key, name]) => [
          count(r.size),
          name,
          ms(r[key].firstRowsMs),
          ms(r[key].keystrokeMedianMs),
          ms(r[key].keystrokeWorstMs),
          ms(r[key].keystrokeWorstSingleMs),
          key === 'ours' ? ms(r[key].loadedMs) : 'at once',
          mb(r[key].heap),
          mb(r[key].data),
          `${Math.round(r[key].listHeight ?? 0)} px, ${r[key].firstRowCount ?? '—'} rows`,
        ]),
      ),
    ),
  );
  console.log(
    [
      '  first rows: from handing the data over (ours: `new ArrayFriendSource(friends, {profile})`',
      '    and `dataSource = …`; Vaadin: `items = names` and `opened = true`) to the frame that shows',
      '    the first friend row with text in the list box. list: that box (ours: the [part~="list"]',
      '    of an inline picker in a 400 × 700 box; Vaadin: its overlay list, max-height 700 px) and',
      '    the friend rows in view then',
      '  keystroke: the search box value set and `input` dispatched, typed from the moment the',
      '    first rows show (ours still loading the rest), until the first frame that shows its',
      '    result: the visible rows changed and all match (ours: the query characters in order,',
      '    jamo as initials; Vaadin: its own case-insensitive substring rule), or no row when',
      '    nothing matches. It cannot measure under the wait for the next 60 Hz frame (≤ 16.7 ms).',
      '    Each keystroke is the median of the rounds; worst single: the slowest sample of all',
      '  all loaded: ours, to `kfp-load` (Vaadin is handed the whole array: nothing loads later)',
      '  heap after GC: CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage once all is loaded',
      "    and typed; the app's generated friends and their nicknames are still referenced on both",
      '    pages (app data: that heap before the component was loaded)',
    ].join('\n'),
  );

  console.log('\nSide by side, per keystroke (median of the rounds; friend rows in view):');
  console.log(
    table(
      ['typed', ...peers.flatMap((r) => components.map(([, name]) => `${count(r.size)} ${name}`))],
      PEER_STEPS.map((value, i) => [
        value === '' ? '(clear)' : JSON.stringify(value),
        ...peers.flatMap((r) =>
          components.map(([key]) => {
            const step = r[key].steps[i];
            const missing = step.shown < r[key].rounds ? '*' : '';
            return `${ms(step.ms)}${missing} (${step.rows ?? '—'})`;
          }),
        ),
      ]),
    ),
  );
  if (VERBOSE) {
    console.log(
      '  each run: shown (first change of the list: friend rows in view, rows that did not match)',
    );
    for (const r of peers) {
      for (const [key, name] of components) {
        for (const [i, run] of r[key].runs.entries()) {
          const steps = run.keystrokes.map((step) => {
            const odd = step.changeOdd.length > 0 ? `, e.g. ${step.changeOdd.join(' / ')}` : '';
            const early = step.domMs == null || step.domMs - step.changeMs > 1 || odd !== '';
            const change = early ? ` (${ms(step.changeMs)}: ${step.changeRows}${odd})` : '';
            return `${JSON.stringify(step.value)} ${ms(step.ms)}${change}`;
          });
          console.log(`  ${count(r.size)} ${name} #${i + 1}: ${steps.join('; ')}`);
        }
      }
    }
  }
  if (peers.some((r) => r.ours.unshown.length > 0 || r.vaadin.unshown.length > 0)) {
    console.log('  *: not shown within 5 s in some rounds (see Problems)');
  }
}

/** Part 4: one table of every headline figure, Vaadin beside ours, with the targets. */
function reportSummary({ sizes, peers, extras }) {
  const peer = (size) => peers?.find((r) => r.size === size);
  const rest = extras.find((e) => e.measure.name === 'measureEmulatorLoad')?.figures;
  const ratio = (vaadin, ours) =>
    vaadin == null || ours == null || vaadin === 0 ? '—' : `${(ours / vaadin).toFixed(2)}×`;
  const rows = [];
  const add = (figure, format, vaadin, ours, target, limit, unshown = []) => {
    let result = verdict(ours, limit, '≤');
    if (unshown.length > 0) result = `NOT met (${unshown.length} not shown)`;
    rows.push([figure, format(vaadin), format(ours), ratio(vaadin, ours), target, result]);
  };
  const vaadinSize = sizes.vaadin?.gzip;
  add('bundle, core', kb, vaadinSize, sizes.ours.core.gzip, '≤ 25 kB', 25 * 1024);
  add('bundle, core + kakao', kb, vaadinSize, sizes.ours.coreKakao?.gzip, '≤ 28 kB', 28 * 1024);
  for (const [size, worst] of [
    [10_000, 33],
    [100_000, 50],
  ]) {
    const r = peer(size);
    const label = size === 10_000 ? '10k' : '100k';
    const half = r?.vaadin.firstRowsMs == null ? null : r.vaadin.firstRowsMs / 2;
    add(
      `${label} first rows`,
      ms,
      r?.vaadin.firstRowsMs,
      r?.ours.firstRowsMs,
      `≤ 0.5× Vaadin (${ms(half)})`,
      half,
    );
    add(
      `${label} keystroke median`,
      ms,
      r?.vaadin.keystrokeMedianMs,
      r?.ours.keystrokeMedianMs,
      `≤ Vaadin's`,
      r?.vaadin.keystrokeMedianMs,
      r?.ours.unshown,
    );
    add(
      `${label} keystroke worst`,
      ms,
      r?.vaadin.keystrokeWorstMs,
      r?.ours.keystrokeWorstMs,
      `≤ ${worst} ms`,
      worst,
      r?.ours.unshown,
    );
    if (size === 100_000) {
      add('100k heap after GC', mb, r?.vaadin.heap, r?.ours.heap, '≤ 25 MB', 25 * 1024 * 1024);
    }
  }
  add(
    `REST ${count(EMULATOR_LOAD.friendCount)}, ${EMULATOR_LOAD.latencyMs} ms/answer`,
    ms,
    null,
    rest?.loadedMedianMs,
    `≤ ${EMULATOR_LOAD.targetMs} ms`,
    EMULATOR_LOAD.targetMs,
  );

  console.log('\nSummary (ratio: ours / Vaadin, both measured in this run):');
  console.log(markdownTable(['figure', 'Vaadin', 'ours', 'ratio', 'target', 'verdict'], rows));
  console.log(
    [
      '  bundle: gzip -9, kB = 1,024 bytes; ours "core" is dist/kakao-friend-picker.bundle.js and',
      '    its static imports, "core + kakao" adds dist/kakao.bundle.js; Vaadin is esbuild',
      '    --bundle --minify --format=esm of the whole package (its Lit included, as in ours)',
      '  heap: app data included (see above); REST: kfp-load, median of 3 runs (ours only)',
    ].join('\n'),
  );
}

/** A Markdown table with padded columns (left-aligned text, right-aligned figures). */
function markdownTable(headers, rows) {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => String(row[i]).length)),
  );
  const right = (i) => i >= 1 && i <= 3;
  const line = (cells) =>
    `| ${cells
      .map((cell, i) =>
        right(i) ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]),
      )
      .join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
