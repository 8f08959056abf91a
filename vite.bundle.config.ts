import { defineConfig } from 'vite';

// `npm run build:bundle`: one self-contained, minified ES module with Lit and every dependency
// inside, for `<script type="module">` use without a bundler (SPEC 2).
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'kakao-friend-picker.bundle.js',
    },
    rollupOptions: { output: { inlineDynamicImports: false } },
  },
});
