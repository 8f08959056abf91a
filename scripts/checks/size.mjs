// Fails `npm test` when the core no-build bundle grows past its budget (issue 8: size can only
// shrink from here). "Core" is what a page downloads before the element can render:
// dist/kakao-friend-picker.bundle.js and every chunk it imports statically, gzip -9 — the same
// figure `npm run bench` prints (test/bench/bundles.mjs measures both). Also prints core + Kakao
// REST/SDK sources and core + Promise API. Run after `npm run build`; exits 1 on a failure.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ourBundleSizes } from '../../test/bench/bundles.mjs';

/** Bytes, gzip -9. Lower it whenever the core shrinks; never raise it to make a change fit. */
const CORE_BUDGET = 33_061;
/** Issue 8's targets, printed beside the figures. */
const CORE_TARGET = 25_000;
const CORE_KAKAO_TARGET = 28_000;

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

if (!existsSync(`${dist}kakao-friend-picker.bundle.js`)) {
  console.log(
    'FAIL size: dist/kakao-friend-picker.bundle.js is missing: run `npm run build` first',
  );
  process.exit(1);
}
const sizes = await ourBundleSizes(dist);
const list = (total) => total.files.map((row) => row.file).join(' + ');
console.log(
  `     size: core ${kB(sizes.core.gzip)} gzip -9 (${kB(sizes.core.raw)} minified; ` +
    `target ${kB(CORE_TARGET)}): ${list(sizes.core)}`,
);
if (sizes.coreKakao !== null) {
  console.log(
    `     size: core + kakao ${kB(sizes.coreKakao.gzip)} gzip -9 (target ` +
      `${kB(CORE_KAKAO_TARGET)}): ${list(sizes.coreKakao)}`,
  );
}
for (const row of sizes.lazy) {
  console.log(`     size: loaded on demand: ${row.file} ${kB(row.gzip)}`);
}
const ok = sizes.core.gzip <= CORE_BUDGET;
console.log(
  `${ok ? 'ok  ' : 'FAIL'} size: core bundle ${kB(sizes.core.gzip)} within its budget of ` +
    `${kB(CORE_BUDGET)} gzip -9`,
);
process.exit(ok ? 0 : 1);
