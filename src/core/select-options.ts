import type { FriendDataSource, Orientation, SelectionMode, Theme } from '../types.js';
import {
  DEFAULT_MAX_PICKABLE_COUNT,
  DEFAULT_MIN_PICKABLE_COUNT,
  PICKABLE_COUNT_LIMIT,
} from './options.js';

/** What a `selectFriends()`/`selectFriend()` call runs the picker with, once validated. */
export interface SelectSettings {
  selectionMode: SelectionMode;
  viewType: 'full' | 'popup';
  heading: string | undefined;
  theme: Theme;
  orientation: Orientation;
  enableSearch: boolean;
  enableIndex: boolean;
  showMyProfile: boolean;
  showFavorite: boolean;
  showPickedFriend: boolean;
  maxPickableCount: number;
  minPickableCount: number;
  dataSource: FriendDataSource | undefined;
  src: string | undefined;
  signal: AbortSignal | undefined;
}

export type SelectValidation =
  { ok: true; settings: SelectSettings } | { ok: false; problems: string[] };

const booleanOptions = [
  'enableSearch',
  'enableIndex',
  'showMyProfile',
  'showFavorite',
  'showPickedFriend',
] as const;

/** The option names each call takes; anything else is reported, as Kakao's SDK does. */
const singleOptions: ReadonlySet<string> = new Set([
  'title',
  'enableSearch',
  'showMyProfile',
  'showFavorite',
  'viewAppearance',
  'orientation',
  'enableIndex',
  'viewType',
  'dataSource',
  'src',
  'signal',
]);
const multipleOnly: ReadonlySet<string> = new Set([
  'showPickedFriend',
  'maxPickableCount',
  'minPickableCount',
]);

function functionName(mode: SelectionMode): string {
  return mode === 'single' ? 'selectFriend' : 'selectFriends';
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** Kakao's enum values come upper-case on Android/iOS (`LIGHT`); the element's are lower-case. */
function enumValue<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  name: string,
  problems: string[],
): T {
  if (value === undefined) return fallback;
  const lower = typeof value === 'string' ? value.toLowerCase() : value;
  const upperOrLower =
    typeof value === 'string' && (value === lower || value === value.toUpperCase());
  if (upperOrLower && (allowed as readonly unknown[]).includes(lower)) return lower as T;
  problems.push(`${name} must be one of ${allowed.join(', ')}; got ${describe(value)}.`);
  return fallback;
}

function countValue(value: unknown, fallback: number, name: string, problems: string[]): number {
  if (value === undefined) return fallback;
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= PICKABLE_COUNT_LIMIT
  ) {
    return value;
  }
  problems.push(
    `${name} must be an integer from 1 to ${PICKABLE_COUNT_LIMIT}; got ${describe(value)}.`,
  );
  return fallback;
}

function isDataSource(value: unknown): value is FriendDataSource {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { getFriends?: unknown }).getFriends === 'function'
  );
}

function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { aborted?: unknown }).aborted === 'boolean' &&
    typeof (value as { addEventListener?: unknown }).addEventListener === 'function'
  );
}

/**
 * Validates the options of `selectFriends()` (`multiple`) or `selectFriend()` (`single`) the way
 * Kakao's SDK does: known names only, right types, counts integers 1–100 with min ≤ max. Every
 * problem is one English sentence naming its option. An option set to `undefined` counts as absent.
 */
export function validateSelectOptions(raw: unknown, mode: SelectionMode): SelectValidation {
  const fn = functionName(mode);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [`${fn} takes an options object; got ${describe(raw)}.`] };
  }
  const options = raw as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(options)) {
    if (options[key] === undefined || singleOptions.has(key)) continue;
    if (mode === 'multiple' && multipleOnly.has(key)) continue;
    problems.push(
      multipleOnly.has(key)
        ? `${key} is an option of selectFriends (multiple selection), not of ${fn}.`
        : `Unknown option ${JSON.stringify(key)} for ${fn}.`,
    );
  }

  let heading: string | undefined;
  if (options.title !== undefined) {
    if (typeof options.title === 'string') heading = options.title;
    else problems.push(`title must be a string; got ${describe(options.title)}.`);
  }

  const flags = {
    enableSearch: true,
    enableIndex: true,
    showMyProfile: true,
    showFavorite: true,
    showPickedFriend: true,
  };
  for (const name of booleanOptions) {
    const value = options[name];
    if (value === undefined || (mode === 'single' && multipleOnly.has(name))) continue;
    if (typeof value === 'boolean') flags[name] = value;
    else problems.push(`${name} must be a boolean; got ${describe(value)}.`);
  }

  const theme = enumValue(
    options.viewAppearance,
    ['light', 'dark', 'auto'],
    'auto',
    'viewAppearance',
    problems,
  );
  const orientation = enumValue(
    options.orientation,
    ['auto', 'portrait', 'landscape'],
    'auto',
    'orientation',
    problems,
  );
  const viewType = enumValue(options.viewType, ['popup', 'full'], 'popup', 'viewType', problems);

  let maxPickableCount = DEFAULT_MAX_PICKABLE_COUNT;
  let minPickableCount = DEFAULT_MIN_PICKABLE_COUNT;
  if (mode === 'multiple') {
    const maxProblems = problems.length;
    maxPickableCount = countValue(
      options.maxPickableCount,
      DEFAULT_MAX_PICKABLE_COUNT,
      'maxPickableCount',
      problems,
    );
    const maxValid = problems.length === maxProblems;
    const minProblems = problems.length;
    minPickableCount = countValue(
      options.minPickableCount,
      DEFAULT_MIN_PICKABLE_COUNT,
      'minPickableCount',
      problems,
    );
    const minValid = problems.length === minProblems;
    if (maxValid && minValid && minPickableCount > maxPickableCount) {
      const maxText =
        options.maxPickableCount === undefined
          ? `${maxPickableCount}, the default`
          : String(maxPickableCount);
      problems.push(
        `minPickableCount (${minPickableCount}) must not exceed maxPickableCount (${maxText}).`,
      );
    }
  }

  let dataSource: FriendDataSource | undefined;
  let src: string | undefined;
  if (options.dataSource !== undefined) {
    if (isDataSource(options.dataSource)) dataSource = options.dataSource;
    else {
      problems.push(
        `dataSource must be a FriendDataSource (an object with a getFriends method); got ${describe(options.dataSource)}.`,
      );
    }
  }
  if (options.src !== undefined) {
    if (typeof options.src === 'string' && options.src.trim() !== '') src = options.src;
    else problems.push(`src must be a non-empty URL string; got ${describe(options.src)}.`);
  }
  if (options.dataSource === undefined && options.src === undefined) {
    problems.push(`dataSource (or src) is required: ${fn} needs to know where friends come from.`);
  }

  let signal: AbortSignal | undefined;
  if (options.signal !== undefined) {
    if (isAbortSignal(options.signal)) signal = options.signal;
    else problems.push(`signal must be an AbortSignal; got ${describe(options.signal)}.`);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      selectionMode: mode,
      viewType,
      heading,
      theme,
      orientation,
      ...flags,
      showPickedFriend: mode === 'multiple' && flags.showPickedFriend,
      maxPickableCount,
      minPickableCount,
      dataSource,
      src,
      signal,
    },
  };
}
