// Locates a Chrome/Chromium binary for the test runner and the bench; CHROME_PATH wins.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const missingChromeMessage =
  'No Chrome/Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`, macOS/Windows: Google Chrome) or set CHROME_PATH=/path/to/chrome.';

export function findChrome() {
  if (process.env.CHROME_PATH) {
    return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  }
  for (const path of candidates) if (existsSync(path)) return path;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The leak tests (test/hardening/leaks.test.ts) collect garbage with `window.gc()` and read
  // `performance.memory` unrounded.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];
