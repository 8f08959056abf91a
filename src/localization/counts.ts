import type { PickerLanguage } from '../core/language.js';

/**
 * A count as Korean, English and Japanese write it: thousands grouped with commas (`12,345`),
 * exactly what `Intl.NumberFormat` gives all three for an integer. Written out because the first
 * `Intl.NumberFormat` starts ICU's number formatting, 14–29 ms before the first rows (issue 8),
 * for three languages that agree on the format. Non-integers keep JavaScript's own digits.
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return String(count);
  const digits = String(Math.abs(count));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return count < 0 ? `-${grouped}` : grouped;
}

/**
 * The CLDR plural category of a count, without `Intl.PluralRules` (see {@link formatCount}):
 * English says `one` for exactly 1 (and -1) and `other` for every other count; Korean and
 * Japanese have only `other`.
 */
export function pluralOf(language: PickerLanguage, count: number): 'one' | 'other' {
  return language === 'en' && Math.abs(count) === 1 ? 'one' : 'other';
}
