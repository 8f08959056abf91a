import { SUPPORTED_LANGUAGES, type PickerLanguage } from '../core/language.js';

/** `ko-KR` → `ko`; unsupported or empty tags → `undefined`. */
export function supportedLanguageOf(tag: string | null | undefined): PickerLanguage | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LANGUAGES.find((language) => language === primary);
}

/** `element` and its ancestors up to the document element, crossing shadow roots to their hosts. */
export function* selfAndAncestors(element: Element): Generator<Element> {
  let node: Element | null = element;
  while (node !== null) {
    yield node;
    if (node.parentElement !== null) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
}

/** The nearest `lang` attribute at or above `element`, crossing shadow roots. */
export function nearestLangAttribute(element: Element): string | undefined {
  for (const node of selfAndAncestors(element)) {
    // An element's `lang` property, not its attribute: a Lit element may not have reflected a
    // newly set `lang` yet. For other HTML elements the two are the same.
    const lang = node instanceof HTMLElement ? node.lang : node.getAttribute('lang');
    if (typeof lang === 'string' && lang.trim() !== '') return lang;
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
