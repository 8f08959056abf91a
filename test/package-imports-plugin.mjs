// A test-server plugin for the framework tests: serves React (published as CommonJS only, which the
// browser cannot import) as ES modules bundled by esbuild, and resolves the package's own name to
// its sources, the way the README snippets import it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

// esbuild comes with @web/dev-server-esbuild: resolve it from there rather than relying on hoisting.
const require = createRequire(import.meta.url);
const esbuild = createRequire(require.resolve('@web/dev-server-esbuild'))('esbuild');

const PREFIX = '/__react/';

/** The React entry points a test may import, and the module each is bundled from. */
const reactModules = {
  react: 'react',
  'react-dom': 'react-dom',
  'react-dom/client': 'react-dom/client',
  'react/jsx-runtime': 'react/jsx-runtime',
  'react/jsx-dev-runtime': 'react/jsx-dev-runtime',
};

const packageEntries = {
  'kakao-friend-picker': '/src/index.ts',
  'kakao-friend-picker/react': '/src/react.ts',
};

const fileOf = (specifier) => `${PREFIX}${specifier.replaceAll('/', '__')}.js`;

let shared;

/**
 * One bundle holds every React module, so react-dom and the JSX runtime share the React instance
 * the test renders with (two copies would break hooks).
 */
async function sharedBundle() {
  shared ??= esbuild
    .build({
      stdin: {
        contents: Object.entries(reactModules)
          .map(([specifier], i) => `export * as m${i} from '${specifier}';`)
          .join('\n'),
        resolveDir: process.cwd(),
        loader: 'js',
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    })
    .then((result) => result.outputFiles[0].text);
  return shared;
}

/**
 * The names a CommonJS module exports, read in a child process: React's development build patches
 * `console` when it loads, which the test runner's own console proxy does not survive.
 */
function exportNames(specifier) {
  const result = spawnSync(
    process.execPath,
    ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`],
    { cwd: process.cwd(), encoding: 'utf8', env: { ...process.env, NODE_ENV: 'development' } },
  );
  if (result.status !== 0) throw new Error(`Cannot load ${specifier}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** Re-exports one module of the shared bundle under its own names. */
function facade(specifier) {
  const index = Object.keys(reactModules).indexOf(specifier);
  const names = exportNames(reactModules[specifier]).filter(
    (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default',
  );
  return [
    `import { m${index} as module } from '${PREFIX}shared.js';`,
    `const cjs = module.default ?? module;`,
    `export default cjs;`,
    ...names.map((name) => `export const ${name} = cjs.${name};`),
  ].join('\n');
}

export function packageImportsPlugin() {
  return {
    name: 'kfp-package-imports',
    resolveImport({ source }) {
      if (source in reactModules) return fileOf(source);
      if (source in packageEntries) return packageEntries[source];
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      if (context.path === `${PREFIX}shared.js`) return { body: await sharedBundle(), type: 'js' };
      const specifier = Object.keys(reactModules).find((name) => fileOf(name) === context.path);
      return specifier === undefined ? undefined : { body: facade(specifier), type: 'js' };
    },
  };
}
