import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { editorDataPlugin } from './tools/editor-data.mjs';

// `npm run build:manifest` writes custom-elements.json (package.json "customElements") from the
// JSDoc in src/: editors, Storybook and framework tooling read it. scripts/checks/manifest.mjs
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

/** Literal text of a literal type node (`'full'`, `30`), or undefined. */
function literalText(ts, node) {
  if (!ts.isLiteralTypeNode(node)) return undefined;
  const { literal } = node;
  if (ts.isStringLiteral(literal)) return `'${literal.text}'`;
  if (ts.isNumericLiteral(literal)) return literal.text;
  return undefined;
}

/**
 * Shows what users write rather than the source's names: union-of-literal aliases are expanded
 * (`ViewType` → `'full' | 'popup' | 'inline'`) and defaults named by a constant show its value
 * (`DEFAULT_MAX_PICKABLE_COUNT` → `30`), in the element's attributes, fields and events.
 */
function expandTypesPlugin() {
  const aliases = new Map();
  const constants = new Map();
  return {
    name: 'kfp-expand-types',
    analyzePhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node)) {
        const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
        const texts = members.map((member) => literalText(ts, member));
        if (texts.every((text) => text !== undefined))
          aliases.set(node.name.text, texts.join(' | '));
      } else if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer !== undefined &&
        (ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const) !== 0 &&
        (ts.isNumericLiteral(node.initializer) || ts.isStringLiteral(node.initializer))
      ) {
        const { initializer } = node;
        constants.set(
          node.name.text,
          ts.isStringLiteral(initializer) ? `'${initializer.text}'` : initializer.text,
        );
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (item) => {
        const text = item.type?.text;
        if (text !== undefined) {
          const expanded = text.replace(/\b[A-Z]\w*\b/g, (name) => aliases.get(name) ?? name);
          if (expanded !== text) item.type = { text: expanded };
        }
        if (item.default !== undefined && constants.has(item.default)) {
          item.default = constants.get(item.default);
        }
      };
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          for (const list of [declaration.attributes, declaration.members, declaration.events]) {
            for (const item of list ?? []) expand(item);
          }
        }
      }
    },
  };
}

const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [kfpManifestPlugin(), expandTypesPlugin(), editorDataPlugin({ packageJson })],
};
