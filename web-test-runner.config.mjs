import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { chromeArgs, findChrome } from './test/runner/find-chrome.mjs';
import { summaryReporter } from './test/runner/summary-reporter.mjs';
import { testServerMiddleware, testServerPlugins } from './test/server-plugins.mjs';
import { packageImportsPlugin } from './test/package-imports-plugin.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  hostname: '127.0.0.1',
  // One page at a time: keyboard and focus tests need the window's focus to themselves.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browserStartTimeout: 60000,
  middleware: testServerMiddleware(),
  plugins: [
    esbuildPlugin({
      ts: true,
      tsx: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    ...testServerPlugins(),
    packageImportsPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script type="module" src="/test/setup.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  // Used by `npm run test:coverage` (test/runner/coverage.mjs), which `npm test` runs after the
  // suite: the browser tests must cover this much of src/ (v8 coverage mapped to the TypeScript
  // sources). Only modules the tests load count, so a file no test imports would not lower it:
  // today every src/ module with code is loaded (the bundle entries are tested as built files in
  // test/bundle/, types.ts and template-types.ts hold types only). Measured
  // 2026-11-28: 99.0% statements and lines, 97.1% branches, 96.6% functions.
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', 'src/frameworks/**', 'src/**/*.d.ts'],
    threshold: { statements: 98, lines: 98, branches: 95, functions: 95 },
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [defaultReporter(), summaryReporter()],
};
