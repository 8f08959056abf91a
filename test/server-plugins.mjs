// Dev-server plugins for the test runner (HTTP fixtures that tests talk to over real HTTP).
import { createKakaoEmulator } from '../src/emulator/kakao-api-emulator.mjs';
import { translationCheckPlugin } from './runner/translation-check-plugin.mjs';

/**
 * The Kakao API emulator under /kakao-emulator on the test server itself, so adapter tests make
 * real same-origin requests (each test creates its own scenario: test files run in parallel).
 *
 * koa composes its middleware once, before plugins start, so `app.use()` in `serverStart` would
 * never run. The emulator's paths are answered before the dev server's handler instead; they
 * never reach its middleware (no etag/304, transform cache or file lookup in the way).
 */
function kakaoEmulatorTestPlugin() {
  const emulator = createKakaoEmulator();
  return {
    name: 'kakao-api-emulator',
    serverStart({ server }) {
      if (!server) throw new Error('kakao-api-emulator: the test server has no HTTP server');
      const devServerHandlers = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (emulator.matches(req)) emulator.middleware(req, res);
        else for (const handler of devServerHandlers) handler.call(server, req, res);
      });
    },
  };
}

export function testServerPlugins() {
  return [kakaoEmulatorTestPlugin(), translationCheckPlugin()];
}
