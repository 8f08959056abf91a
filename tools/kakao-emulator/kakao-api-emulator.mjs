// @ts-check
// A local emulation of two Kakao Talk Social REST endpoints, for the demo, the tests and app
// development without a Kakao account: `GET /v1/api/talk/friends` and `GET /v1/api/talk/profile`.
// Plain Node (no framework): one request handler, exposed as a connect-style middleware (Vite), a
// koa middleware (@web/dev-server / @web/test-runner `middleware` option) and a standalone server
// (`npm run emulator`). The test runner mounts it (`middleware`, test/server-plugins.mjs).
//
// Every client works in its own *scenario* (friends, token, latency, faults, request log), created
// over the control API, so parallel tests never see each other's traffic:
//
//   POST   /kakao-emulator/scenarios                 body: config JSON  → 201 { id, baseUrl, … }
//   GET    /kakao-emulator/scenarios/:id             → { id, baseUrl, config, faults }
//   PATCH  /kakao-emulator/scenarios/:id             body: config keys to replace
//   DELETE /kakao-emulator/scenarios/:id
//   GET    /kakao-emulator/scenarios/:id/requests    → { requests: RecordedRequest[] }
//   DELETE /kakao-emulator/scenarios/:id/requests    clears the log
//   GET    /kakao-emulator/s/:id/v1/api/talk/friends  the Kakao API of that scenario (baseUrl)
//   GET    /kakao-emulator/s/:id/v1/api/talk/profile
//   GET    /kakao-emulator/avatar/:n.svg             generated avatars (thumbnails point here)
//
// The scenario `default` always exists (1,234 friends). The typedefs below are the config and
// fault shapes (TypeScript callers import them from this file). Tokens are never logged or recorded; the request log keeps only whether
// an Authorization header was present and accepted.

import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { generateEmulatorFriends } from '../friends/generate.mjs';

/** @typedef {import('node:http').IncomingMessage} HttpRequest */
/** @typedef {import('node:http').ServerResponse} HttpResponse */

/**
 * @typedef {'unauthorized' | 'consent-required' | 'permission-denied' | 'quota-exceeded'
 *   | 'not-talk-user' | 'maintenance' | 'server' | 'http' | 'network' | 'not-json'
 *   | 'wrong-types' | 'hostile' | 'foreign-after-url' | 'redirect' | 'oversized' | 'raw'
 *   | 'oversized-page' | 'repeated-page' | 'lying-total' | 'echo-token'} EmulatorFaultType
 *   `oversized-page`: friends pages of `count` (default 5,000) new entries each, whatever the
 *   `limit`. `repeated-page`: the first page again for every offset, with `total_count` =
 *   `totalCount` (default 100,000). `lying-total`: normal pages with `total_count` = `totalCount`
 *   (default 10⁹). `echo-token`: an error (`kakaoCode`, default -402; `status`, default 403)
 *   echoing the request's token.
 */

/**
 * One switchable fault; the first matching fault with requests left answers a request.
 *
 * @typedef {object} EmulatorFault
 * @property {EmulatorFaultType} type
 * @property {'all' | 'friends' | 'profile'} [endpoint] Which endpoint it hits. Default `all`.
 * @property {number} [times] Hit only the next N matching requests, then let them through.
 *   Default: every request.
 * @property {number} [status] HTTP status for `http`, `raw`, `server`, `not-json`, `wrong-types`.
 * @property {string} [body] Body for `http` and `raw`.
 * @property {string} [contentType]
 * @property {number} [kakaoCode] -3 or -5 for `permission-denied`.
 * @property {string[]} [requiredScopes]
 * @property {string[]} [allowedScopes]
 * @property {number} [count] Entries per page for `oversized-page`.
 * @property {number} [totalCount] The `total_count` of `oversized-page`, `repeated-page` and
 *   `lying-total`.
 * @property {string} [variant] `wrong-types`: elements-object | elements-string |
 *   total-count-string | total-count-missing | negative-total | fractional-total | huge-total |
 *   array-body | null-body | string-body. `not-json`: html | truncated | empty. `network`:
 *   mid-body (default: headers, part of the body, then the connection drops) | before-headers
 *   (the connection drops unanswered; browsers may resend such a request once).
 */

/**
 * @typedef {object} EmulatorScenarioConfig
 * @property {number} [friendCount] Generated friends. Default 30 (the `default` scenario: 1,234).
 * @property {number} [seed]
 * @property {number} [favoriteEvery] Every n-th generated friend is a favorite; 0 for none.
 *   Default 9.
 * @property {unknown[]} [friends] Raw entries served instead of generated ones (served as given,
 *   so they may be hostile).
 * @property {string | null} [accessToken] The only token accepted; `null` (default) accepts any
 *   Bearer token.
 * @property {number} [latencyMs] Time from a request's arrival to its answer (the emulator's own
 *   work, such as sorting a new scenario's list for its first page, counts within it).
 * @property {unknown} [profile] The `/v1/api/talk/profile` body, served as given.
 * @property {EmulatorFault[]} [faults]
 */

/**
 * @typedef {object} RecordedRequest
 * @property {number} seq
 * @property {string} method
 * @property {'friends' | 'profile' | 'unknown'} endpoint
 * @property {string} path
 * @property {Record<string, string>} query
 * @property {string} url Path and query exactly as received.
 * @property {'bearer' | 'none' | 'other'} authorization Whether an Authorization header came,
 *   and in Bearer form; the token itself is never kept.
 * @property {boolean} tokenAccepted
 * @property {EmulatorFaultType | null} fault
 * @property {number | null} status 0 when the connection was dropped on purpose; null while
 *   pending.
 * @property {boolean} aborted The client went away before the answer was complete.
 * @property {number} startedAt
 * @property {number | null} finishedAt
 * @property {number} inFlight Requests of this scenario to the same endpoint being answered when
 *   this one arrived, itself included: the most of these is how many requests a client had in
 *   flight at once.
 */

/**
 * @typedef {object} EmulatorScenario
 * @property {string} id
 * @property {string} baseUrl Use as the source's `baseUrl` (same origin as the serving dev/test
 *   server).
 * @property {Omit<EmulatorScenarioConfig, 'friends'> & { friends?: string }} config
 * @property {number} friendCount
 * @property {EmulatorFault[]} faults
 */

/**
 * @typedef {object} KakaoEmulator
 * @property {(req: HttpRequest, res: HttpResponse) => Promise<boolean>} handle
 * @property {(req: HttpRequest) => boolean} matches
 * @property {(req: HttpRequest, res: HttpResponse, next?: (error?: unknown) => void) => void}
 *   middleware Connect-style.
 * @property {(ctx: KoaContext, next: () => Promise<unknown>) => Promise<unknown>} koaMiddleware
 * @property {(config?: EmulatorScenarioConfig) => EmulatorScenario} createScenario
 * @property {(id: string, config: EmulatorScenarioConfig) => EmulatorScenario | undefined}
 *   updateScenario
 * @property {(id: string) => boolean} deleteScenario
 * @property {(id: string) => EmulatorScenario | undefined} getScenario
 * @property {(id: string) => RecordedRequest[]} requests
 */

/** @typedef {{ req: HttpRequest, res: HttpResponse, respond?: boolean }} KoaContext */

/**
 * @typedef {object} KakaoEmulatorOptions
 * @property {EmulatorScenarioConfig} [defaultScenario]
 * @property {boolean} [rootApi] Also serve the default scenario at `/v1/api/talk/*`.
 */

/**
 * @typedef {object} RunningKakaoEmulator
 * @property {string} url
 * @property {number} port
 * @property {import('node:http').Server} server
 * @property {KakaoEmulator} emulator
 * @property {() => Promise<void>} close
 */

/**
 * A config after validation, as a scenario keeps it.
 *
 * @typedef {object} NormalizedConfig
 * @property {number} friendCount
 * @property {number} seed
 * @property {number} favoriteEvery
 * @property {number} latencyMs
 * @property {string | null} accessToken
 * @property {unknown} profile
 * @property {unknown[] | undefined} friends
 * @property {EmulatorFault[]} faults
 */

/**
 * @typedef {object} Scenario
 * @property {string} id
 * @property {NormalizedConfig} config
 * @property {unknown[]} friends Generated, or raw entries served as given (maybe hostile).
 * @property {Map<string, unknown[]>} orderings
 * @property {Map<string, number>} inFlight Requests being answered, per endpoint.
 * @property {EmulatorFault[]} faults
 * @property {RecordedRequest[]} requests
 * @property {number} seq
 * @property {number} lastUsed
 */

export const EMULATOR_PREFIX = /** @type {const} */ ('/kakao-emulator');
export const DEFAULT_SCENARIO_ID = /** @type {const} */ ('default');

const FRIENDS_PATH = '/v1/api/talk/friends';
const PROFILE_PATH = '/v1/api/talk/profile';
const MAX_FRIENDS = 100_000;
const MAX_SCENARIOS = 1000;
const MAX_LOGGED_REQUESTS = 5000;
const MAX_CONTROL_BODY = 8 * 1024 * 1024;
const FOREIGN_ORIGIN = 'https://kapi.kakao.com.attacker.invalid';

/** @type {readonly EmulatorFaultType[]} */
export const FAULT_TYPES = Object.freeze([
  'unauthorized',
  'consent-required',
  'permission-denied',
  'quota-exceeded',
  'not-talk-user',
  'maintenance',
  'server',
  'http',
  'network',
  'not-json',
  'wrong-types',
  'hostile',
  'foreign-after-url',
  'redirect',
  'oversized',
  'raw',
  // Hostile paging and echoes (issue 9): a source that floods, repeats itself, lies about its
  // total or sends the caller's token back in an error.
  'oversized-page',
  'repeated-page',
  'lying-total',
  'echo-token',
]);

/** @type {Record<string, unknown>} */
const WRONG_TYPE_BODIES = {
  'elements-object': { elements: { uuid: 'not-a-list' }, total_count: 1 },
  'elements-string': { elements: 'friends', total_count: 1 },
  'total-count-string': { elements: [], total_count: '12' },
  'total-count-missing': { elements: [] },
  'negative-total': { elements: [], total_count: -1 },
  'fractional-total': { elements: [], total_count: 1.5 },
  'huge-total': { elements: [], total_count: 1e12 },
  'array-body': [],
  'null-body': null,
  'string-body': 'friends',
};

/** @type {Record<string, { type: string, body: string }>} */
const NOT_JSON_BODIES = {
  html: {
    type: 'text/html;charset=UTF-8',
    body: '<!doctype html><title>Oops</title><p>Not JSON</p>',
  },
  truncated: { type: 'application/json;charset=UTF-8', body: '{"elements":[{"uuid":"abc","prof' },
  empty: { type: 'application/json;charset=UTF-8', body: '' },
};

// Kakao's `asc`: Korean first (가나다), then Latin, then Japanese and other scripts, then names
// starting with digits or symbols.
const collator = new Intl.Collator('ko', { sensitivity: 'base', numeric: true });

/** @param {string} name */
function scriptRank(name) {
  const code = name.codePointAt(0) ?? 0;
  if (
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f)
  ) {
    return 0;
  }
  if (/^\p{Script=Latin}/u.test(name)) return 1;
  if (/^\p{L}/u.test(name)) return 2;
  return 3;
}

/**
 * A field of a served entry, which may be anything (hostile entries are strings, numbers, null…).
 *
 * @param {unknown} entry
 * @param {string} key
 * @returns {unknown}
 */
function fieldOf(entry, key) {
  return /** @type {Record<string, unknown> | null | undefined} */ (entry)?.[key];
}

/** @param {unknown} friend */
function nameOf(friend) {
  const name = fieldOf(friend, 'profile_nickname');
  return typeof name === 'string' ? name : '';
}

/** @param {unknown} a @param {unknown} b */
function compareFriends(a, b) {
  const an = nameOf(a);
  const bn = nameOf(b);
  return (
    scriptRank(an) - scriptRank(bn) ||
    collator.compare(an, bn) ||
    String(fieldOf(a, 'uuid')).localeCompare(String(fieldOf(b, 'uuid')))
  );
}

/** @param {Scenario} scenario @param {string} order @param {string} friendOrder */
function orderedFriends(scenario, order, friendOrder) {
  const key = `${order}:${friendOrder}`;
  let list = scenario.orderings.get(key);
  if (list === undefined) {
    const sorted = [...scenario.friends].sort(compareFriends);
    if (order === 'desc') sorted.reverse();
    list =
      friendOrder === 'favorite'
        ? [
            ...sorted.filter((f) => fieldOf(f, 'favorite') === true),
            ...sorted.filter((f) => fieldOf(f, 'favorite') !== true),
          ]
        : sorted;
    scenario.orderings.set(key, list);
  }
  return list;
}

/** Sorts the list a friends request asks for ahead of time (invalid parameters are left alone). */
/** @param {Scenario} scenario @param {URLSearchParams} params */
function prepareOrdering(scenario, params) {
  const order = params.get('order') ?? 'asc';
  const friendOrder = params.get('friend_order') ?? 'favorite';
  if (['asc', 'desc'].includes(order) && ['favorite', 'nickname'].includes(friendOrder)) {
    orderedFriends(scenario, order, friendOrder);
  }
}

/** @param {number} n */
function avatarSvg(n) {
  const hue = (n * 47) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><rect width="64" height="64" fill="hsl(${hue},55%,62%)"/><circle cx="32" cy="25" r="11" fill="#fff" fill-opacity=".85"/><path d="M12 60c2-13 11-19 20-19s18 6 20 19z" fill="#fff" fill-opacity=".85"/></svg>`;
}

// ---------------------------------------------------------------------------------------------
// Config validation

class HttpError extends Error {
  /** @param {number} status @param {string} message */
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * @param {any} value a field as received (parsed JSON)
 * @param {string} name
 * @param {number} min
 * @param {number} max
 * @param {number} [fallback] left out only where `value` is known to be defined
 * @returns {number}
 */
function intIn(value, name, min, max, fallback) {
  if (value === undefined) return /** @type {number} */ (fallback);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new HttpError(400, `${name} must be an integer from ${min} to ${max}`);
  }
  return value;
}

/** @param {unknown} value @param {string} name @returns {string[] | undefined} */
function stringList(value, name) {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((s) => typeof s === 'string')) {
    throw new HttpError(400, `${name} must be an array of strings`);
  }
  return [...value];
}

/**
 * @param {any} input a fault as received (parsed JSON): checked here, field by field
 * @param {number} index
 * @returns {EmulatorFault}
 */
function normalizeFault(input, index) {
  if (typeof input !== 'object' || input === null)
    throw new HttpError(400, `faults[${index}] must be an object`);
  if (!FAULT_TYPES.includes(input.type)) {
    throw new HttpError(400, `faults[${index}].type must be one of ${FAULT_TYPES.join(', ')}`);
  }
  /** @type {EmulatorFault} */
  const fault = { type: input.type, endpoint: input.endpoint ?? 'all' };
  if (!['all', 'friends', 'profile'].includes(/** @type {string} */ (fault.endpoint))) {
    throw new HttpError(400, `faults[${index}].endpoint must be all, friends or profile`);
  }
  if (input.times !== undefined) fault.times = intIn(input.times, `faults[${index}].times`, 1, 1e6);
  if (input.status !== undefined)
    fault.status = intIn(input.status, `faults[${index}].status`, 100, 599);
  if (input.body !== undefined) {
    if (typeof input.body !== 'string')
      throw new HttpError(400, `faults[${index}].body must be a string`);
    fault.body = input.body;
  }
  if (input.contentType !== undefined) fault.contentType = String(input.contentType);
  if (input.kakaoCode !== undefined)
    fault.kakaoCode = intIn(input.kakaoCode, `faults[${index}].kakaoCode`, -99999, 0);
  if (input.count !== undefined)
    fault.count = intIn(input.count, `faults[${index}].count`, 1, MAX_FRIENDS);
  if (input.totalCount !== undefined) {
    fault.totalCount = intIn(
      input.totalCount,
      `faults[${index}].totalCount`,
      0,
      Number.MAX_SAFE_INTEGER,
    );
  }
  const scopes = stringList(input.requiredScopes, `faults[${index}].requiredScopes`);
  if (scopes) fault.requiredScopes = scopes;
  const allowed = stringList(input.allowedScopes, `faults[${index}].allowedScopes`);
  if (allowed) fault.allowedScopes = allowed;
  if (input.variant !== undefined) {
    const variants =
      input.type === 'wrong-types'
        ? Object.keys(WRONG_TYPE_BODIES)
        : input.type === 'not-json'
          ? Object.keys(NOT_JSON_BODIES)
          : input.type === 'network'
            ? ['mid-body', 'before-headers']
            : [];
    if (!variants.includes(input.variant)) {
      throw new HttpError(
        400,
        `faults[${index}].variant must be one of ${variants.join(', ') || '(none)'}`,
      );
    }
    fault.variant = input.variant;
  }
  return fault;
}

/**
 * @param {any} input a config as received (parsed JSON): checked here
 * @param {object} [base] the config it updates
 * @returns {NormalizedConfig}
 */
function normalizeConfig(input, base = {}) {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new HttpError(400, 'the scenario config must be a JSON object');
  }
  const merged = { ...base, ...input };
  if (!Array.isArray(merged.faults ?? [])) throw new HttpError(400, 'faults must be an array');
  const config = {
    friendCount: intIn(merged.friendCount, 'friendCount', 0, MAX_FRIENDS, 30),
    seed: intIn(merged.seed, 'seed', 0, 2 ** 31 - 1, 1),
    favoriteEvery: intIn(merged.favoriteEvery, 'favoriteEvery', 0, MAX_FRIENDS, 9),
    latencyMs: intIn(merged.latencyMs, 'latencyMs', 0, 60000, 0),
    accessToken: merged.accessToken ?? null,
    profile: merged.profile,
    friends: merged.friends,
    faults: (merged.faults ?? []).map(normalizeFault),
  };
  if (
    config.accessToken !== null &&
    (typeof config.accessToken !== 'string' || config.accessToken === '')
  ) {
    throw new HttpError(400, 'accessToken must be a non-empty string or null (any token)');
  }
  if (
    config.friends !== undefined &&
    (!Array.isArray(config.friends) || config.friends.length > MAX_FRIENDS)
  ) {
    throw new HttpError(400, `friends must be an array of at most ${MAX_FRIENDS} entries`);
  }
  return config;
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'Access-Control-Max-Age': '600',
};

/**
 * @param {HttpResponse} res
 * @param {number} status
 * @param {unknown} [body] a string as is, anything else as JSON
 * @param {string} [type]
 * @param {Record<string, string>} [extra] more headers
 */
function send(res, status, body, type = 'application/json;charset=UTF-8', extra = {}) {
  if (res.headersSent || res.destroyed) return;
  const payload = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...corsHeaders,
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(payload),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(payload);
}

/** @param {HttpRequest} req @returns {Promise<string>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_CONTROL_BODY) {
        reject(new HttpError(413, 'body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** @param {HttpRequest} req @returns {Promise<unknown>} */
async function readJson(req) {
  const text = await readBody(req);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'the body is not JSON');
  }
}

/** Waits `ms`, resolving early (with `false`) when the client goes away. */
/** @param {number} ms @param {HttpResponse} res @returns {Promise<boolean>} */
function waitOrClose(ms, res) {
  if (ms <= 0) return Promise.resolve(!res.destroyed);
  return new Promise((resolve) => {
    const done = (/** @type {boolean} */ alive) => {
      clearTimeout(timer);
      res.off('close', onClose);
      resolve(alive);
    };
    const onClose = () => done(false);
    const timer = setTimeout(() => done(!res.destroyed), ms);
    res.on('close', onClose);
  });
}

/** @param {HttpRequest} req */
function originOf(req) {
  const host = req.headers.host ?? '127.0.0.1';
  const socket = /** @type {{ encrypted?: boolean } | undefined} */ (req.socket);
  return `${socket?.encrypted ? 'https' : 'http'}://${host}`;
}

/** @type {string | undefined} */
let hostileNickname;
/** @type {string | undefined} */
let oversizedBody;
/** @param {unknown} realFirst @returns {unknown[]} */
function hostileEntries(realFirst) {
  hostileNickname ??= 'W'.repeat(10 * 1024 * 1024);
  return [
    {
      uuid: fieldOf(realFirst, 'uuid') ?? 'hostile-dup',
      profile_nickname: 'Duplicate of the first friend',
    },
    { uuid: 'hostile-dup-2', profile_nickname: 'Twin A' },
    { uuid: 'hostile-dup-2', profile_nickname: 'Twin B' },
    { id: 1, uuid: 'hostile-long', profile_nickname: hostileNickname },
    {
      uuid: 'hostile-script',
      profile_nickname: '<img src=x onerror="window.__kfpHacked=1">',
      profile_thumbnail_image: 'javascript:window.__kfpHacked=1',
    },
    { uuid: 'hostile-file', profile_thumbnail_image: 'file:///etc/passwd', favorite: 'yes' },
    {
      uuid: 'hostile-http',
      profile_thumbnail_image: 'http://tracker.example/pixel.gif',
      id: { $gt: 1 },
    },
    { uuid: 'hostile-types', profile_nickname: { first: 'Obj' }, favorite: 1, id: [] },
    { profile_nickname: 'No uuid' },
    { uuid: 12345, profile_nickname: 'Numeric uuid' },
    { uuid: '', profile_nickname: 'Empty uuid' },
    null,
    'a string',
    42,
    [{ uuid: 'nested' }],
  ];
}

/**
 * An error body that sends the caller's token back everywhere: in `msg` (once early, once across
 * the 200th character, where a client that cuts before redacting would leave part of it), in
 * `required_scopes` (alone and inside a scope-like name), `allowed_scopes`, `api_type` and
 * fields a client does not know.
 *
 * @param {string} token
 * @param {number} code
 */
function echoedTokenBody(token, code) {
  const head = `The access token ${token} lacks a scope.`;
  return {
    code,
    msg: `${head}${'.'.repeat(Math.max(1, 180 - head.length))}${token} (echoed)`,
    api_type: token,
    required_scopes: ['friends', token, `talk_${token}`, `Bearer ${token}`],
    allowed_scopes: [token, 'profile_nickname'],
    token,
    debug: { authorization: `Bearer ${token}` },
  };
}

// ---------------------------------------------------------------------------------------------
// The emulator

/**
 * Creates an emulator (state lives in the returned object). `defaultScenario` configures the
 * always-present `default` scenario; `rootApi: true` also serves that scenario's API at
 * `/v1/api/talk/*` (what the standalone server does, so its base URL is just its origin).
 *
 * @param {KakaoEmulatorOptions} [options]
 * @returns {KakaoEmulator}
 */
export function createKakaoEmulator(options = {}) {
  /** @type {Map<string, Scenario>} */
  const scenarios = new Map();
  const defaultConfig = { friendCount: 1234, ...(options.defaultScenario ?? {}) };
  const rootApi = options.rootApi === true;

  /** @param {string} id @param {NormalizedConfig} config @returns {Scenario} */
  function build(id, config) {
    const friends =
      config.friends ??
      generateEmulatorFriends(config.friendCount, {
        seed: config.seed,
        favoriteEvery: config.favoriteEvery,
      });
    return {
      id,
      config,
      friends,
      orderings: new Map(),
      inFlight: new Map(),
      faults: config.faults.map((fault) => ({ ...fault })),
      requests: [],
      seq: 0,
      lastUsed: Date.now(),
    };
  }

  /** @param {unknown} [input] @param {string} [id] */
  function createScenario(input = {}, id = randomBytes(8).toString('hex')) {
    const scenario = build(id, normalizeConfig(input));
    scenarios.set(id, scenario);
    if (scenarios.size > MAX_SCENARIOS) {
      const oldest = [...scenarios.values()]
        .filter((s) => s.id !== DEFAULT_SCENARIO_ID)
        .sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (oldest) scenarios.delete(oldest.id);
    }
    return scenario;
  }

  /** @param {Scenario} scenario @param {any} input config keys to replace (parsed JSON) */
  function updateScenario(scenario, input) {
    const raw = { ...scenario.config };
    const config = normalizeConfig(input, raw);
    const dataChanged = ['friendCount', 'seed', 'favoriteEvery', 'friends'].some(
      (key) => key in input,
    );
    scenario.config = config;
    if (dataChanged) {
      scenario.friends =
        config.friends ??
        generateEmulatorFriends(config.friendCount, {
          seed: config.seed,
          favoriteEvery: config.favoriteEvery,
        });
      scenario.orderings.clear();
    }
    if ('faults' in input) scenario.faults = config.faults.map((fault) => ({ ...fault }));
    return scenario;
  }

  /** @param {string} id */
  function getScenario(id) {
    if (id === DEFAULT_SCENARIO_ID && !scenarios.has(id)) createScenario(defaultConfig, id);
    return scenarios.get(id);
  }

  /** @param {Scenario} scenario @returns {EmulatorScenario} */
  function describe(scenario) {
    const { friends, ...config } = scenario.config;
    return {
      id: scenario.id,
      baseUrl: `${EMULATOR_PREFIX}/s/${scenario.id}`,
      config: {
        ...config,
        // The expected token stays in the emulator.
        accessToken: config.accessToken === null ? null : '(set)',
        friends: friends === undefined ? undefined : `${friends.length} entries`,
      },
      friendCount: scenario.friends.length,
      faults: scenario.faults,
    };
  }

  /** @param {Scenario} scenario @param {string} endpoint */
  function takeFault(scenario, endpoint) {
    for (const fault of scenario.faults) {
      if (fault.endpoint !== 'all' && fault.endpoint !== endpoint) continue;
      if (fault.times !== undefined) {
        if (fault.times <= 0) continue;
        fault.times -= 1;
      }
      return fault;
    }
    return undefined;
  }

  /**
   * @param {Scenario} scenario
   * @param {HttpRequest} req
   * @param {RecordedRequest['endpoint']} endpoint
   * @param {URL} url
   */
  function record(scenario, req, endpoint, url) {
    const auth = req.headers.authorization;
    /** @type {RecordedRequest} */
    const entry = {
      seq: ++scenario.seq,
      method: /** @type {string} */ (req.method),
      endpoint,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      url: `${url.pathname}${url.search}`,
      authorization: auth === undefined ? 'none' : /^Bearer \S+$/.test(auth) ? 'bearer' : 'other',
      tokenAccepted: false,
      fault: null,
      status: null,
      aborted: false,
      startedAt: Date.now(),
      finishedAt: null,
      inFlight: (scenario.inFlight.get(endpoint) ?? 0) + 1,
    };
    scenario.requests.push(entry);
    if (scenario.requests.length > MAX_LOGGED_REQUESTS) scenario.requests.shift();
    return entry;
  }

  /** @param {Scenario} scenario @param {HttpRequest} req */
  function tokenAccepted(scenario, req) {
    const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (!match) return false;
    return scenario.config.accessToken === null || scenario.config.accessToken === match[1];
  }

  /**
   * @param {EmulatorFault} fault
   * @param {string} endpoint
   * @returns {[number, unknown] | undefined}
   */
  function kakaoFault(fault, endpoint) {
    switch (fault.type) {
      case 'unauthorized':
        return [401, { code: -401, msg: 'this access token does not exist' }];
      case 'consent-required':
        return [
          403,
          {
            code: -402,
            msg: '[KakaoTalk] insufficient scopes.',
            api_type: endpoint === 'profile' ? 'TALK_PROFILE' : 'TALK_FRIENDS',
            required_scopes:
              fault.requiredScopes ?? (endpoint === 'profile' ? ['profile_nickname'] : ['friends']),
            allowed_scopes: fault.allowedScopes ?? ['profile_nickname', 'profile_image'],
          },
        ];
      case 'permission-denied': {
        const code = fault.kakaoCode ?? -3;
        return [
          403,
          {
            code,
            msg:
              code === -5
                ? 'App is not allowed to use this API.'
                : 'This API needs additional permission.',
          },
        ];
      }
      case 'quota-exceeded':
        return [429, { code: -10, msg: 'API limit has been exceeded.' }];
      case 'not-talk-user':
        return [400, { code: -501, msg: 'NotKakaoTalkUserException' }];
      case 'maintenance':
        return [503, { code: -9798, msg: 'service under maintenance' }];
      case 'server':
        return [fault.status ?? 500, { code: -1, msg: 'internal error' }];
      default:
        return undefined;
    }
  }

  /**
   * @param {Scenario} scenario
   * @param {HttpRequest} req
   * @param {URL} url
   * @param {string} base
   * @param {EmulatorFault | undefined} fault
   * @returns {[number, unknown]}
   */
  function friendsPage(scenario, req, url, base, fault) {
    const params = url.searchParams;
    /** @param {string} name @param {number} fallback */
    const parseInt10 = (name, fallback) => {
      const value = params.get(name);
      if (value === null || value === '') return fallback;
      return /^\d+$/.test(value) ? Number(value) : NaN;
    };
    const offset = parseInt10('offset', 0);
    const rawLimit = parseInt10('limit', 10);
    const order = params.get('order') ?? 'asc';
    const friendOrder = params.get('friend_order') ?? 'favorite';
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(rawLimit) || rawLimit < 1) {
      return [400, { code: -2, msg: 'invalid offset or limit' }];
    }
    if (!['asc', 'desc'].includes(order) || !['favorite', 'nickname'].includes(friendOrder)) {
      return [400, { code: -2, msg: 'invalid order or friend_order' }];
    }
    const limit = Math.min(100, rawLimit);
    const list = orderedFriends(scenario, order, friendOrder);
    const origin = originOf(req);
    const toWire = (/** @type {unknown} */ friend) => {
      if (typeof friend !== 'object' || friend === null || !('avatar' in friend)) return friend;
      const { avatar, ...rest } = friend;
      return avatar === null
        ? rest
        : { ...rest, profile_thumbnail_image: `${origin}${EMULATOR_PREFIX}/avatar/${avatar}.svg` };
    };
    let elements = list.slice(offset, offset + limit).map(toWire);
    let total = list.length;
    if (fault?.type === 'hostile' && offset === 0) elements.push(...hostileEntries(elements[0]));
    if (fault?.type === 'oversized-page') {
      // Far more entries than `limit`, new ones on every request.
      elements = Array.from({ length: fault.count ?? 5000 }, (_, i) => ({
        uuid: `oversized-${offset}-${i}`,
        profile_nickname: `Flood ${offset}-${i}`,
      }));
      total = fault.totalCount ?? MAX_FRIENDS;
    } else if (fault?.type === 'repeated-page') {
      // The first page again, whatever the offset.
      elements = list.slice(0, limit).map(toWire);
      total = fault.totalCount ?? MAX_FRIENDS;
    } else if (fault?.type === 'lying-total') {
      total = fault.totalCount ?? 1_000_000_000;
    }
    const linkOrigin = fault?.type === 'foreign-after-url' ? FOREIGN_ORIGIN : origin;
    const link = (/** @type {number} */ at) =>
      `${linkOrigin}${base}${FRIENDS_PATH}?offset=${at}&limit=${limit}&order=${order}&friend_order=${friendOrder}`;
    /** @type {Record<string, unknown>} */
    const body = {};
    if (offset > 0) body.before_url = link(Math.max(0, offset - limit));
    if (offset + limit < total) body.after_url = link(offset + limit);
    // Like Kakao, an empty page has no `elements` at all.
    if (elements.length > 0) body.elements = elements;
    body.total_count = total;
    body.favorite_count = list.filter((f) => fieldOf(f, 'favorite') === true).length;
    return [200, body];
  }

  /** @param {Scenario} scenario @param {HttpRequest} req */
  function profileBody(scenario, req) {
    if (scenario.config.profile !== undefined) return scenario.config.profile;
    const avatar = `${originOf(req)}${EMULATOR_PREFIX}/avatar/0.svg`;
    return { nickName: '나 (에뮬레이터)', profileImageURL: avatar, thumbnailURL: avatar };
  }

  /**
   * @param {Scenario} scenario
   * @param {RecordedRequest['endpoint']} endpoint
   * @param {HttpRequest} req
   * @param {HttpResponse} res
   * @param {URL} url
   * @param {string} base
   * @returns {Promise<void>}
   */
  async function serveApi(scenario, endpoint, req, res, url, base) {
    if (req.method === 'OPTIONS') return send(res, 204, undefined, 'text/plain');
    const entry = record(scenario, req, endpoint, url);
    scenario.inFlight.set(endpoint, entry.inFlight);
    res.on('close', () => {
      entry.finishedAt = Date.now();
      scenario.inFlight.set(endpoint, /** @type {number} */ (scenario.inFlight.get(endpoint)) - 1);
      if (!res.writableFinished) entry.aborted = true;
    });
    /** @type {(status: number, body: unknown, type?: string, extra?: Record<string, string>) => void} */
    const respond = (status, body, type, extra) => {
      entry.status = status;
      send(res, status, body, type, extra);
    };
    // The latency is the whole answer time, as a client sees it: the first request of a scenario
    // sorts its list (tens of ms at a thousand friends), and that must not add to the latency.
    if (endpoint === 'friends') prepareOrdering(scenario, url.searchParams);
    const waitMs = scenario.config.latencyMs - (Date.now() - entry.startedAt);
    if (!(await waitOrClose(waitMs, res))) return;
    if (req.method !== 'GET') return respond(405, { code: -2, msg: 'method not allowed' });
    if (endpoint === 'unknown')
      return respond(404, { code: -2, msg: 'no such API in the emulator' });
    const fault = takeFault(scenario, endpoint);
    entry.fault = fault?.type ?? null;
    entry.tokenAccepted = tokenAccepted(scenario, req);
    if (fault) {
      const kakao = kakaoFault(fault, endpoint);
      if (kakao) return respond(kakao[0], kakao[1]);
      switch (fault.type) {
        case 'network':
          entry.status = 0;
          if (fault.variant === 'before-headers') {
            // Browsers may silently resend a request whose reused connection closed unanswered.
            res.destroy();
          } else {
            res.writeHead(200, {
              ...corsHeaders,
              'Content-Type': 'application/json',
              'Content-Length': '4096',
            });
            res.write('{"elements":[{"uuid":"cut');
            setTimeout(() => res.destroy(), 5);
          }
          return undefined;
        case 'http':
          return respond(
            fault.status ?? 502,
            fault.body ?? '<html><body><h1>502 Bad Gateway</h1></body></html>',
            fault.contentType ?? 'text/html;charset=UTF-8',
          );
        case 'raw':
          return respond(
            fault.status ?? 200,
            fault.body ?? '',
            fault.contentType ?? 'application/json;charset=UTF-8',
          );
        case 'not-json': {
          const variant = /** @type {{ type: string, body: string }} */ (
            NOT_JSON_BODIES[fault.variant ?? 'html']
          );
          return respond(fault.status ?? 200, variant.body, variant.type);
        }
        case 'wrong-types':
          return respond(
            fault.status ?? 200,
            JSON.stringify(WRONG_TYPE_BODIES[fault.variant ?? 'elements-object']),
          );
        case 'oversized':
          oversizedBody ??= JSON.stringify({
            elements: [{ uuid: 'oversized', profile_nickname: 'O'.repeat(20 * 1024 * 1024) }],
            total_count: 1,
          });
          return respond(200, oversizedBody);
        case 'redirect':
          return respond(302, '', 'text/plain', { Location: `${FOREIGN_ORIGIN}${FRIENDS_PATH}` });
        case 'echo-token': {
          const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
          return respond(fault.status ?? 403, echoedTokenBody(token, fault.kakaoCode ?? -402));
        }
        default:
          break; // hostile and foreign-after-url shape a normal answer below
      }
    }
    if (!entry.tokenAccepted)
      return respond(401, { code: -401, msg: 'this access token does not exist' });
    if (endpoint === 'profile') return respond(200, profileBody(scenario, req));
    const [status, body] = friendsPage(scenario, req, url, base, fault);
    return respond(status, body);
  }

  /**
   * @param {string[]} parts
   * @param {HttpRequest} req
   * @param {HttpResponse} res
   * @returns {Promise<void>}
   */
  async function serveControl(parts, req, res) {
    // parts: ['scenarios', id?, 'requests'?]
    const [, id, sub] = parts;
    if (req.method === 'OPTIONS') return send(res, 204, undefined, 'text/plain');
    if (id === undefined) {
      if (req.method !== 'POST') throw new HttpError(405, 'use POST to create a scenario');
      const scenario = createScenario(await readJson(req));
      return send(res, 201, describe(scenario));
    }
    const scenario = getScenario(id);
    if (!scenario) throw new HttpError(404, `no scenario ${id}`);
    scenario.lastUsed = Date.now();
    if (sub === 'requests') {
      if (req.method === 'GET') return send(res, 200, { requests: scenario.requests });
      if (req.method === 'DELETE') {
        scenario.requests = [];
        return send(res, 204);
      }
      throw new HttpError(405, 'GET or DELETE');
    }
    if (sub !== undefined) throw new HttpError(404, 'unknown control path');
    if (req.method === 'GET') return send(res, 200, describe(scenario));
    if (req.method === 'PATCH')
      return send(res, 200, describe(updateScenario(scenario, await readJson(req))));
    if (req.method === 'DELETE') {
      scenarios.delete(id);
      return send(res, 204);
    }
    throw new HttpError(405, 'GET, PATCH or DELETE');
  }

  /** @param {HttpResponse} res */
  function help(res) {
    send(res, 200, {
      emulator: 'Kakao Talk Social API (kakao-friend-picker)',
      api: [`${EMULATOR_PREFIX}/s/:id${FRIENDS_PATH}`, `${EMULATOR_PREFIX}/s/:id${PROFILE_PATH}`],
      defaultBaseUrl: `${EMULATOR_PREFIX}/s/${DEFAULT_SCENARIO_ID}`,
      control: `${EMULATOR_PREFIX}/scenarios`,
      faults: FAULT_TYPES,
      wrongTypeVariants: Object.keys(WRONG_TYPE_BODIES),
      notJsonVariants: Object.keys(NOT_JSON_BODIES),
    });
  }

  /** @param {string} path @returns {RecordedRequest['endpoint']} */
  function endpointOf(path) {
    if (path === FRIENDS_PATH) return 'friends';
    if (path === PROFILE_PATH) return 'profile';
    return 'unknown';
  }

  /** Whether a request is for the emulator (`/kakao-emulator…`, or `/v1/api/talk/…` with rootApi). */
  /** @param {HttpRequest} req */
  function matches(req) {
    const path = /** @type {string} */ ((req.url ?? '/').split('?')[0]);
    return (
      path === EMULATOR_PREFIX ||
      path.startsWith(`${EMULATOR_PREFIX}/`) ||
      (rootApi && path.startsWith('/v1/api/talk/'))
    );
  }

  /** Serves `req` when it is the emulator's; resolves `true` once answered, `false` otherwise. */
  /** @param {HttpRequest} req @param {HttpResponse} res */
  async function handle(req, res) {
    if (!matches(req)) return false;
    const url = new URL(req.url ?? '/', 'http://emulator.invalid');
    try {
      if (rootApi && url.pathname.startsWith('/v1/api/talk/')) {
        await serveApi(
          /** @type {Scenario} */ (getScenario(DEFAULT_SCENARIO_ID)),
          endpointOf(url.pathname),
          req,
          res,
          url,
          '',
        );
        return true;
      }
      const rest = url.pathname.slice(EMULATOR_PREFIX.length).split('/').filter(Boolean);
      if (rest.length === 0) {
        help(res);
      } else if (rest[0] === 's' && rest.length >= 2) {
        const scenario = getScenario(/** @type {string} */ (rest[1]));
        if (req.method === 'OPTIONS') {
          send(res, 204, undefined, 'text/plain');
        } else if (!scenario) {
          send(res, 404, { code: -2, msg: `no emulator scenario ${rest[1]}` });
        } else {
          scenario.lastUsed = Date.now();
          const base = `${EMULATOR_PREFIX}/s/${scenario.id}`;
          const apiPath = `/${rest.slice(2).join('/')}`;
          await serveApi(scenario, endpointOf(apiPath), req, res, url, base);
        }
      } else if (
        rest[0] === 'avatar' &&
        rest.length === 2 &&
        /^\d{1,6}\.svg$/.test(rest[1] ?? '')
      ) {
        send(
          res,
          200,
          avatarSvg(Number.parseInt(/** @type {string} */ (rest[1]), 10)),
          'image/svg+xml',
          {
            'Cache-Control': 'public, max-age=86400',
          },
        );
      } else if (rest[0] === 'scenarios') {
        await serveControl(rest, req, res);
      } else {
        send(res, 404, { error: 'unknown emulator path' });
      }
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      send(res, status, { error: error instanceof Error ? error.message : 'emulator failure' });
    }
    return true;
  }

  /** Connect-style middleware (Vite's `server.middlewares`, Express, plain `http`). */
  /**
   * @param {HttpRequest} req
   * @param {HttpResponse} res
   * @param {(error?: unknown) => void} [next]
   */
  function middleware(req, res, next) {
    handle(req, res).then(
      (handled) => {
        if (!handled) next?.();
      },
      (error) => next?.(error),
    );
  }

  /**
   * Koa middleware, for the `middleware: [...]` option of @web/dev-server or @web/test-runner
   * (not `app.use()` in a plugin's `serverStart`: koa has composed its stack by then).
   */
  /** @param {KoaContext} ctx @param {() => Promise<unknown>} next */
  async function koaMiddleware(ctx, next) {
    if (!matches(ctx.req)) return next();
    // The emulator writes the raw response itself; koa must not touch it afterwards.
    ctx.respond = false;
    await handle(ctx.req, ctx.res);
    return undefined;
  }

  getScenario(DEFAULT_SCENARIO_ID);

  return {
    handle,
    matches,
    middleware,
    koaMiddleware,
    createScenario: (config) => describe(createScenario(config)),
    updateScenario: (id, config) => {
      const scenario = getScenario(id);
      return scenario ? describe(updateScenario(scenario, config)) : undefined;
    },
    deleteScenario: (id) => scenarios.delete(id),
    getScenario: (id) => {
      const scenario = getScenario(id);
      return scenario ? describe(scenario) : undefined;
    },
    requests: (id) => getScenario(id)?.requests ?? [],
  };
}

/**
 * Starts the emulator as its own HTTP server (`npm run emulator`). Its API answers at the root as
 * well (`baseUrl` = the server's origin), with CORS open so any local page can call it.
 */
/**
 * @param {{ host?: string, port?: number, defaultScenario?: EmulatorScenarioConfig }} [options]
 * @returns {Promise<RunningKakaoEmulator>}
 */
export async function startKakaoEmulator({
  host = '127.0.0.1',
  port = 8787,
  defaultScenario,
} = {}) {
  const emulator = createKakaoEmulator({ rootApi: true, defaultScenario });
  const server = createServer((req, res) => {
    emulator.handle(req, res).then(
      (handled) => {
        if (!handled) send(res, 404, { error: 'not found: the API is at /v1/api/talk/friends' });
      },
      () => send(res, 500, { error: 'emulator failure' }),
    );
  });
  await new Promise((/** @type {(value?: void) => void} */ resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    port: address.port,
    server,
    emulator,
    close: () =>
      new Promise((/** @type {(value?: void) => void} */ resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
