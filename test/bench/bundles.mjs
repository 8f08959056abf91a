// Bundle sizes for the bench, all gzip -9 (zlib level 9, what `gzip -9` compresses to, minus its
// 18-byte header):
// - ours, "core": dist/kakao-friend-picker.bundle.js plus every chunk it imports statically,
//   transitively (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`): what a
//   page downloads before the element can render. Chunks behind a dynamic `import()` (locales,
//   optional features) are listed apart and not counted.
// - ours, "core + kakao": the core plus dist/kakao.bundle.js and its own static chunks, each file
//   counted once (they share the core's chunk). Missing file: no figure.
// - Vaadin: `@vaadin/multi-select-combo-box` bundled by esbuild (`--bundle --minify --format=esm`,
//   browser platform, so Lit's production build) into a temporary folder. The bench server serves
//   that same file to the side-by-side page.
//
// The import graph is read by esbuild itself (a metafile of a bundle of the built file, never
// written), so import kinds are told apart by a parser, not by a regular expression.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export const CORE_BUNDLE = 'kakao-friend-picker.bundle.js';
export const KAKAO_BUNDLE = 'kakao.bundle.js';
export const VAADIN_PACKAGE = '@vaadin/multi-select-combo-box';

async function sizeOf(file) {
  const content = await readFile(file);
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/**
 * The files of dist/ that `entry` imports, by kind: `static` (transitive static imports, `entry`
 * first) and `lazy` (reached only through a dynamic `import()`, with their own static imports).
 */
async function importGraph(dist, entry) {
  const result = await build({
    entryPoints: [join(dist, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    // A bare specifier left in a built file is not ours to size (and would not resolve here).
    packages: 'external',
    logLevel: 'silent',
    absWorkingDir: dist,
  });
  const inputs = result.metafile.inputs;
  const name = (path) => relative(dist, resolve(dist, path));
  const walk = (start, kinds) => {
    const seen = new Set();
    const queue = [...start];
    while (queue.length > 0) {
      const file = queue.shift();
      if (seen.has(file)) continue;
      seen.add(file);
      for (const edge of inputs[file]?.imports ?? []) {
        if (kinds.includes(edge.kind) && !edge.external) queue.push(edge.path);
      }
    }
    return seen;
  };
  const key = Object.keys(inputs).find((path) => name(path) === entry);
  if (key === undefined) throw new Error(`esbuild did not read ${entry}`);
  const statics = walk([key], ['import-statement']);
  const dynamicTargets = [...walk([key], ['import-statement', 'dynamic-import'])].filter(
    (file) => !statics.has(file),
  );
  const lazy = walk(dynamicTargets, ['import-statement']);
  for (const file of statics) lazy.delete(file);
  return { static: [...statics].map(name), lazy: [...lazy].map(name).sort() };
}

/** Sums the files once each: `{ files: [{ file, raw, gzip }], raw, gzip }`. */
async function total(dist, files) {
  const rows = [];
  for (const file of new Set(files)) rows.push({ file, ...(await sizeOf(join(dist, file))) });
  return {
    files: rows,
    raw: rows.reduce((sum, row) => sum + row.raw, 0),
    gzip: rows.reduce((sum, row) => sum + row.gzip, 0),
  };
}

/**
 * Our sizes from dist/: `{ core, coreKakao, lazy }`; `coreKakao` is null without
 * dist/kakao.bundle.js; `lazy` lists the chunks behind dynamic imports of either.
 */
export async function ourBundleSizes(dist) {
  const core = await importGraph(dist, CORE_BUNDLE);
  const kakao = existsSync(join(dist, KAKAO_BUNDLE))
    ? await importGraph(dist, KAKAO_BUNDLE)
    : undefined;
  const lazyFiles = [...core.lazy, ...(kakao?.lazy ?? [])].filter(
    (file) => !core.static.includes(file) && !(kakao?.static ?? []).includes(file),
  );
  return {
    core: await total(dist, core.static),
    coreKakao: kakao === undefined ? null : await total(dist, [...core.static, ...kakao.static]),
    lazy: (await total(dist, lazyFiles)).files,
  };
}

/** Whether the peer package is installed (it is a devDependency: `npm install` brings it). */
export function hasVaadin() {
  try {
    createRequire(import.meta.url).resolve(`${VAADIN_PACKAGE}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bundles Vaadin's component into a new temporary folder: `{ file, raw, gzip, version, dispose }`
 * (`dispose()` removes the folder).
 */
export async function buildVaadin() {
  const require = createRequire(import.meta.url);
  const { version } = require(`${VAADIN_PACKAGE}/package.json`);
  const folder = await mkdtemp(join(tmpdir(), 'kfp-bench-vaadin-'));
  const file = join(folder, 'vaadin-multi-select-combo-box.js');
  await build({
    entryPoints: [require.resolve(VAADIN_PACKAGE)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    outfile: file,
    logLevel: 'silent',
  });
  return {
    file,
    version,
    ...(await sizeOf(file)),
    dispose: () => rm(folder, { recursive: true, force: true }),
  };
}
