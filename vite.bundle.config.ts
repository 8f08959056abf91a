import MagicString from 'magic-string';
import { defineConfig, type Plugin } from 'vite';
import { minifyTemplates } from './tools/minify-templates.js';

/**
 * Drops the `desc` of `msg()` calls from the bundles: notes for translators, which
 * `lit-localize extract` reads from the sources into the XLIFF files, and the runtime never uses.
 */
function stripTranslatorNotes(): Plugin {
  const note = /,\s*desc:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;
  return {
    name: 'kfp-strip-translator-notes',
    transform(code, id) {
      if (!/[\\/]src[\\/]localization[\\/]messages\.ts$/.test(id)) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(note)) {
        out.remove(match.index, match.index + match[0].length);
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

// `npm run build:bundle`: the no-build bundles (SPEC 2, 2.6; README, "Plain HTML"), minified ES
// modules with Lit and every dependency inside, for `<script type="module">` use without a bundler:
//
// - dist/kakao-friend-picker.bundle.js: the element, ArrayFriendSource, JsonFriendSource (whose
//   download code is a chunk loaded on first use of `src`), PickerError;
// - dist/kakao.bundle.js: the Kakao REST and SDK sources;
// - dist/select.bundle.js: selectFriends() / selectFriend().
//
// The two optional entries import the core entry (src/bundles/*.ts), so every module the core
// loads is in the core bundle file itself: it is the shared chunk, and the others import it (and
// a few small chunks they share with each other, under dist/chunks/) instead of holding a copy of
// Lit or the element.
export default defineConfig({
  plugins: [stripTranslatorNotes(), minifyTemplates()],
  resolve: {
    // The picker binds `msg` to each picker's language itself (src/localization/local-msg.ts) and
    // uses only `str` and its helpers at run time: the package entry would also bring the
    // page-wide runtime (`configureLocalization`, id hashing), which bundlers cannot drop.
    alias: [{ find: /^@lit\/localize$/, replacement: '@lit/localize/internal/str-tag.js' }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    // Terser's compressor first (it folds more than Rolldown's), then Rolldown's minifier
    // (`output.minify` below) over its output: 360 B gzip off the core against Rolldown's alone.
    // Only terser's safe transforms (no `unsafe*`, no `pure_getters`).
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 3 } },
    sourcemap: true,
    lib: {
      entry: {
        'kakao-friend-picker': 'src/bundles/core.ts',
        kakao: 'src/bundles/kakao.ts',
        select: 'src/bundles/select.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.bundle.js`,
    },
    rollupOptions: {
      // Lets the core entry file itself be the chunk the others import (it gains a few extra,
      // minified export names) instead of a facade that would cost the page a second request.
      preserveEntrySignatures: 'allow-extension',
      // Imported constants (limits, code ranges) written where they are used.
      optimization: { inlineConst: { mode: 'all', pass: 2 } },
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          // Only the modules named: their dependencies (PickerError…) stay in the core bundle.
          includeDependenciesRecursively: false,
          groups: [
            // What the JSON file's chunk, the Kakao sources and the Promise API share: chunks they
            // all import, rather than one of them importing another's bundle file.
            { name: 'abort', test: /[\\/]src[\\/]data[\\/]abort\.ts$/ },
            { name: 'http', test: /[\\/]src[\\/]data[\\/](http-body|load-cache)\.ts$/ },
          ],
        },
        // Library mode keeps whitespace and `/*@__PURE__*/` comments in ES output, for later
        // bundlers; these files are final, so minify them fully.
        minify: true,
        // One notice for the bundled libraries instead of a copy of it above each of Lit's modules.
        comments: { legal: false, annotation: false, jsdoc: false },
        postBanner: (chunk) =>
          chunk.fileName === 'kakao-friend-picker.bundle.js'
            ? '/*! kakao-friend-picker, MIT. Bundles Lit and @lit/localize: Copyright Google LLC, BSD-3-Clause. */'
            : '',
      },
    },
  },
});
