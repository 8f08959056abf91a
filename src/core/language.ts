/** A language the picker ships strings, sorting and index keys for. */
export type PickerLanguage = 'ko' | 'en' | 'ja';

/** Every supported language; English first because it is the fallback. */
export const SUPPORTED_LANGUAGES: readonly PickerLanguage[] = Object.freeze(['en', 'ko', 'ja']);

/**
 * The supported language a BCP 47 tag asks for, by its primary subtag (`ko-KR` → `ko`,
 * `JA` → `ja`), or `undefined` when the tag is empty or names another language.
 */
export function matchPickerLanguage(tag: string | null | undefined): PickerLanguage | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().split(/[-_]/, 1)[0]!.toLowerCase();
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(primary)
    ? (primary as PickerLanguage)
    : undefined;
}
