// `npm test` (via `npm run lint`) fails here when a translation is missing: `lit-localize build`
// only warns about that. Checks, for every target locale of lit-localize.json:
//   1. every <trans-unit> of locales/<locale>.xlf has a non-empty <target> with the source's
//      placeholders, and a kfp.* id;
//   2. (unless --xliff-only) the XLIFF files match the msg() calls in src/ — no message missing,
//      none left over — and src/generated/locales/ holds what `lit-localize build` makes of them
//      (split as scripts/split-locales.mjs splits it).
// Usage: node scripts/checks/translations.mjs [--xliff-dir <dir>] [--xliff-only]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translationProblems } from '../../test/runner/translation-check.mjs';
import { SPLIT_LOCALES, lazyFileOf, splitLocale } from '../split-locales.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const xliffDir = resolve(option('--xliff-dir') ?? join(root, config.interchange.xliffDir));
const problems = [];

for (const locale of config.targetLocales) {
  let xliff;
  try {
    xliff = readFileSync(join(xliffDir, `${locale}.xlf`), 'utf8');
  } catch {
    problems.push(`${locale}.xlf is missing from ${xliffDir}: run npm run localize.`);
    continue;
  }
  problems.push(...translationProblems(locale, xliff));
}

if (!args.includes('--xliff-only') && problems.length === 0) problems.push(...checkBuild());

if (problems.length > 0) {
  console.error(`Translations are incomplete or out of date:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Translations complete: ${config.targetLocales.join(', ')}.`);

/** Runs `lit-localize build` into a scratch directory and compares it with the committed one. */
function checkBuild() {
  const scratch = mkdtempSync(join(tmpdir(), 'kfp-localize-'));
  try {
    const scratchConfig = {
      ...config,
      tsConfig: join(root, config.tsConfig),
      inputFiles: config.inputFiles.map((glob) => join(root, glob)),
      output: { ...config.output, outputDir: scratch },
      interchange: { ...config.interchange, xliffDir },
    };
    delete scratchConfig.$schema;
    const configPath = join(scratch, 'lit-localize.json');
    writeFileSync(configPath, JSON.stringify(scratchConfig));
    const cli = join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js');
    const run = spawnSync(process.execPath, [cli, 'build', '--config', configPath], {
      cwd: root,
      encoding: 'utf8',
    });
    const output = `${run.stdout}\n${run.stderr}`;
    if (run.status !== 0) return [`lit-localize build failed:\n${output.trim()}`];
    const found = [];
    for (const line of output.split('\n')) {
      if (/is missing|does not exist in canonical messages/.test(line)) {
        found.push(`${line.trim()} — run npm run localize, then translate.`);
      }
    }
    for (const locale of config.targetLocales) {
      const built = readFileSync(join(scratch, `${locale}.ts`), 'utf8');
      // What `npm run localize` makes of it: the core's languages split (scripts/split-locales.mjs).
      const files = { [`${locale}.ts`]: built };
      if (SPLIT_LOCALES.includes(locale)) {
        const { main, lazy } = splitLocale(built);
        files[`${locale}.ts`] = main;
        files[lazyFileOf(locale)] = lazy;
      }
      for (const [file, expected] of Object.entries(files)) {
        let committed = '';
        try {
          committed = readFileSync(join(root, config.output.outputDir, file), 'utf8');
        } catch {
          // reported below
        }
        if (expected !== committed) {
          found.push(`${config.output.outputDir}/${file} is stale: run npm run localize.`);
        }
      }
    }
    return found;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
