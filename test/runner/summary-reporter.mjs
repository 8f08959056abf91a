// A @web/test-runner reporter that counts results for the plain summary line CI reads.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the counts go: set by run-tests.mjs (or .ci/run) per run, so parallel runs never mix. */
export const summaryFile =
  process.env.KFP_SUMMARY_FILE ?? join(tmpdir(), `kfp-test-summary-${process.pid}.json`);

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        if (session.testResults) count(session.testResults, totals);
        const ran = totals.passed + totals.failed + totals.skipped - before;
        // A file that failed to load (or threw outside a test) counts as one failure.
        if ((ran === 0 || (session.errors?.length ?? 0) > 0) && !session.passed) totals.failed += 1;
      }
      writeFileSync(summaryFile, JSON.stringify(totals));
    },
  };
}
