import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // <kakao-friend-picker> is a custom element, not a Vue component.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'kakao-friend-picker' } },
    }),
  ],
  build: { target: 'es2022' },
});
