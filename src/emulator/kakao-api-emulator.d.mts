// Types of kakao-api-emulator.mjs (plain JavaScript run by Node; these are for TS callers).

export declare const EMULATOR_PREFIX: '/kakao-emulator';
export declare const DEFAULT_SCENARIO_ID: 'default';

export type EmulatorFaultType =
  | 'unauthorized'
  | 'consent-required'
  | 'permission-denied'
  | 'quota-exceeded'
  | 'not-talk-user'
  | 'maintenance'
  | 'server'
  | 'http'
  | 'network'
  | 'not-json'
  | 'wrong-types'
  | 'hostile'
  | 'foreign-after-url'
  | 'redirect'
  | 'oversized'
  | 'raw'
  /** Friends pages of `count` (default 5,000) new entries each, whatever the `limit`. */
  | 'oversized-page'
  /** The first page again for every offset, with `total_count` = `totalCount` (default 100,000). */
  | 'repeated-page'
  /** Normal pages with `total_count` = `totalCount` (default 10⁹). */
  | 'lying-total'
  /** An error (`kakaoCode`, default -402; `status`, default 403) echoing the request's token. */
  | 'echo-token';

export declare const FAULT_TYPES: readonly EmulatorFaultType[];

/** One switchable fault; the first matching fault with requests left answers a request. */
export interface EmulatorFault {
  type: EmulatorFaultType;
  /** Which endpoint it hits. Default `all`. */
  endpoint?: 'all' | 'friends' | 'profile';
  /** Hit only the next N matching requests, then let them through. Default: every request. */
  times?: number;
  /** HTTP status for `http`, `raw`, `server`, `not-json`, `wrong-types`. */
  status?: number;
  /** Body for `http` and `raw`. */
  body?: string;
  contentType?: string;
  /** -3 or -5 for `permission-denied`. */
  kakaoCode?: number;
  requiredScopes?: string[];
  allowedScopes?: string[];
  /** Entries per page for `oversized-page`. */
  count?: number;
  /** The `total_count` of `oversized-page`, `repeated-page` and `lying-total`. */
  totalCount?: number;
  /** `wrong-types`: elements-object | elements-string | total-count-string | total-count-missing |
   * negative-total | fractional-total | huge-total | array-body | null-body | string-body.
   * `not-json`: html | truncated | empty.
   * `network`: mid-body (default: headers, part of the body, then the connection drops) |
   * before-headers (the connection drops unanswered; browsers may resend such a request once). */
  variant?: string;
}

export interface EmulatorScenarioConfig {
  /** Generated friends. Default 30 (the `default` scenario: 1,234). */
  friendCount?: number;
  seed?: number;
  /** Every n-th generated friend is a favorite; 0 for none. Default 9. */
  favoriteEvery?: number;
  /** Raw entries served instead of generated ones (served as given, so they may be hostile). */
  friends?: unknown[];
  /** The only token accepted; `null` (default) accepts any Bearer token. */
  accessToken?: string | null;
  /**
   * Time from a request's arrival to its answer (the emulator's own work, such as sorting a new
   * scenario's list for its first page, counts within it).
   */
  latencyMs?: number;
  /** The `/v1/api/talk/profile` body, served as given. */
  profile?: unknown;
  faults?: EmulatorFault[];
}

export interface RecordedRequest {
  seq: number;
  method: string;
  endpoint: 'friends' | 'profile' | 'unknown';
  path: string;
  query: Record<string, string>;
  /** Path and query exactly as received. */
  url: string;
  /** Whether an Authorization header came, and in Bearer form; the token itself is never kept. */
  authorization: 'bearer' | 'none' | 'other';
  tokenAccepted: boolean;
  fault: EmulatorFaultType | null;
  /** 0 when the connection was dropped on purpose; null while pending. */
  status: number | null;
  /** The client went away before the answer was complete. */
  aborted: boolean;
  startedAt: number;
  finishedAt: number | null;
  /**
   * Requests of this scenario to the same endpoint being answered when this one arrived, itself
   * included: the most of these is how many requests a client had in flight at once.
   */
  inFlight: number;
}

export interface EmulatorScenario {
  id: string;
  /** Use as the source's `baseUrl` (same origin as the serving dev/test server). */
  baseUrl: string;
  config: Omit<EmulatorScenarioConfig, 'friends'> & { friends?: string };
  friendCount: number;
  faults: EmulatorFault[];
}

/** Connect-style (req, res, next) middleware; the types stay structural to avoid Node typings. */
export type ConnectMiddleware = (
  req: unknown,
  res: unknown,
  next?: (error?: unknown) => void,
) => void;
export type KoaMiddleware = (
  ctx: { req: unknown; res: unknown; respond?: boolean },
  next: () => Promise<unknown>,
) => Promise<unknown>;

export interface KakaoEmulator {
  handle(req: unknown, res: unknown): Promise<boolean>;
  matches(req: unknown): boolean;
  middleware: ConnectMiddleware;
  koaMiddleware: KoaMiddleware;
  createScenario(config?: EmulatorScenarioConfig): EmulatorScenario;
  updateScenario(id: string, config: EmulatorScenarioConfig): EmulatorScenario | undefined;
  deleteScenario(id: string): boolean;
  getScenario(id: string): EmulatorScenario | undefined;
  requests(id: string): RecordedRequest[];
}

export interface KakaoEmulatorOptions {
  defaultScenario?: EmulatorScenarioConfig;
  /** Also serve the default scenario at `/v1/api/talk/*`. */
  rootApi?: boolean;
}

export declare function createKakaoEmulator(options?: KakaoEmulatorOptions): KakaoEmulator;

export declare function generateFriends(
  count: number,
  options?: { seed?: number; favoriteEvery?: number },
): Array<{
  id: number;
  uuid: string;
  profile_nickname: string;
  favorite: boolean;
  avatar: number | null;
}>;

export interface RunningKakaoEmulator {
  url: string;
  port: number;
  server: unknown;
  emulator: KakaoEmulator;
  close(): Promise<void>;
}

export declare function startKakaoEmulator(options?: {
  host?: string;
  port?: number;
  defaultScenario?: EmulatorScenarioConfig;
}): Promise<RunningKakaoEmulator>;
