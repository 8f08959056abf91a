import type { Orientation, SelectionMode, Theme, ViewType } from '../types.js';
import type { SelectionRules } from './selection.js';

/** The defaults of SPEC 2.1. */
export const DEFAULT_MAX_PICKABLE_COUNT = 30;
export const DEFAULT_MIN_PICKABLE_COUNT = 1;
/** Kakao's own bound on `maxPickableCount`. */
export const PICKABLE_COUNT_LIMIT = 100;

/** The options as set by the app, before validation (attributes arrive as anything). */
export interface RawPickerOptions {
  viewType: unknown;
  selectionMode: unknown;
  theme: unknown;
  orientation: unknown;
  maxPickableCount: unknown;
  minPickableCount: unknown;
}

/** The options the picker actually runs with. */
export interface PickerOptions {
  viewType: ViewType;
  selectionMode: SelectionMode;
  theme: Theme;
  orientation: Orientation;
  maxPickableCount: number;
  minPickableCount: number;
}

export interface OptionsResult {
  options: PickerOptions;
  /** One English sentence per invalid option, naming it; empty when all were valid. */
  problems: string[];
}

// The rules below are shared by `resolveOptions` (the element) and `validateSelectOptions`
// (`selectFriends()`), so each is written once. Each pushes one English sentence per invalid
// option, naming it, onto `problems`; `got` shows the value it got: as given for the element
// (attributes are text), with strings quoted for the Promise API.

/** The `theme` values (Kakao's `viewAppearance`). */
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
export const ORIENTATIONS: readonly Orientation[] = ['auto', 'portrait', 'landscape'];

/** `value` when it is one of `allowed`; else `fallback`, and a problem naming `name`. */
export function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  name: string,
  problems: string[],
  got: (value: unknown) => string = String,
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  problems.push(`${name} must be one of ${allowed.join(', ')}; got ${got(value)}.`);
  return fallback;
}

/**
 * Whether `value` is a pickable count, an integer from 1 to 100 as Kakao requires; reports it when
 * not (`upTo` names the upper bound in the message).
 */
export function isPickableCount(
  value: unknown,
  name: string,
  problems: string[],
  got: (value: unknown) => string = String,
  upTo = `${PICKABLE_COUNT_LIMIT}`,
): value is number {
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= PICKABLE_COUNT_LIMIT
  ) {
    return true;
  }
  problems.push(`${name} must be an integer from 1 to ${upTo}; got ${got(value)}.`);
  return false;
}

/** Whether `min` ≤ `max`; reports it when not (`maxText` shows `max` in the message). */
export function countsInOrder(
  min: number,
  max: number,
  problems: string[],
  maxText = `${max}`,
): boolean {
  if (min <= max) return true;
  problems.push(`minPickableCount (${min}) must not exceed maxPickableCount (${maxText}).`);
  return false;
}

/**
 * Validates the picker's options. Invalid values fall back to their defaults (min > max makes both
 * fall back) and are reported, never thrown: an attribute change must not break the page.
 */
export function resolveOptions(raw: RawPickerOptions): OptionsResult {
  const problems: string[] = [];
  const viewType = oneOf(raw.viewType, ['full', 'popup', 'inline'], 'full', 'viewType', problems);
  const selectionMode = oneOf(
    raw.selectionMode,
    ['single', 'multiple'],
    'multiple',
    'selectionMode',
    problems,
  );
  const theme = oneOf(raw.theme, THEMES, 'auto', 'theme', problems);
  const orientation = oneOf(raw.orientation, ORIENTATIONS, 'auto', 'orientation', problems);
  let maxPickableCount = isPickableCount(raw.maxPickableCount, 'maxPickableCount', problems)
    ? raw.maxPickableCount
    : DEFAULT_MAX_PICKABLE_COUNT;
  let minPickableCount = DEFAULT_MIN_PICKABLE_COUNT;
  const min = raw.minPickableCount;
  if (isPickableCount(min, 'minPickableCount', problems, String, 'maxPickableCount')) {
    if (countsInOrder(min, maxPickableCount, problems)) minPickableCount = min;
    else maxPickableCount = DEFAULT_MAX_PICKABLE_COUNT;
  }
  return {
    options: { viewType, selectionMode, theme, orientation, maxPickableCount, minPickableCount },
    problems,
  };
}

/**
 * Parses a numeric attribute; anything that is not a finite number stays as text (and fails).
 * A removed attribute means the default again.
 */
export function parseCountAttribute(value: string | null, fallback: number): unknown {
  if (value === null) return fallback;
  const trimmed = value.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : value;
}

/** Kakao-style boolean attributes: missing means the default (`true`), `"false"` means false. */
export function parseTrueByDefaultAttribute(value: string | null): boolean {
  return value === null || value.trim().toLowerCase() !== 'false';
}

/** The names of the options {@link resolveOptions} validates. */
const OPTION_NAMES = [
  'viewType',
  'selectionMode',
  'theme',
  'orientation',
  'maxPickableCount',
  'minPickableCount',
] as const;

/**
 * A picker's options as validated, kept up to date from its properties: an invalid value falls
 * back to its default and its problem is reported once (`onProblems`), until the problems change.
 */
export class OptionsState {
  current: PickerOptions;
  #reported = '';

  constructor(
    private readonly raw: RawPickerOptions,
    private readonly onProblems: (report: string) => void,
  ) {
    this.current = resolveOptions(raw).options;
  }

  /** Validates the options again when one of them is among the `changed` property names. */
  update(changed: { has(name: string): boolean }): void {
    if (!OPTION_NAMES.some((name) => changed.has(name))) return;
    const { options, problems } = resolveOptions(this.raw);
    this.current = options;
    const report = problems.join(' ');
    if (report !== '' && report !== this.#reported) this.onProblems(report);
    this.#reported = report;
  }

  /** The selection rules these options set. */
  get rules(): SelectionRules {
    const { selectionMode: mode, maxPickableCount: max, minPickableCount: min } = this.current;
    return { mode, max, min };
  }

  get multiple(): boolean {
    return this.current.selectionMode === 'multiple';
  }

  /** A full or popup view: a modal dialog. */
  get dialog(): boolean {
    return this.current.viewType !== 'inline';
  }
}
