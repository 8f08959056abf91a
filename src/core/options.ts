import type { Orientation, SelectionMode, Theme, ViewType } from '../types.js';

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

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  name: string,
  problems: string[],
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  problems.push(`${name} must be one of ${allowed.join(', ')}; got ${String(value)}.`);
  return fallback;
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
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
  const theme = oneOf(raw.theme, ['light', 'dark', 'auto'], 'auto', 'theme', problems);
  const orientation = oneOf(
    raw.orientation,
    ['auto', 'portrait', 'landscape'],
    'auto',
    'orientation',
    problems,
  );
  let maxPickableCount = DEFAULT_MAX_PICKABLE_COUNT;
  if (isCount(raw.maxPickableCount, PICKABLE_COUNT_LIMIT)) {
    maxPickableCount = raw.maxPickableCount;
  } else {
    problems.push(
      `maxPickableCount must be an integer from 1 to ${PICKABLE_COUNT_LIMIT}; got ${String(raw.maxPickableCount)}.`,
    );
  }
  let minPickableCount = DEFAULT_MIN_PICKABLE_COUNT;
  if (isCount(raw.minPickableCount, PICKABLE_COUNT_LIMIT)) {
    if (raw.minPickableCount <= maxPickableCount) {
      minPickableCount = raw.minPickableCount;
    } else {
      problems.push(
        `minPickableCount (${raw.minPickableCount}) must not exceed maxPickableCount (${maxPickableCount}).`,
      );
      maxPickableCount = DEFAULT_MAX_PICKABLE_COUNT;
    }
  } else {
    problems.push(
      `minPickableCount must be an integer from 1 to maxPickableCount; got ${String(raw.minPickableCount)}.`,
    );
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
