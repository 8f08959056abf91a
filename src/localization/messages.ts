import { str, type MsgFn } from '@lit/localize';
import type { PickerLanguage } from '../core/language.js';
import type { SectionId } from '../core/list-model.js';
import type { PickerErrorCode } from '../types.js';
import { formatCount, pluralOf } from './counts.js';
import { createMsg } from './local-msg.js';
import { isLanguageLoaded, loadLanguage, loadedKakaoErrors, templatesFor } from './locales.js';

/** Every user-visible string and accessible name of the picker, in one language. */
export interface PickerMessages {
  readonly language: PickerLanguage;
  defaultHeading: () => string;
  close: () => string;
  searchPlaceholder: () => string;
  clearSearch: () => string;
  confirm: () => string;
  retry: () => string;
  empty: () => string;
  noResults: () => string;
  loading: () => string;
  pickedLabel: () => string;
  /** The landscape side panel's line while nobody is picked. */
  pickedEmpty: () => string;
  indexLabel: () => string;
  me: () => string;
  unknownName: () => string;
  remove: (name: string) => string;
  counterLabel: (count: number, max: number) => string;
  maxReached: (max: number) => string;
  minHint: (min: number) => string;
  resultsAnnouncement: (count: number) => string;
  section: (section: SectionId, count: number) => string;
  error: (code: PickerErrorCode) => string;
  /** A form validation message (the picker in a `<form>`): what is wrong with the picks. */
  validity: (
    reason: 'value-missing' | 'range-underflow' | 'range-overflow',
    limit: number,
  ) => string;
}

/** The plural forms a counted message may have; `other` is required, as in CLDR. */
type PluralForms = { one?: () => string; other: () => string };

/**
 * The messages of one language. Each string is a `msg()` call with an explicit, namespaced id:
 * `lit-localize extract` reads them into `locales/*.xlf` (English is the source text here).
 * `msg` is bound to this language's translations rather than to the page-wide @lit/localize
 * locale, so pickers in different languages share a page (docs/guide.md, "Languages").
 *
 * Counted messages pick a form by {@link pluralOf} (English has `one` and `other`; Korean and
 * Japanese only `other`, whose translations still cover `one` so every id is translated) and
 * format their numbers with {@link formatCount}: what `Intl.PluralRules` and `Intl.NumberFormat`
 * say for these three languages, without starting ICU before the first rows.
 */
function defineMessages(msg: MsgFn, language: PickerLanguage): PickerMessages {
  const plural = (count: number, forms: PluralForms): string =>
    (forms[pluralOf(language, count)] ?? forms.other)();
  return {
    language,
    defaultHeading: () => msg('Select friends', { id: 'kfp.heading.default' }),
    close: () => msg('Close', { id: 'kfp.close' }),
    searchPlaceholder: () => msg('Search by name or nickname', { id: 'kfp.search.placeholder' }),
    clearSearch: () => msg('Clear search', { id: 'kfp.search.clear' }),
    confirm: () => msg('OK', { id: 'kfp.confirm', desc: 'The button that confirms the picks.' }),
    retry: () => msg('Retry', { id: 'kfp.retry' }),
    empty: () => msg('No friends to choose from.', { id: 'kfp.empty' }),
    noResults: () => msg('No results found', { id: 'kfp.search.no-results' }),
    loading: () => msg('Loading friends…', { id: 'kfp.loading' }),
    pickedLabel: () =>
      msg('Selected friends', {
        id: 'kfp.picked.label',
        desc: 'Accessible name of the strip of friends picked so far.',
      }),
    pickedEmpty: () =>
      msg('Friends you select appear here.', {
        id: 'kfp.picked.empty',
        desc: 'The side panel of picked friends (landscape) while nobody is picked.',
      }),
    indexLabel: () =>
      msg('Jump to', {
        id: 'kfp.index.label',
        desc: 'Accessible name of the index bar (ㄱ…ㅎ, A–Z, あ…わ) that scrolls the list.',
      }),
    me: () =>
      msg('Me', { id: 'kfp.profile.me', desc: "A tag beside the signed-in user's own name." }),
    unknownName: () => msg('(no name)', { id: 'kfp.friend.unnamed' }),
    remove: (name: string) =>
      msg(str`Remove ${name}`, {
        id: 'kfp.picked.remove',
        desc: 'The button that unpicks one friend in the strip of picked friends.',
      }),
    counterLabel: (count: number, max: number) => {
      const picked = formatCount(count);
      const most = formatCount(max);
      return msg(str`${picked} of ${most} selected`, {
        id: 'kfp.counter.label',
        desc: 'Read by screen readers for the visible "3/30" counter.',
      });
    },
    maxReached: (max: number) => {
      const most = formatCount(max);
      return plural(max, {
        one: () =>
          msg(str`You can select only ${most} friend at a time.`, { id: 'kfp.max.reached.one' }),
        other: () =>
          msg(str`You can select up to ${most} friends at a time.`, {
            id: 'kfp.max.reached.other',
          }),
      });
    },
    minHint: (min: number) => {
      const least = formatCount(min);
      return plural(min, {
        one: () => msg(str`Select at least ${least} friend.`, { id: 'kfp.min.hint.one' }),
        other: () => msg(str`Select at least ${least} friends.`, { id: 'kfp.min.hint.other' }),
      });
    },
    resultsAnnouncement: (count: number) => {
      const found = formatCount(count);
      return plural(count, {
        one: () => msg(str`${found} result`, { id: 'kfp.search.results.one' }),
        other: () => msg(str`${found} results`, { id: 'kfp.search.results.other' }),
      });
    },
    section: (section: SectionId, count: number): string => {
      switch (section) {
        case 'profile':
          return msg('My profile', { id: 'kfp.section.profile' });
        case 'recent':
          return msg('Recent', {
            id: 'kfp.section.recent',
            desc: 'Section of the friends the app says the user messaged recently.',
          });
        case 'favorites':
          return msg('Favorites', { id: 'kfp.section.favorites' });
        case 'friends':
          return msg('Friends', { id: 'kfp.section.friends' });
        case 'results': {
          const found = formatCount(count);
          return msg(str`Search results (${found})`, { id: 'kfp.section.results' });
        }
      }
    },
    validity: (reason, limit) => {
      const count = formatCount(limit);
      switch (reason) {
        case 'value-missing':
          return msg('Please select at least one friend.', {
            id: 'kfp.validity.value-missing',
            desc: 'Form validation message: the picker is required and nobody is picked.',
          });
        case 'range-underflow':
          return plural(limit, {
            one: () =>
              msg(str`Please select at least ${count} friend.`, {
                id: 'kfp.validity.range-underflow.one',
              }),
            other: () =>
              msg(str`Please select at least ${count} friends.`, {
                id: 'kfp.validity.range-underflow.other',
                desc: 'Form validation message: fewer friends picked than the minimum.',
              }),
          });
        case 'range-overflow':
          return plural(limit, {
            one: () =>
              msg(str`Please select no more than ${count} friend.`, {
                id: 'kfp.validity.range-overflow.one',
              }),
            other: () =>
              msg(str`Please select no more than ${count} friends.`, {
                id: 'kfp.validity.range-overflow.other',
                desc: 'Form validation message: more friends picked than the maximum.',
              }),
          });
      }
    },
    // The messages only a Kakao answer brings are a chunk of their own (kakao-errors.ts): until
    // it is loaded (the picker waits for it before showing one), the generic message stands in.
    error: (code: PickerErrorCode): string =>
      loadedKakaoErrors()?.kakaoErrorMessage(msg, code) ??
      (code === 'network'
        ? msg('Could not connect. Check your connection and try again.', {
            id: 'kfp.error.network',
          })
        : msg('Failed to load the friends list. Please try again later.', {
            id: 'kfp.error.generic',
          })),
  };
}

const cache = new Map<PickerLanguage, PickerMessages>();

/**
 * The picker's messages in `language`, whatever locale the page's @lit/localize is set to. A
 * language whose strings are still loading (see locales.ts) reads in English until they arrive,
 * then in its own words through the same object: await {@link loadMessages} to avoid that.
 */
export function messagesFor(language: PickerLanguage): PickerMessages {
  let messages = cache.get(language);
  if (messages === undefined) {
    messages = defineMessages(
      createMsg(() => templatesFor(language)),
      language,
    );
    cache.set(language, messages);
  }
  return messages;
}

/** Whether `messagesFor(language)` already reads in that language. */
export function hasMessages(language: PickerLanguage): boolean {
  return isLanguageLoaded(language);
}

/** `messagesFor(language)` once the language's strings are loaded (at once for en and ko). */
export async function loadMessages(language: PickerLanguage): Promise<PickerMessages> {
  await loadLanguage(language);
  return messagesFor(language);
}
