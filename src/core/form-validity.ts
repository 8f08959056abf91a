import type { SelectionRules } from './selection.js';

/** Why a picker's selection is invalid as a form value, or `valid`. */
export type SelectionValidity = 'valid' | 'value-missing' | 'range-underflow' | 'range-overflow';

/**
 * The constraint validation of a picker in a form. Like a native `<input>`, an empty value is only
 * invalid when `required`; a non-empty one must hold `min`–`max` friends (multiple mode) or one
 * (single mode).
 */
export function selectionValidity(
  count: number,
  rules: SelectionRules & { required: boolean },
): SelectionValidity {
  if (count === 0) return rules.required ? 'value-missing' : 'valid';
  const max = rules.mode === 'single' ? 1 : rules.max;
  if (count > max) return 'range-overflow';
  if (rules.mode === 'multiple' && count < rules.min) return 'range-underflow';
  return 'valid';
}
