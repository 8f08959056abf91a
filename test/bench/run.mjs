// `npm run bench`: drives the BUILT bundle (dist/kakao-friend-picker.bundle.js) in headless
// Chromium with 1,000 / 10,000 / 100,000 generated friends and prints the figures against the
// targets. It asserts nothing: exit 0 unless something crashed.
//
// After the sizes, the `extra` measurements run once (measurements.mjs): loading 1,234 friends over
// HTTP from the Kakao REST API emulator at 100 ms latency.
//
//   node test/bench/run.mjs [--sizes=1000,10000] [--no-avatars] [--verbose]
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, missingChromeMessage } from '../runner/find-chrome.mjs';
import { startBenchServer } from './server.mjs';
import { extra, perSize } from './measurements.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const BUNDLE = 'kakao-friend-picker.bundle.js';

const argv = process.argv.slice(2);
const sizesArg = argv.find((arg) => arg.startsWith('--sizes='));
const SIZES = sizesArg
  ? sizesArg.slice('--sizes='.length).split(',').map(Number)
  : [1_000, 10_000, 100_000];
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
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
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

// --- bundle size --------------------------------------------------------------------------------

async function bundleSizes() {
  const bundle = await readFile(join(dist, BUNDLE));
  // The bundle and the chunks it loads lazily (e.g. locales), found by their relative imports;
  // dist/ also holds the per-module library build, which is not part of this figure.
  const chunks = new Set(
    [...bundle.toString('utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((match) => match[1]),
  );
  const sizes = [{ file: BUNDLE, raw: bundle.length, gzip: gzipSync(bundle, { level: 9 }).length }];
  for (const file of [...chunks].sort()) {
    const content = await readFile(join(dist, file));
    sizes.push({ file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length });
  }
  return sizes;
}

// --- running ------------------------------------------------------------------------------------

async function openBenchPage(browser, server) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => {
    // Chromium reports this benign virtualizer/ResizeObserver notice as a window error.
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
  const sizes = await bundleSizes();
  const server = await startBenchServer();
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // Unthrottled frames: "next frame" then means when the work is done, not the next 60 Hz tick.
    args: [...chromeArgs, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
  });
  const all = [];
  const extras = [];
  try {
    const version = await browser.version();
    console.log(
      `kakao-friend-picker bench: ${version}, headless, ${cpus().length} CPUs, Node ${process.version}`,
    );
    console.log(`load average at start: ${loadavg()[0].toFixed(2)}\n`);
    for (const size of SIZES) {
      process.stdout.write(`measuring ${count(size)} friends…\n`);
      all.push(await measureSize(browser, server, size));
    }
    for (const measure of extra) {
      process.stdout.write(`measuring ${measure.label ?? measure.name}…\n`);
      try {
        const figures = await measure({
          browser,
          server,
          openPage: () => openBenchPage(browser, server),
        });
        extras.push({ measure, figures });
      } catch (error) {
        extras.push({ measure, error });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  report(all, sizes, extras);
  const load = loadavg()[0];
  if (load > cpus().length) {
    console.log(
      `\nThe machine was busy (load average ${load.toFixed(2)} on ${cpus().length} CPUs): other work` +
        ' inflates these figures; run again on an idle machine for numbers to compare.',
    );
  }
}

// --- report -------------------------------------------------------------------------------------

function report(all, sizes, extras) {
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

  console.log('\nBundle (gzip -9):');
  for (const { file, raw, gzip } of sizes)
    console.log(`  dist/${file}: ${kb(raw)} raw, ${kb(gzip)} gzip`);

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
  console.log('\nTargets:');
  for (const { label, value, limit } of targets) {
    const verdict = value == null ? 'not measured' : value < limit ? 'met' : 'NOT met';
    console.log(`  ${label.padEnd(labelWidth)}  ${ms(value).padStart(10)}  ${verdict}`);
  }

  const problems = [
    ...all.flatMap((r) => [
      ...(r.failures ?? []).map((f) => `${count(r.size)}: ${f}`),
      ...(r.pageErrors ?? []).map((e) => `${count(r.size)}: page error: ${e}`),
    ]),
    ...extraProblems,
  ];
  if (problems.length > 0) {
    console.log('\nProblems:');
    for (const problem of problems) console.log(`  ${problem}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
