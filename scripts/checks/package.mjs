// Checks what `npm pack` publishes (after `npm run build`): the entry points and their types,
// the bundle and the manifest are in; sources, tests and the demo are out; `exports`, `types` and
// `sideEffects` point at packed files. Run by `npm test`; exits 1 on a failure.
//
// The package is packed once, into a temporary folder, and every check reads that tarball:
// - publint checks what it knows of every package (each `exports`, `main`, `module` and `types`
//   target exists and is packed, condition order, module formats);
// - attw (@arethetypeswrong/cli) resolves every entry point as TypeScript does (node16 from ESM,
//   bundler) and fails on types that are missing, unresolvable or of the wrong module kind. Its
//   `esm-only` profile fits this package: `"type": "module"` with no `require` condition, so the
//   CommonJS resolutions (node10, node16 from CJS) are expected to fail and are not counted. It
//   reads the tarball only (no registry lookup: DefinitelyTyped is consulted only with --from-npm);
// - the rest is this package's own.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = new URL('../../', import.meta.url).pathname;
const failures = [];

function check(ok, message) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} package: ${message}`);
  if (!ok) failures.push(message);
}

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packDir = mkdtempSync(join(tmpdir(), 'kfp-pack-'));
process.on('exit', () => rmSync(packDir, { recursive: true, force: true }));
// --ignore-scripts: `prepack` would build again; `npm test` has just built.
const output = execFileSync(
  'npm',
  ['pack', '--json', '--ignore-scripts', '--loglevel=error', '--pack-destination', packDir],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
);
const [pack] = JSON.parse(output.slice(output.indexOf('[')));
const tarball = join(packDir, pack.filename);
const files = new Set(pack.files.map((file) => file.path));
const has = (path) => files.has(path.replace(/^\.\//, ''));

for (const path of [
  'package.json',
  'README.md',
  'docs/api.md',
  'LICENSE',
  'custom-elements.json',
  'vscode.html-custom-data.json',
  'web-types.json',
  'dist/frameworks/react-jsx.d.ts',
  'dist/frameworks/vue.d.ts',
  'dist/frameworks/svelte-elements.d.ts',
  'dist/frameworks/svelte/index.js',
  'dist/frameworks/svelte/index.d.ts',
  'dist/frameworks/svelte/KakaoFriendPicker.svelte',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/react.js',
  'dist/react.d.ts',
  'dist/register.js',
  'dist/kakao-friend-picker.js',
  'dist/kakao-friend-picker.d.ts',
  'dist/api/select-friends.js',
  'dist/kakao-friend-picker.bundle.js',
  'dist/kakao.bundle.js',
  'dist/select.bundle.js',
  'dist/bundles/core.d.ts',
  'dist/bundles/kakao.d.ts',
  'dist/bundles/select.d.ts',
]) {
  check(has(path), `packs ${path}`);
}

const forbidden = [
  /^src\//,
  /^test\//,
  /^demo\//,
  /^dist-demo\//,
  /^node_modules\//,
  /^locales\//,
  /^\.ci\//,
  /^index\.html$/,
  /^tsconfig.*\.json$/,
  /^vite.*\.config\.ts$/,
  /\.tgz$/,
  /\.d\.ts\.map$/,
];
const unwanted = [...files].filter((path) => forbidden.some((pattern) => pattern.test(path)));
check(
  unwanted.length === 0,
  `packs no sources, tests, demo or config (found: ${unwanted.slice(0, 5).join(', ') || 'none'})`,
);

// publint reads the tarball. Its suggestions are printed, not failed on: advice, not defects.
const tarballData = readFileSync(tarball);
const { messages } = await publint({
  level: 'suggestion',
  pack: {
    tarball: tarballData.buffer.slice(
      tarballData.byteOffset,
      tarballData.byteOffset + tarballData.byteLength,
    ),
  },
});
for (const message of messages) {
  const text = `${message.code}: ${formatMessage(message, packageJson, { color: false })}`;
  if (message.type === 'suggestion') console.log(`     package: publint suggests ${text}`);
  else check(false, `publint ${message.type} ${text}`);
}
const suggestions = messages.filter((message) => message.type === 'suggestion').length;
check(
  suggestions === messages.length,
  `publint: no errors or warnings (${suggestions} suggestion(s))`,
);

// attw, the CLI (what a developer runs by hand too), its JSON read here. It exits 1 on a problem
// its profile counts, but 0 for a package without any types: that is a failure here as well.
const attwDir = dirname(
  createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json'),
);
const attwBin = join(
  attwDir,
  JSON.parse(readFileSync(join(attwDir, 'package.json'), 'utf8')).bin.attw,
);
// Its JSON goes to a file: on a problem the CLI calls process.exit() right after writing it, which
// would cut a long output short in a pipe (file writes are synchronous).
const attwReport = join(packDir, 'attw.json');
const reportFd = openSync(attwReport, 'w');
const attw = spawnSync(
  process.execPath,
  [attwBin, tarball, '--profile', 'esm-only', '--format', 'json', '--no-color'],
  { encoding: 'utf8', stdio: ['ignore', reportFd, 'pipe'] },
);
closeSync(reportFd);
let analysis;
try {
  ({ analysis } = JSON.parse(readFileSync(attwReport, 'utf8')));
} catch {
  console.log(attw.stderr.slice(0, 2000));
}
if (analysis === undefined) {
  check(false, `attw ran (exit code ${attw.status})`);
} else {
  // What the esm-only profile leaves out (attw's own list, in its profiles.js).
  const cjsOnly = new Set(['node10', 'node16-cjs']);
  const counted = analysis.problems.filter((problem) => !cjsOnly.has(problem.resolutionKind));
  const shown = attw.status === 0 ? [] : counted.length > 0 ? counted : analysis.problems;
  const lines = shown.map((problem) => {
    const where = problem.entrypoint ?? problem.fileName ?? problem.typesFileName;
    const how = [
      problem.resolutionKind ?? problem.resolutionOption,
      problem.moduleSpecifier && `import "${problem.moduleSpecifier}"`,
    ].filter(Boolean);
    return `attw ${problem.kind}${where ? ` in ${where}` : ''}${how.length ? ` (${how.join(', ')})` : ''}`;
  });
  for (const line of new Set(lines)) console.log(`     package: ${line}`);
  const entrypoints = Object.keys(analysis.entrypoints ?? {}).length;
  check(
    attw.status === 0 && Boolean(analysis.types),
    analysis.types
      ? `attw --profile esm-only: no problem in the ${entrypoints} entry points ` +
          `(node16 from ESM, bundler)${attw.status === 0 ? '' : ': see above, and `npx attw --pack . --profile esm-only`'}`
      : 'attw: the package ships types',
  );
}

// The fields publint does not know: the custom-elements manifest and the JetBrains web types.
for (const field of ['customElements', 'web-types']) {
  check(has(packageJson[field] ?? ''), `${field} → ${packageJson[field]} is packed`);
}

for (const entry of [
  '.',
  './component',
  './react',
  './bundle',
  './bundle/kakao',
  './bundle/select',
]) {
  const conditions = packageJson.exports?.[entry];
  // publint checks that "types" comes first (TypeScript reads conditions in order).
  check(
    typeof conditions === 'object' && conditions.types?.endsWith('.d.ts') && conditions.default,
    `exports "${entry}" has types and default`,
  );
}
check(packageJson.customElements === 'custom-elements.json', '"customElements" is set');

// The no-build bundles are for browsers: elsewhere (Node, server rendering) the same names come
// from the plain modules, which define nothing without a DOM.
for (const [entry, bundle] of [
  ['./bundle', './dist/kakao-friend-picker.bundle.js'],
  ['./bundle/kakao', './dist/kakao.bundle.js'],
  ['./bundle/select', './dist/select.bundle.js'],
]) {
  const conditions = packageJson.exports?.[entry] ?? {};
  check(
    conditions.browser === bundle && /^\.\/dist\/bundles\/\w+\.js$/.test(conditions.default),
    `exports "${entry}" has a "browser" condition (${bundle}) and a Node-safe default`,
  );
}
// Template typings per framework (types only) and the Svelte component.
for (const entry of ['./types/react', './types/vue', './types/svelte']) {
  check(
    Object.keys(packageJson.exports?.[entry] ?? {}).join() === 'types',
    `exports "${entry}" holds types only`,
  );
}
check(
  Object.keys(packageJson.exports?.['./svelte'] ?? {}).join() === 'types,svelte,default',
  'exports "./svelte" has types, svelte and default',
);
for (const field of ['repository', 'homepage', 'bugs', 'keywords', 'license']) {
  check(Boolean(packageJson[field]), `package.json has "${field}"`);
}

// sideEffects: every packed module that registers the element when imported is listed, and every
// listed dist file is packed; modules that only export stay tree-shakable.
const sideEffects = packageJson.sideEffects;
check(Array.isArray(sideEffects), '"sideEffects" is a list of files');
const listed = new Set((sideEffects ?? []).map((path) => path.replace(/^\.\//, '')));
for (const path of files) {
  // The no-build bundles and their chunks (dist/chunks/) are minified: checked below and in
  // test/bundle/ instead.
  if (!path.endsWith('.js') || path.endsWith('.bundle.js') || path.startsWith('dist/chunks/')) {
    continue;
  }
  const code = readFileSync(join(root, path), 'utf8');
  const registers = /^registerKakaoFriendPicker\(\);?$/m.test(code);
  if (registers) check(listed.has(path), `${path} registers on import and is in "sideEffects"`);
  else if (listed.has(path)) check(false, `${path} is in "sideEffects" but registers nothing`);
}
for (const bundle of ['kakao-friend-picker', 'kakao', 'select']) {
  // Each registers the element: the optional bundles import the core bundle.
  check(listed.has(`dist/${bundle}.bundle.js`), `dist/${bundle}.bundle.js is in "sideEffects"`);
}
// The chunks the bundles share or load on demand (the JSON reader, the Japanese strings).
const chunks = [...files].filter((path) => /^dist\/chunks\/.+\.js$/.test(path));
check(chunks.length > 0, `packs the bundles' chunks (${chunks.length} in dist/chunks/)`);
for (const path of listed) {
  if (path.startsWith('dist/')) check(files.has(path), `"sideEffects" entry ${path} is packed`);
}

check(
  packageJson.peerDependenciesMeta?.react?.optional === true,
  'react is an optional peer dependency',
);
// Apps without React install no React types: @lit/react (which peer-depends on @types/react) is
// only for `kakao-friend-picker/react`.
check(
  packageJson.peerDependencies?.['@lit/react'] !== undefined &&
    packageJson.peerDependenciesMeta?.['@lit/react']?.optional === true &&
    packageJson.dependencies?.['@lit/react'] === undefined,
  '@lit/react is an optional peer dependency, not a dependency',
);
check(
  Object.keys(packageJson.dependencies ?? {})
    .sort()
    .join() === '@lit/localize,lit',
  `depends on lit and @lit/localize only (${Object.keys(packageJson.dependencies ?? {}).join(', ')})`,
);

if (failures.length > 0) {
  console.log(`npm pack: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log(`npm pack: all checks passed (${files.size} files, ${pack.size} bytes packed)`);
