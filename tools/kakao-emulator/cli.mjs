#!/usr/bin/env node
// @ts-check
// `npm run emulator [-- --port 8787 --host 127.0.0.1 --friends 1234 --latency 0]`: the Kakao API
// emulator as its own server. Point a source at it with
// `new KakaoRestFriendSource({ accessToken: 'any-token', baseUrl: 'http://127.0.0.1:8787' })`.
import { parseArgs } from 'node:util';
import { startKakaoEmulator } from './kakao-api-emulator.mjs';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    friends: { type: 'string', default: '1234' },
    latency: { type: 'string', default: '0' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(
    'Usage: npm run emulator -- [--host 127.0.0.1] [--port 8787] [--friends 1234] [--latency 0]',
  );
  process.exit(0);
}

/** @param {'port' | 'friends' | 'latency'} name @param {number} min @param {number} max */
function integer(name, min, max) {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be an integer from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
}

const emulator = await startKakaoEmulator({
  host: values.host,
  port: integer('port', 0, 65535),
  defaultScenario: {
    friendCount: integer('friends', 0, 100000),
    latencyMs: integer('latency', 0, 60000),
  },
});

console.log(`Kakao API emulator on ${emulator.url}
  friends:   GET ${emulator.url}/v1/api/talk/friends   (Authorization: Bearer <any token>)
  profile:   GET ${emulator.url}/v1/api/talk/profile
  scenarios: POST ${emulator.url}/kakao-emulator/scenarios   (then baseUrl = ${emulator.url}/kakao-emulator/s/<id>)
Press Ctrl+C to stop.`);

const stop = () => {
  emulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
