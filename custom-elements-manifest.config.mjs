import { posix } from 'node:path';

// `npm run build:manifest` writes custom-elements.json (package.json "customElements") from the
// JSDoc in src/: editors, Storybook and framework tooling read it. test/runner/check-manifest.mjs
// checks it against the element.

/**
 * Module references as the package sees them: `src/a/b.ts`, `/src/a/b.js` and `./b.js` (relative
 * to the module that holds it) all become `dist/a/b.js`; the published package holds dist/.
 */
function toDist(path, from) {
  let resolved = path;
  if (resolved.startsWith('./') || resolved.startsWith('../')) {
    resolved = posix.join(posix.dirname(from), resolved);
  }
  resolved = resolved.replace(/^\/+/, '');
  return resolved.replace(/^src\/(.*)\.(ts|js)$/, 'dist/$1.js');
}

function rewritePaths(node, from) {
  if (Array.isArray(node)) {
    for (const item of node) rewritePaths(item, from);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') {
      node[key] = toDist(value, from);
    } else rewritePaths(value, from);
  }
}

/**
 * Keeps the events documented with `@fires` (the analyzer also guesses one named `name` from the
 * private `emit(name, …)` helper), links each `CustomEvent<Detail>` to its interface in types.ts,
 * and points module paths at dist/.
 */
function kfpManifestPlugin() {
  return {
    name: 'kfp-manifest',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || declaration.events === undefined) continue;
          declaration.events = declaration.events.filter((event) => event.description);
          for (const event of declaration.events) {
            const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
            if (detail === undefined) continue;
            const start = event.type.text.indexOf(detail);
            event.type.references = [
              { name: detail, module: 'src/types.ts', start, end: start + detail.length },
            ];
          }
        }
      }
      const tagNames = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.tagName) tagNames.set(declaration.name, declaration.tagName);
        }
      }
      for (const mod of customElementsManifest.modules) {
        // `customElements.define(TAG_NAME, …)`: name the definition by its tag, not the constant.
        for (const entry of mod.exports ?? []) {
          const tagName = tagNames.get(entry.declaration?.name);
          if (entry.kind === 'custom-element-definition' && tagName) entry.name = tagName;
        }
        rewritePaths(mod, mod.path);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [kfpManifestPlugin()],
};
