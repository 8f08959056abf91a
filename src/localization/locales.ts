import type { TemplateMap } from '@lit/localize';
import type { PickerLanguage } from '../core/language.js';
import { templates as ja } from '../generated/locales/ja.js';
import { templates as ko } from '../generated/locales/ko.js';

// Statically imported: every language works with no setup and no request, on first render. The
// two tables together weigh about 2 kB gzipped — less than a lazy chunk's round trip would cost.
const TEMPLATES: Readonly<Record<PickerLanguage, TemplateMap | undefined>> = {
  en: undefined, // the source locale: the text written in the code
  ko,
  ja,
};

/** The `lit-localize build` output for a language (`undefined` for English, the source). */
export function templatesFor(language: PickerLanguage): TemplateMap | undefined {
  return TEMPLATES[language];
}
