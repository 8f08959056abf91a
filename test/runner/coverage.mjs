// `npm run test:coverage` (the last step of `npm test`): the browser suite again, with v8 coverage,
// failing when src/ is covered less than web-test-runner.config.mjs's `coverageConfig.threshold`.
// A run of its own because coverage instrumentation slows the code and grows the heap: the tests
// that time the picker's tasks (no long task while 100,000 friends load, linear normalizing) or
// weigh its heap (no leaks over 1,000 pickers: 0.04 MB plain, over 1 MB instrumented) ran in the
// plain suite before this and are left out here. Under CI (KFP_SUMMARY_FILE set) a failure counts as one
// failed test in the final `N passed, N failed` line (`$KFP_SUMMARY_FILE.coverage`).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Tests that measure time or heap: meaningful only without instrumentation. */
const MEASURED = [
  'test/hardening/flood.test.ts',
  'test/hardening/big-selection.test.ts',
  'test/hardening/leaks.test.ts',
];

const result = spawnSync(
  process.execPath,
  [
    'test/runner/run-tests.mjs',
    '--coverage',
    '--files',
    'test/**/*.test.ts',
    ...MEASURED.map((file) => `!${file}`),
  ],
  {
    stdio: 'inherit',
    // Its own summary file: the suite's counts are the ones CI reports.
    env: { ...process.env, KFP_SUMMARY_FILE: join(tmpdir(), `kfp-coverage-${process.pid}.json`) },
  },
);
const ok = result.status === 0;
console.log(
  ok
    ? 'ok   coverage: src/ is covered at least as much as coverageConfig.threshold asks'
    : 'FAIL coverage: a test failed or src/ is covered less than coverageConfig.threshold (see above)',
);
if (process.env.KFP_SUMMARY_FILE) {
  writeFileSync(
    `${process.env.KFP_SUMMARY_FILE}.coverage`,
    JSON.stringify({ passed: 0, failed: ok ? 0 : 1, skipped: 0 }),
  );
}
process.exit(ok ? 0 : 1);
