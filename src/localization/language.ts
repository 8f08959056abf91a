import { SUPPORTED_LANGUAGES, type PickerLanguage } from '../core/language.js';

/** `ko-KR` → `ko`; unsupported or empty tags → `undefined`. */
export function supportedLanguageOf(tag: string | null | undefined): PickerLanguage | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LANGUAGES.find((language) => language === primary);
}

/** The nearest `lang` attribute at or above `element`, crossing shadow roots. */
export function nearestLangAttribute(element: Element): string | undefined {
  let node: Element | null = element;
  while (node !== null) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim() !== '') return lang;
    if (node.parentElement !== null) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return undefined;
}

/**
 * The picker's language (SPEC 2.6): its own `lang`, else the nearest ancestor's, else the first
 * supported entry of `navigator.languages`, else English. A `lang` that names an unsupported
 * language falls through to the browser's languages rather than forcing English.
 */
export function resolveLanguage(element: Element): PickerLanguage {
  const declared = supportedLanguageOf(nearestLangAttribute(element));
  if (declared !== undefined) return declared;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const language = supportedLanguageOf(tag);
    if (language !== undefined) return language;
  }
  return 'en';
}
