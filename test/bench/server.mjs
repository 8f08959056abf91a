// A tiny loopback HTTP server for the bench: the bench pages and their harnesses, the BUILT bundles
// (and their chunks, dist/ and dist/chunks/), the demo's friend generator compiled for the browser,
// and files the bench registers under /vendor/ (the side-by-side's Vaadin bundle, built at start).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, join } from 'node:path';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The demo's generator (`demo/data/generate-friends.ts` and what it imports), as one browser ES
 * module. Bundled, not copied: the bench measures exactly the lists the demo shows.
 */
async function bundleGenerator() {
  const result = await build({
    entryPoints: [join(root, 'demo/data/generate-friends.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * Runs a Connect-style middleware (`(req, res, next)`, as Vite's `server.middlewares.use` takes):
 * resolves true once it answered, false when it passed the request on with `next()`.
 */
function runMiddleware(middleware, req, res) {
  return new Promise((resolve, reject) => {
    const answered = () => resolve(true);
    res.once('finish', answered);
    res.once('close', answered);
    const next = (error) => {
      res.off('finish', answered);
      res.off('close', answered);
      if (error) reject(error);
      else resolve(false);
    };
    try {
      middleware(req, res, next);
    } catch (error) {
      reject(error);
    }
  });
}

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * Starts the server on 127.0.0.1 and a free port. `use(middleware)` mounts a Connect-style
 * middleware before the built-in routes (for example the Kakao REST API emulator's, for a "load
 * from the network" measurement).
 */
export async function startBenchServer() {
  const generator = await bundleGenerator();
  const middlewares = [];
  const vendor = new Map();
  const pages = {
    '/': 'page.html',
    '/index.html': 'page.html',
    '/page.mjs': 'page.mjs',
    '/peer-page.html': 'peer-page.html',
    '/peer-page.mjs': 'peer-page.mjs',
  };

  const server = createServer(async (req, res) => {
    try {
      for (const middleware of middlewares) if (await runMiddleware(middleware, req, res)) return;
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      const segments = pathname.split('/').slice(2);
      // Plain names only (letters, digits, `.`, `-`, `_`; no `..`): no path traversal.
      const safe = segments.every((segment) => /^[\w-][\w.-]*$/.test(segment));
      if (Object.hasOwn(pages, pathname)) {
        const file = pages[pathname];
        send(res, 200, await readFile(join(here, file)), types[extname(file)]);
      } else if (pathname === '/generate-friends.js') {
        send(res, 200, generator, types['.js']);
      } else if (pathname.startsWith('/dist/') && safe && segments.length <= 2) {
        // The bundles of dist/ and their chunks one folder down (dist/chunks/).
        const file = join(root, 'dist', ...segments);
        send(res, 200, await readFile(file), types[extname(file)] ?? 'application/octet-stream');
      } else if (pathname.startsWith('/vendor/') && vendor.has(segments.join('/'))) {
        const file = vendor.get(segments.join('/'));
        send(res, 200, await readFile(file), types[extname(file)] ?? 'application/octet-stream');
      } else {
        send(res, 404, 'not found');
      }
    } catch (error) {
      if (!res.headersSent) send(res, error?.code === 'ENOENT' ? 404 : 500, String(error));
      else res.destroy();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    use(middleware) {
      middlewares.push(middleware);
    },
    /** Serves the file at `path` (absolute) as `/vendor/<name>`. */
    serveVendor(name, path) {
      vendor.set(name, path);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
