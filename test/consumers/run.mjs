// `npm run test:consumers` (part of `npm test`, after `npm run build`): the package as its users
// get it. Packs it, installs the tarball into small apps in test/consumers/apps/ (Vite +
// TypeScript; React 19, client-rendered and server-rendered then hydrated; Vue 3; Svelte 5; and
// Angular, type-checked only), type-checks each with its own checker (tsc, vue-tsc, svelte-check),
// checks that each app's negative/ files FAIL that checker where they should, builds each with
// Vite, and drives each built app in Chromium: open the picker, search, pick two, confirm; the app
// shows the uuids it got through `value`/`change` (onChange, v-model, bind:value) and
// `kfp-confirm`, and clearing the app's state clears the picker.
//
// The apps' framework packages are their own (each app's package.json and lock file), never the
// library's. Work copies live in the system's temporary directory and are reused: a second run
// installs only the new tarball. Options: `--apps vanilla,vue`, `--no-browser`.
// Prints one `ok`/`FAIL` line per check and writes its counts beside the suite's summary
// (KFP_SUMMARY_FILE + `.consumers`) for .ci/run's final line; exits 1 on any failure.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { chromeArgs, findChrome, missingChromeMessage } from '../runner/find-chrome.mjs';

const root = new URL('../../', import.meta.url).pathname;
const fixtures = join(root, 'test/consumers/apps');
// Outside the repository: checkers skip anything under a node_modules/ (svelte-check silently
// checks nothing there), and the repository's own tools must not see the apps' installs.
const work = join(
  process.env.KFP_CONSUMERS_DIR ?? tmpdir(),
  `kfp-consumers-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`,
);

const { values: options } = parseArgs({
  options: {
    apps: { type: 'string' },
    browser: { type: 'boolean', default: true },
  },
  allowNegative: true,
});

/**
 * Each app: its checker (a command run in the app with `tsconfig.json`, and again with
 * `tsconfig.negative.json`, which adds negative/), the errors each negative file must raise (a
 * pattern for each line that must be reported), and where its build is.
 */
const apps = {
  vanilla: {
    checker: 'tsc',
    check: (config) => ['node_modules/.bin/tsc', '-p', config, '--pretty', 'false'],
    negative: {
      'negative/document-listener.ts': [/event\.detail\.uuidz/],
      'negative/wrong-value.ts': [/picker\.value = 'abc'/],
    },
    dist: 'dist',
  },
  react: {
    checker: 'tsc',
    check: (config) => ['node_modules/.bin/tsc', '-p', config, '--pretty', 'false'],
    negative: {
      'negative/wrong-attribute.tsx': [/view-type="sideways"/],
      'negative/wrong-handler.tsx': [/event\.detail\.uuidz/],
    },
    dist: 'dist/client',
    pages: [
      { path: '/', label: 'react (the bare tag)' },
      {
        path: '/ssr.html',
        label: 'react (server-rendered, hydrated, /react)',
        serverRendered: true,
      },
    ],
  },
  vue: {
    checker: 'vue-tsc',
    check: (config) => ['node_modules/.bin/vue-tsc', '-p', config, '--pretty', 'false'],
    negative: {
      'negative/WrongAttribute.vue': [/view-type="sideways"/, /v-model="count"/],
    },
    dist: 'dist',
  },
  svelte: {
    checker: 'svelte-check',
    check: (config) => [
      'node_modules/.bin/svelte-check',
      '--tsconfig',
      config,
      '--output',
      'machine',
      '--fail-on-warnings',
    ],
    negative: {
      'negative/WrongAttribute.svelte': [
        /<kakao-friend-picker view-type="sideways">/,
        /<KakaoFriendPicker view-type="sideways"/,
      ],
    },
    dist: 'dist',
  },
  // Type-checked only (the README's ControlValueAccessor): an Angular build needs its compiler.
  angular: {
    checker: 'tsc',
    check: (config) => ['node_modules/.bin/tsc', '-p', config, '--pretty', 'false'],
    negative: {
      'negative/wrong-value.ts': [/writeValue\('abc'\)/],
    },
  },
};

const selected = options.apps ? options.apps.split(',') : Object.keys(apps);
for (const name of selected) {
  if (!(name in apps)) {
    console.error(`Unknown app ${name}: one of ${Object.keys(apps).join(', ')}`);
    process.exit(2);
  }
}

const results = { passed: 0, failed: 0 };
const started = Date.now();

function check(ok, message, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} consumers: ${message}`);
  if (!ok && detail) console.log(detail.replace(/^/gm, '       '));
  results[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

/** Runs a command; resolves with its exit code, stdout and all output (never rejects). */
function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) =>
      resolve({ code: -1, stdout, output: `${output}${error.message}` }),
    );
    child.on('close', (code) => resolve({ code, stdout, output }));
  });
}

const tail = (text, lines = 25) => text.trim().split('\n').slice(-lines).join('\n');

/** `npm pack` of the built package, named by its content so npm sees every new build. */
async function pack() {
  const missing = ['dist/index.js', 'dist/kakao-friend-picker.bundle.js', 'web-types.json'].filter(
    (file) => !existsSync(join(root, file)),
  );
  if (!check(missing.length === 0, 'the package is built', `Missing ${missing}: npm run build`)) {
    return undefined;
  }
  const packs = join(work, 'packs');
  rmSync(packs, { recursive: true, force: true });
  mkdirSync(packs, { recursive: true });
  // --ignore-scripts: `prepack` would build again; `npm test` has just built.
  const { code, stdout, output } = await run(
    'npm',
    ['pack', '--ignore-scripts', '--json', '--loglevel=error', '--pack-destination', packs],
    root,
  );
  if (!check(code === 0, 'npm pack', tail(output))) return undefined;
  const [{ filename }] = JSON.parse(stdout);
  const hash = createHash('sha256')
    .update(readFileSync(join(packs, filename)))
    .digest('hex')
    .slice(0, 12);
  const tarball = `kakao-friend-picker-${hash}.tgz`;
  cpSync(join(packs, filename), join(packs, tarball));
  return tarball;
}

/** Copies an app's sources over its work copy (keeping node_modules) and points it at the tarball. */
function prepare(name, tarball) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) {
    if (entry !== 'node_modules') rmSync(join(dir, entry), { recursive: true, force: true });
  }
  cpSync(join(fixtures, name), dir, { recursive: true });
  const packageJson = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  packageJson.dependencies['kakao-friend-picker'] = `file:../packs/${tarball}`;
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  return dir;
}

/** Checker diagnostics as `{ file, line, message }`, from tsc/vue-tsc or svelte-check output. */
function diagnostics(output) {
  const found = [];
  for (const line of output.split('\n')) {
    const ts = /^(.+?)\((\d+),\d+\): error (.*)$/.exec(line.trim());
    if (ts) found.push({ file: ts[1], line: Number(ts[2]), message: ts[3] });
    const svelte = /^\d+ (?:ERROR|WARNING) "(.+?)" (\d+):\d+ (.*)$/.exec(line.trim());
    if (svelte) found.push({ file: svelte[1], line: Number(svelte[2]), message: svelte[3] });
  }
  return found;
}

async function checkTypes(name, app, dir) {
  const [command, ...args] = app.check('tsconfig.json');
  const positive = await run(command, args, dir);
  check(positive.code === 0, `${name}: ${app.checker} passes`, tail(positive.output));

  const [negCommand, ...negArgs] = app.check('tsconfig.negative.json');
  const negative = await run(negCommand, negArgs, dir);
  const errors = diagnostics(negative.output);
  const expected = new Set();
  for (const [file, patterns] of Object.entries(app.negative)) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    for (const pattern of patterns) {
      const line = lines.findIndex((text) => pattern.test(text)) + 1;
      expected.add(`${file}:${line}`);
      const error = errors.find((e) => e.file.endsWith(file) && e.line === line);
      check(
        negative.code !== 0 && line > 0 && error !== undefined,
        `${name}: ${app.checker} fails on ${file}:${line}${error ? ` (${error.message.slice(0, 90)})` : ''}`,
        tail(negative.output),
      );
    }
  }
  const unexpected = errors.filter(
    (e) => ![...expected].some((at) => `${e.file}:${e.line}`.endsWith(at)),
  );
  check(
    unexpected.length === 0,
    `${name}: ${app.checker} reports nothing else with the negative files`,
    unexpected.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n'),
  );
}

async function prepareApp(name, tarball) {
  const app = apps[name];
  const dir = prepare(name, tarball);
  const install = await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    dir,
  );
  if (!check(install.code === 0, `${name}: npm install of the tarball`, tail(install.output))) {
    return false;
  }
  await checkTypes(name, app, dir);
  if (app.dist === undefined) return false;
  const build = await run('npm', ['run', 'build', '--silent'], dir);
  return check(build.code === 0, `${name}: vite build`, tail(build.output));
}

// --- the browser part -----------------------------------------------------------------------------

const mime = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves a built app on 127.0.0.1; resolves with its URL and a close function. */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (path === '/favicon.ico' && !existsSync(file)) {
      res.writeHead(204).end();
      return;
    }
    if (relative(dir, file).startsWith('..') || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': mime[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () =>
          new Promise((done) => {
            server.close(done);
            // The browser keeps its connections alive: they would hold the server open.
            server.closeAllConnections();
          }),
      }),
    );
  });
}

const waitOptions = { timeout: 15000, polling: 50 };

/** The picker's visible option names, in order. */
const optionNames = (page) =>
  page.evaluate(() =>
    [
      ...document
        .querySelector('kakao-friend-picker')
        .shadowRoot.querySelectorAll('[role="option"]'),
    ]
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .map((row) => row.querySelector('[part~="nickname"]').textContent.trim()),
  );

async function clickButton(page, text) {
  const button = await page.waitForFunction(
    (label) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === label),
    waitOptions,
    text,
  );
  await button.asElement().click();
}

async function clickOption(page, name) {
  const row = await page.waitForFunction(
    (wanted) =>
      [
        ...document
          .querySelector('kakao-friend-picker')
          .shadowRoot.querySelectorAll('[role="option"]'),
      ].find((r) => r.querySelector('[part~="nickname"]').textContent.trim() === wanted),
    waitOptions,
    name,
  );
  await row.asElement().click();
}

/** Waits until the page's text holds `text`; fails with what it holds instead. */
async function waitForText(page, text) {
  try {
    await page.waitForFunction((t) => document.body.innerText.includes(t), waitOptions, text);
    return true;
  } catch {
    return false;
  }
}

async function search(page, text, expected) {
  await page.keyboard.type(text);
  try {
    await page.waitForFunction(
      (want) =>
        [
          ...document
            .querySelector('kakao-friend-picker')
            .shadowRoot.querySelectorAll('[role="option"] [part~="nickname"]'),
        ]
          .map((n) => n.textContent.trim())
          .join() === want,
      waitOptions,
      expected,
    );
    return true;
  } catch {
    return false;
  }
}

const pickerValue = (page) =>
  page.evaluate(() => [...document.querySelector('kakao-friend-picker').value]);

async function drive(browser, server, { path, label: name, serverRendered }) {
  const url = new URL(path, server.url).href;
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    if (serverRendered) {
      const html = await (await fetch(url)).text();
      check(
        /<kakao-friend-picker[\s>]/.test(html) && html.includes('Picked:'),
        `${name}: the server-rendered page holds the app and the tag`,
        html.slice(0, 400),
      );
    }
    await page.goto(url);
    await page.waitForFunction(
      () => document.querySelector('kakao-friend-picker')?.shadowRoot !== null,
      waitOptions,
    );
    await clickButton(page, 'Choose friends');
    await page.waitForFunction(
      () =>
        document.querySelector('kakao-friend-picker').shadowRoot.querySelectorAll('[role="option"]')
          .length >= 3,
      waitOptions,
    );
    const open = await page.evaluate(
      () =>
        document.querySelector('kakao-friend-picker').shadowRoot.querySelector('dialog')?.open ===
        true,
    );
    check(open, `${name}: the button opens the popup with the friends`);

    // The search box has the focus: type an initial-consonant query, then a Latin one.
    const foundKorean = await search(page, 'ㅎㄱ', '홍길동');
    check(foundKorean, `${name}: searching ㅎㄱ finds 홍길동`, (await optionNames(page)).join());
    await clickOption(page, '홍길동');
    const shown = await waitForText(page, 'Picked: def');
    // Escape in the search box clears it (and keeps the picker open).
    await page.focus('kakao-friend-picker >>> [part~="search-input"]');
    await page.keyboard.press('Escape');
    const foundLatin = await search(page, 'bob', 'Bob');
    await clickOption(page, 'Bob');
    const both = await waitForText(page, 'Picked: def, ghi');
    check(
      shown && foundLatin && both && (await pickerValue(page)).join() === 'def,ghi',
      `${name}: two picks reach the app's state ("Picked: def, ghi") and picker.value`,
      await page.evaluate(() => document.body.innerText),
    );

    await page.click('kakao-friend-picker >>> [part~="confirm-button"]');
    const confirmed = await waitForText(page, 'Send to: def, ghi');
    const closed = await page.evaluate(
      () => !document.querySelector('kakao-friend-picker').shadowRoot.querySelector('dialog')?.open,
    );
    check(
      confirmed && closed,
      `${name}: confirm reaches the app through kfp-confirm ("Send to: def, ghi") and closes`,
      await page.evaluate(() => document.body.innerText),
    );

    await clickButton(page, 'Clear');
    let cleared = false;
    try {
      await page.waitForFunction(
        () => document.querySelector('kakao-friend-picker').value.length === 0,
        waitOptions,
      );
      cleared = !(await page.evaluate(() => document.body.innerText)).includes('Picked: def');
    } catch {
      cleared = false;
    }
    check(cleared, `${name}: the app's state flows back into the picker's value (Clear)`);

    if (serverRendered) {
      const page2 = await page.evaluate(() => ({
        virtualizer: customElements.get('lit-virtualizer') !== undefined,
        secondCopy: document.documentElement.dataset.secondCopy,
      }));
      check(
        page2.virtualizer && page2.secondCopy === 'no-op',
        `${name}: hydrates beside a predefined lit-virtualizer and a second copy of the package`,
        JSON.stringify(page2),
      );
    }
    check(errors.length === 0, `${name}: no errors in the page`, errors.join('\n'));
  } catch (error) {
    check(false, `${name}: in Chromium`, `${error.stack ?? error}\n${errors.join('\n')}`);
  } finally {
    await page.close();
  }
}

// --- main -----------------------------------------------------------------------------------------

mkdirSync(work, { recursive: true });
const tarball = await pack();
let built = [];
if (tarball !== undefined) {
  // Two at a time: installs wait on the network, checkers and builds on the two cores.
  const queue = [...selected];
  const worker = async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
      if (await prepareApp(name, tarball)) built.push(name);
    }
  };
  await Promise.all([worker(), worker()]);
  built = selected.filter((name) => built.includes(name));
}

if (options.browser && built.length > 0) {
  const chrome = findChrome();
  if (check(chrome !== undefined, 'Chrome/Chromium found', missingChromeMessage)) {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      executablePath: chrome,
      headless: true,
      args: chromeArgs,
    });
    try {
      for (const name of built) {
        const app = apps[name];
        const server = await serve(join(work, name, app.dist));
        try {
          for (const page of app.pages ?? [{ path: '/', label: name }]) {
            await drive(browser, server, page);
          }
        } finally {
          await server.close();
        }
      }
    } finally {
      await browser.close();
    }
  }
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(
  `consumer apps (${selected.join(', ')}): ${results.passed} checks passed, ${results.failed} failed, ${seconds} s`,
);
if (process.env.KFP_SUMMARY_FILE) {
  writeFileSync(`${process.env.KFP_SUMMARY_FILE}.consumers`, JSON.stringify(results));
}
process.exit(results.failed === 0 ? 0 : 1);
