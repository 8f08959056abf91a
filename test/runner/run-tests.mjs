// Runs the browser suite with @web/test-runner and prints the plain `N passed, N failed` line last.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome, missingChromeMessage } from './find-chrome.mjs';

const summaryFile =
  process.env.KFP_SUMMARY_FILE ?? join(tmpdir(), `kfp-test-summary-${process.pid}.json`);

const chrome = findChrome();
if (!chrome) {
  console.error(missingChromeMessage);
  process.exit(1);
}
rmSync(summaryFile, { force: true });
const result = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome, KFP_SUMMARY_FILE: summaryFile } },
);
let summary;
try {
  summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
} catch {
  summary = { passed: 0, failed: 1, skipped: 0 };
}
const skipped = summary.skipped ? `, ${summary.skipped} skipped` : '';
console.log(`${summary.passed} passed, ${summary.failed} failed${skipped}`);
if (!process.env.KFP_SUMMARY_FILE) rmSync(summaryFile, { force: true });
process.exit(result.status === 0 && summary.failed === 0 ? 0 : 1);
