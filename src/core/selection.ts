import type { SelectionMode } from '../types.js';

/** The selection rules of SPEC 3, on uuids in pick order. Pure: returns new arrays. */
export interface SelectionRules {
  mode: SelectionMode;
  max: number;
  min: number;
}

/** Whether the row of `uuid` can be picked now (at max, only picked rows stay enabled). */
export function canPick(selected: readonly string[], uuid: string, rules: SelectionRules): boolean {
  if (rules.mode === 'single') return true;
  return selected.includes(uuid) || selected.length < rules.max;
}

/**
 * Toggles `uuid`: single mode replaces the selection (picking the picked one keeps it); multiple
 * mode adds at the end or removes. Returns `undefined` when the pick is refused (at max).
 */
export function togglePick(
  selected: readonly string[],
  uuid: string,
  rules: SelectionRules,
): string[] | undefined {
  if (rules.mode === 'single') return [uuid];
  if (selected.includes(uuid)) return selected.filter((picked) => picked !== uuid);
  if (selected.length >= rules.max) return undefined;
  return [...selected, uuid];
}

/** Whether the current selection may be confirmed. */
export function canConfirm(selected: readonly string[], rules: SelectionRules): boolean {
  if (rules.mode === 'single') return selected.length === 1;
  return selected.length >= rules.min && selected.length <= rules.max;
}

/**
 * Applies the rules to a selection set from outside (`selectedUuids`): duplicates and non-strings
 * are dropped, single mode keeps the first, multiple keeps at most `max`.
 */
export function normalizeSelection(uuids: unknown, rules: SelectionRules): string[] {
  const unique: string[] = [];
  if (!Array.isArray(uuids)) return unique;
  const limit = rules.mode === 'single' ? 1 : rules.max;
  // Linear, and done at the limit: an app may hand over tens of thousands of uuids.
  const seen = new Set<string>();
  for (const uuid of uuids) {
    if (unique.length >= limit) break;
    if (typeof uuid !== 'string' || uuid === '' || seen.has(uuid)) continue;
    seen.add(uuid);
    unique.push(uuid);
  }
  return unique;
}
