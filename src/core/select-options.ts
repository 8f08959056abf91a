import type { FriendDataSource, Orientation, SelectionMode, Theme } from '../types.js';
import {
  DEFAULT_MAX_PICKABLE_COUNT,
  DEFAULT_MIN_PICKABLE_COUNT,
  ORIENTATIONS,
  THEMES,
  countsInOrder,
  isPickableCount,
  oneOf,
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

/**
 * An enum option through the element's rule (`oneOf`): absent means `fallback`, and Kakao's
 * upper-case values (`LIGHT`, as on Android/iOS) mean the element's lower-case ones.
 */
function enumValue<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  name: string,
  problems: string[],
): T {
  if (value === undefined) return fallback;
  const upper = typeof value === 'string' && value === value.toUpperCase();
  const lower = upper ? value.toLowerCase() : value;
  // Folded only when that makes it valid: a wrong value is quoted as the app wrote it.
  const folded = (allowed as readonly unknown[]).includes(lower) ? lower : value;
  return oneOf(folded, allowed, fallback, name, problems, describe);
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

  const theme = enumValue(options.viewAppearance, THEMES, 'auto', 'viewAppearance', problems);
  const orientation = enumValue(options.orientation, ORIENTATIONS, 'auto', 'orientation', problems);
  const viewType = enumValue(options.viewType, ['popup', 'full'], 'popup', 'viewType', problems);

  let maxPickableCount = DEFAULT_MAX_PICKABLE_COUNT;
  let minPickableCount = DEFAULT_MIN_PICKABLE_COUNT;
  if (mode === 'multiple') {
    const { maxPickableCount: max = maxPickableCount, minPickableCount: min = minPickableCount } =
      options;
    // Both are checked (every problem at once); their order only once both are counts.
    const maxValid = isPickableCount(max, 'maxPickableCount', problems, describe);
    if (isPickableCount(min, 'minPickableCount', problems, describe) && maxValid) {
      const given = options.maxPickableCount !== undefined;
      countsInOrder(min, max, problems, given ? `${max}` : `${max}, the default`);
      maxPickableCount = max;
      minPickableCount = min;
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
