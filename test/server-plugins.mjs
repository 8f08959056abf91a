// Dev-server middleware and plugins for the test runner (HTTP fixtures that tests talk to over
// real HTTP).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createKakaoEmulator } from '../tools/kakao-emulator/kakao-api-emulator.mjs';
import { translationCheckPlugin } from './runner/translation-check-plugin.mjs';

/**
 * Koa middleware for the runner's `middleware` option: the Kakao API emulator under
 * /kakao-emulator on the test server itself, so adapter tests make real same-origin requests
 * (each test creates its own scenario: test files run in parallel).
 *
 * The dev server runs the `middleware` option ahead of its own (watch, etag/304, transforms, file
 * lookup), and the emulator answers its paths without calling `next`: none of those get in the way.
 */
export function testServerMiddleware() {
  return [createKakaoEmulator().koaMiddleware];
}

/** The policy of issue 9: what a careful integrator's page sends. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
/** The same, for a page that loads two copies of Lit (docs/guide.md, "Content Security Policy"). */
export const STRICT_CSP_TWO_COPIES = `${STRICT_CSP} 'allow-duplicates'`;

const root = new URL('../', import.meta.url);
const pageTypes = { html: 'text/html;charset=utf-8', js: 'text/javascript;charset=utf-8' };

/**
 * Pages for test/hardening, served as a real site would serve them (opened in iframes there):
 *
 * - `/hardening/plain/<page>`, `/hardening/strict-csp/<page>` and
 *   `/hardening/strict-csp-two-copies/<page>`: a file of test/hardening/pages/, without a policy
 *   or with the one named (a response header, as browsers enforce it);
 * - `/hardening/copy/<n>/dist/<file>`: the built `dist/` under another URL, so a page can load a
 *   second, independent copy of the bundles (their chunks resolve under the same prefix).
 *
 * Answered before the dev server, which would otherwise inject nothing but also send no header.
 */
function hardeningPagesPlugin() {
  const policies = {
    plain: undefined,
    'strict-csp': STRICT_CSP,
    'strict-csp-two-copies': STRICT_CSP_TWO_COPIES,
  };
  async function serve(req, res) {
    const path = (req.url ?? '/').split('?')[0];
    let file;
    let policy;
    const page = /^\/hardening\/([a-z-]+)\/([a-z0-9-]+\.(?:html|js))$/.exec(path);
    const copy = /^\/hardening\/copy\/\d+\/(dist\/[\w.-]+(?:\/[\w.-]+)?\.js)$/.exec(path);
    if (page !== null && page[1] in policies) {
      file = new URL(`test/hardening/pages/${page[2]}`, root);
      policy = policies[page[1]];
    } else if (copy !== null && !copy[1].includes('..')) {
      file = new URL(copy[1], root);
    } else {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('no such hardening page');
      return;
    }
    let body;
    try {
      body = await readFile(fileURLToPath(file));
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found (is dist/ built?)');
      return;
    }
    const headers = {
      'Content-Type': pageTypes[file.pathname.split('.').pop()],
      'Cache-Control': 'no-store',
    };
    if (policy !== undefined) headers['Content-Security-Policy'] = policy;
    res.writeHead(200, headers);
    res.end(body);
  }
  return {
    name: 'hardening-pages',
    serverStart({ server }) {
      const devServerHandlers = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if ((req.url ?? '').startsWith('/hardening/')) {
          serve(req, res).catch(() => res.destroy());
        } else {
          for (const handler of devServerHandlers) handler.call(server, req, res);
        }
      });
    },
  };
}

export function testServerPlugins() {
  return [hardeningPagesPlugin(), translationCheckPlugin()];
}
