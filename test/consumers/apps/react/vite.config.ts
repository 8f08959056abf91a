import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    // index.html renders on the client (the bare tag); ssr.html is server-rendered, then hydrated.
    rollupOptions: { input: ['index.html', 'ssr.html'] },
  },
});
