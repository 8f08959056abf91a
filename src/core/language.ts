/** A language the picker ships strings, sorting and index keys for. */
export type PickerLanguage = 'ko' | 'en' | 'ja';

/** Every supported language; English first because it is the fallback. */
export const SUPPORTED_LANGUAGES: readonly PickerLanguage[] = Object.freeze(['en', 'ko', 'ja']);
