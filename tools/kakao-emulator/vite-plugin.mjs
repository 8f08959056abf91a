// @ts-check
// A Vite plugin that serves the Kakao API emulator from the dev (and preview) server, under
// /kakao-emulator (see kakao-api-emulator.mjs for the routes).
import { createKakaoEmulator } from './kakao-api-emulator.mjs';

/**
 * Serves the Kakao API emulator under /kakao-emulator from Vite's dev and preview servers.
 *
 * @param {import('./kakao-api-emulator.mjs').KakaoEmulatorOptions} [options]
 * @returns {import('vite').Plugin}
 */
export function kakaoEmulatorPlugin(options = {}) {
  const emulator = createKakaoEmulator(options);
  return {
    name: 'kakao-api-emulator',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(emulator.middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(emulator.middleware);
    },
  };
}
