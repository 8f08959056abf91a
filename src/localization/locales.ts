import type { TemplateMap } from '@lit/localize';
import type { PickerLanguage } from '../core/language.js';
import { templates as ko } from '../generated/locales/ko.js';
import type * as KakaoErrorsModule from './kakao-errors.js';

/**
 * Korean ships in the core, imported statically: it is the picker's primary market, and a Korean
 * page must not wait for a request before its first rows. English is the source text in the code.
 * Japanese is a chunk of its own, loaded the first time a picker resolves to Japanese; that
 * picker's first render waits for it (see `LanguageController.ready`), so no English ever
 * flashes — one small request (about 1 kB) on a Japanese page, none on a Korean or English one.
 */
const loaded = new Map<PickerLanguage, TemplateMap | undefined>([
  ['en', undefined],
  ['ko', ko],
]);

const loaders: Partial<Record<PickerLanguage, () => Promise<{ templates: TemplateMap }>>> = {
  // A static specifier per locale: bundlers split it into a chunk, and the test server finds it.
  ja: () => import('../generated/locales/ja.js'),
};

const loading = new Map<PickerLanguage, Promise<void>>();

/** The `lit-localize build` output for a language (`undefined` for English, or not loaded yet). */
export function templatesFor(language: PickerLanguage): TemplateMap | undefined {
  return loaded.get(language);
}

/** Whether a language's strings are here (always for English and Korean). */
export function isLanguageLoaded(language: PickerLanguage): boolean {
  return loaded.has(language);
}

/**
 * Loads a language's strings once. Never rejects: if the chunk cannot be fetched the language
 * stays unloaded (its messages read in English) and the next call tries again.
 */
export function loadLanguage(language: PickerLanguage): Promise<void> {
  const load = loaders[language];
  if (loaded.has(language) || load === undefined) return Promise.resolve();
  let pending = loading.get(language);
  if (pending === undefined) {
    pending = load()
      .then(
        (module) => void loaded.set(language, module.templates),
        () => undefined,
      )
      .then(() => void loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

type KakaoErrors = typeof KakaoErrorsModule;
let kakaoErrors: KakaoErrors | undefined;
let kakaoErrorsLoading: Promise<void> | undefined;
let kakaoErrorsSettled = false;

/** The messages only a Kakao answer brings (kakao-errors.ts), once their chunk is loaded. */
export function loadedKakaoErrors(): KakaoErrors | undefined {
  return kakaoErrors;
}

/**
 * Loads the chunk of the messages only a Kakao answer brings, once, and adds its translations to
 * the strings of the languages the core holds. `undefined` once that is over, loaded or not (a
 * chunk that cannot load leaves the generic message in place). `load` is for tests.
 */
export function loadKakaoErrors(
  load: () => Promise<KakaoErrors> = () => import('./kakao-errors.js'),
): Promise<void> | undefined {
  if (kakaoErrorsSettled) return undefined;
  kakaoErrorsLoading ??= load()
    .then(
      (module) => {
        for (const [language, table] of Object.entries(module.translations)) {
          const code = language as PickerLanguage;
          loaded.set(code, { ...loaded.get(code), ...table });
        }
        kakaoErrors = module;
      },
      () => undefined,
    )
    .then(() => void (kakaoErrorsSettled = true));
  return kakaoErrorsLoading;
}
