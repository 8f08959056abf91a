// The "Kakao REST API (local emulator)" data set: real HTTP to the Kakao API emulator that the Vite
// dev server mounts under /kakao-emulator (tools/kakao-emulator/vite-plugin.mjs), same origin, no account.
// The playground makes its own scenario (friends, latency, faults), switches faults over the
// control API, reloads the picker, and reads the scenario's request log back.
import { KakaoRestFriendSource, KakaoSdkFriendSource } from '../src/index.js';
import type { FriendDataSource, KakaoSdk } from '../src/index.js';
import type {
  EmulatorFault,
  EmulatorScenario,
  EmulatorScenarioConfig,
  RecordedRequest,
} from '../tools/kakao-emulator/kakao-api-emulator.mjs';
import { byId } from './context.js';
import type { PlaygroundContext } from './context.js';
import { registerDataSet } from './data-sets.js';
import { rememberSecret } from './secrets.js';

export const EMULATOR_DATA_SET_ID = 'kakao-emulator';
const CONTROL_URL = '/kakao-emulator/scenarios';
/** The only token this scenario accepts (any other is -401). Not a secret, but treated as one. */
const DEMO_TOKEN = 'playground-demo-token-0123456789';
const PAGE_SIZE = 100;
const POLL_MS = 1000;

/** The fault switches of index.html (`data-fault="…"`), in the order the emulator tries them. */
const FAULTS: Record<string, EmulatorFault> = {
  consent: { type: 'consent-required', endpoint: 'friends', requiredScopes: ['friends'] },
  quota: { type: 'quota-exceeded', endpoint: 'friends' },
  server: { type: 'server', endpoint: 'friends', status: 500, times: 2 },
  maintenance: { type: 'maintenance', endpoint: 'friends' },
  unauthorized: { type: 'unauthorized' },
  malformed: { type: 'not-json', endpoint: 'friends', variant: 'truncated' },
  hostile: { type: 'hostile', endpoint: 'friends' },
};

type Client = 'rest' | 'sdk';

interface RequestSummary {
  total: number;
  friends: number;
  profile: number;
  bearer: number;
  tokenInUrl: number;
  pending: number;
  statuses: string;
  maxInFlight: number;
}

/** Most requests of `requests` that were in flight at the same moment. */
function maxInFlight(requests: RecordedRequest[]): number {
  const edges: Array<[number, number]> = [];
  for (const request of requests) {
    edges.push([request.startedAt, 1]);
    edges.push([request.finishedAt ?? Number.POSITIVE_INFINITY, -1]);
  }
  // Ends before starts at the same millisecond: back-to-back requests do not overlap.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let max = 0;
  for (const [, delta] of edges) {
    current += delta;
    max = Math.max(max, current);
  }
  return max;
}

export function summarizeRequests(requests: RecordedRequest[], token: string): RequestSummary {
  const statuses = new Map<string, number>();
  for (const request of requests) {
    const status =
      request.status === null
        ? 'pending'
        : request.status === 0
          ? 'dropped'
          : request.aborted
            ? `${request.status} (aborted)`
            : String(request.status);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  return {
    total: requests.length,
    friends: requests.filter((r) => r.endpoint === 'friends').length,
    profile: requests.filter((r) => r.endpoint === 'profile').length,
    bearer: requests.filter((r) => r.authorization === 'bearer').length,
    // The token itself, or any parameter that could carry one.
    tokenInUrl: requests.filter(
      (r) => r.url.includes(token) || /[?&](access_token|token)=/i.test(r.url),
    ).length,
    pending: requests.filter((r) => r.status === null).length,
    statuses: [...statuses]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]) => `${status} ×${n}`)
      .join(', '),
    maxInFlight: maxInFlight(requests.filter((r) => r.endpoint === 'friends')),
  };
}

/**
 * An object shaped like the Kakao JS SDK v2 (`Kakao.API.request`) over the same emulator, so the
 * SDK adapter can be tried offline. Like the SDK, it rejects with Kakao's `{ code, msg, … }`.
 */
function emulatedKakaoSdk(baseUrl: string): KakaoSdk {
  return {
    isInitialized: () => true,
    API: {
      async request({ url, data }) {
        const query = new URLSearchParams();
        for (const [key, value] of Object.entries(data ?? {})) query.set(key, String(value));
        const search = query.toString() === '' ? '' : `?${query.toString()}`;
        const response = await fetch(`${baseUrl}${url}${search}`, {
          headers: { Authorization: `Bearer ${DEMO_TOKEN}` },
          cache: 'no-store',
        });
        const text = await response.text();
        let body: unknown;
        try {
          body = JSON.parse(text) as unknown;
        } catch {
          body = text;
        }
        if (!response.ok) throw body;
        return body;
      },
    },
  };
}

async function control(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${CONTROL_URL}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
    cache: 'no-store',
  });
}

const notServed =
  'The Kakao API emulator is not served here: it runs inside `npm start` (and `vite preview`), not in a static build.';

export function setupEmulatorDataSet(ctx: PlaygroundContext): void {
  const countField = byId<HTMLSelectElement>('emulator-friend-count');
  const latencyField = byId<HTMLInputElement>('emulator-latency');
  const latencyOutput = byId<HTMLOutputElement>('emulator-latency-value');
  const clientField = byId<HTMLSelectElement>('emulator-client');
  const faultBoxes = [
    ...document.querySelectorAll<HTMLInputElement>('#emulator-panel input[data-fault]'),
  ];
  const lastLoadLine = byId<HTMLParagraphElement>('emulator-requests-last');
  const totalLine = byId<HTMLParagraphElement>('emulator-requests-total');
  const timingLine = byId<HTMLParagraphElement>('emulator-timing');
  const scenarioLine = byId<HTMLParagraphElement>('emulator-scenario');

  rememberSecret(DEMO_TOKEN);

  let scenario: EmulatorScenario | undefined;
  /** Control calls run one after another, so a quick series of toggles lands in order. */
  let queue: Promise<unknown> = Promise.resolve();
  let poll: number | undefined;
  let active = false;
  /** When the current load started: wall clock (the emulator's log uses it) and `performance.now()`. */
  let loadMark = { wall: 0, perf: 0 };
  let loading = false;

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  const friendCount = () => Number(countField.value);
  const latencyMs = () => Number(latencyField.value);
  const faults = (): EmulatorFault[] =>
    faultBoxes
      .filter((box) => box.checked && FAULTS[box.dataset.fault ?? ''] !== undefined)
      .map((box) => ({ ...FAULTS[box.dataset.fault ?? '']! }));

  function config(): EmulatorScenarioConfig {
    return {
      friendCount: friendCount(),
      latencyMs: latencyMs(),
      accessToken: DEMO_TOKEN,
      faults: faults(),
    };
  }

  function showLatency(): void {
    latencyOutput.value = `${latencyMs().toLocaleString('en')} ms`;
  }

  function showScenario(): void {
    if (scenario === undefined) {
      scenarioLine.textContent = '';
      return;
    }
    const on = faults().map((fault) => fault.type);
    scenarioLine.textContent = `Scenario ${scenario.id} at ${scenario.baseUrl}: ${scenario.friendCount.toLocaleString('en')} friends, ${latencyMs()} ms per answer, faults: ${on.length === 0 ? 'none' : on.join(', ')}.`;
  }

  /** Creates the scenario (first use, or after the dev server restarted and forgot it). */
  async function createScenario(): Promise<EmulatorScenario> {
    let response: Response;
    try {
      response = await control('POST', '', config());
    } catch (cause) {
      throw new Error(notServed, { cause });
    }
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) {
      throw new Error(`${notServed} (POST ${CONTROL_URL}: HTTP ${response.status})`);
    }
    scenario = (await response.json()) as EmulatorScenario;
    showScenario();
    return scenario;
  }

  /** Sends the current settings to the scenario; false when there is none (any more). */
  async function patchScenario(patch: EmulatorScenarioConfig): Promise<boolean> {
    if (scenario === undefined) return false;
    const response = await control('PATCH', `/${scenario.id}`, patch);
    if (response.status === 404) {
      scenario = undefined;
      return false;
    }
    if (!response.ok) throw new Error(`PATCH scenario: HTTP ${response.status}`);
    scenario = (await response.json()) as EmulatorScenario;
    showScenario();
    return true;
  }

  async function createSource(): Promise<FriendDataSource> {
    const current = await enqueue(async () =>
      // Every new source starts from the switches as they are now (this also re-arms "500 ×2").
      (await patchScenario(config())) ? scenario! : createScenario(),
    );
    if (clientField.value === ('sdk' satisfies Client)) {
      return new KakaoSdkFriendSource(emulatedKakaoSdk(current.baseUrl));
    }
    return new KakaoRestFriendSource({ accessToken: DEMO_TOKEN, baseUrl: current.baseUrl });
  }

  /** PATCHes the scenario and reloads the picker (a new source if the scenario is gone). */
  async function change(patch: EmulatorScenarioConfig, why: string): Promise<void> {
    showScenario();
    let patched: boolean;
    try {
      patched = await enqueue(() => patchScenario(patch));
    } catch (error) {
      ctx.setStatus(`Could not update the emulator scenario: ${String(error)}`);
      return;
    }
    if (ctx.activeDataSet() !== EMULATOR_DATA_SET_ID) return;
    if (patched) await ctx.reload(why);
    else await ctx.recreateSource();
  }

  async function refreshRequests(): Promise<void> {
    if (scenario === undefined) return;
    let requests: RecordedRequest[];
    try {
      const response = await control('GET', `/${scenario.id}/requests`);
      if (!response.ok) return;
      requests = ((await response.json()) as { requests: RecordedRequest[] }).requests;
    } catch {
      return; // the dev server went away; the next load reports it
    }
    const api = requests.filter((r) => r.endpoint !== 'unknown');
    // A few ms of slack: the browser's and the emulator's clocks are the same machine's.
    const last = summarizeRequests(
      api.filter((r) => r.startedAt >= loadMark.wall - 5),
      DEMO_TOKEN,
    );
    const all = summarizeRequests(api, DEMO_TOKEN);
    lastLoadLine.textContent =
      last.total === 0
        ? 'Last load: no requests yet.'
        : `Last load: ${last.total} request${last.total === 1 ? '' : 's'} (${last.friends} friends page${last.friends === 1 ? '' : 's'}, ${last.profile} profile), at most ${last.maxInFlight} friends request${last.maxInFlight === 1 ? '' : 's'} at once${last.pending > 0 ? `, ${last.pending} still pending` : ''}; HTTP ${last.statuses}.`;
    totalLine.textContent = `Since the scenario began: ${all.total} request${all.total === 1 ? '' : 's'}, ${all.bearer} with an Authorization: Bearer header, ${all.tokenInUrl === 0 ? 'none' : `${all.tokenInUrl} (!)`} with the token in the URL.`;
    totalLine.dataset.ok = String(all.tokenInUrl === 0 && all.bearer === all.total);
  }

  function startPolling(): void {
    stopPolling();
    poll = window.setInterval(() => {
      if (document.visibilityState === 'visible' && loading) void refreshRequests();
    }, POLL_MS);
  }

  function stopPolling(): void {
    if (poll !== undefined) window.clearInterval(poll);
    poll = undefined;
  }

  function settled(): void {
    loading = false;
    void refreshRequests();
  }

  ctx.picker.addEventListener('kfp-load', (event) => {
    if (!active) return;
    settled();
    const { totalCount } = (event as CustomEvent<{ totalCount: number }>).detail;
    const elapsed = Math.round(performance.now() - loadMark.perf);
    const pages = Math.max(1, Math.ceil((scenario?.friendCount ?? totalCount) / PAGE_SIZE));
    const sequential = pages * latencyMs();
    timingLine.textContent =
      latencyMs() === 0
        ? `Loaded ${totalCount.toLocaleString('en')} friends in ${elapsed} ms (no latency).`
        : `Loaded ${totalCount.toLocaleString('en')} friends in ${elapsed} ms; ${pages} page${pages === 1 ? '' : 's'} one after another would take at least ${pages} × ${latencyMs()} ms = ${sequential.toLocaleString('en')} ms.`;
  });
  ctx.picker.addEventListener('kfp-error', () => {
    if (!active) return;
    settled();
    timingLine.textContent = `Failed after ${Math.round(performance.now() - loadMark.perf)} ms (retries included).`;
  });

  // --- controls ----------------------------------------------------------------------------------

  latencyField.addEventListener('input', showLatency);
  // Committed values only: dragging the slider must not reload at every step.
  latencyField.addEventListener(
    'change',
    () => void change({ latencyMs: latencyMs() }, `latency ${latencyMs()} ms`),
  );
  countField.addEventListener(
    'change',
    () => void change({ friendCount: friendCount() }, `${friendCount()} friends`),
  );
  clientField.addEventListener('change', () => void ctx.recreateSource());
  for (const box of faultBoxes) {
    box.addEventListener('change', () => {
      const label = box.labels?.[0]?.textContent?.trim() ?? box.dataset.fault;
      void change({ faults: faults() }, `fault ${box.checked ? 'on' : 'off'}: ${label}`);
    });
  }
  byId('emulator-refresh-log').addEventListener('click', () => void refreshRequests());
  const clearLog = async (): Promise<void> => {
    const id = scenario?.id;
    if (id === undefined) return;
    await enqueue(() => control('DELETE', `/${id}/requests`)).catch(() => undefined);
    await refreshRequests();
  };
  byId('emulator-clear-log').addEventListener('click', () => void clearLog());
  showLatency();

  registerDataSet({
    id: EMULATOR_DATA_SET_ID,
    label: 'Kakao REST API (local emulator)',
    description:
      'Real HTTP to the Kakao API emulator inside the dev server (same origin, no Kakao account): paging, Bearer token checks, latency and switchable faults.',
    panel: 'emulator-panel',
    createSource,
    activate() {
      active = true;
      startPolling();
    },
    deactivate() {
      active = false;
      loading = false;
      stopPolling();
    },
    onLoadStart() {
      loadMark = { wall: Date.now(), perf: performance.now() };
      loading = true;
      timingLine.textContent = '';
    },
    consentAction() {
      const consent = faultBoxes.find((box) => box.dataset.fault === 'consent');
      if (consent === undefined) return undefined;
      return {
        label: 'Grant consent (emulated)',
        hint: 'Stands in for Kakao’s consent screen: switches the emulator’s -402 fault off and reloads.',
        run: async () => {
          consent.checked = false;
          ctx.log.add('method', 'Kakao.Auth.authorize', "emulated: scope 'friends' granted");
          await change({ faults: faults() }, 'friends consent granted (emulated)');
        },
      };
    },
  });
}
