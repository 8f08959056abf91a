import { defineConfig } from 'vite';
import { kakaoEmulatorPlugin } from './tools/kakao-emulator/vite-plugin.mjs';

// `npm start`: the demo playground (index.html + demo/), served from source.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  plugins: [kakaoEmulatorPlugin()],
  build: {
    outDir: 'dist-demo',
    target: 'es2022',
    // The React page (demo/react.html) and the gallery of every state are entries beside the
    // playground.
    rollupOptions: {
      input: { main: 'index.html', react: 'demo/react.html', gallery: 'demo/gallery.html' },
    },
  },
});
