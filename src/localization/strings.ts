import type { SectionId } from '../core/list-model.js';
import type { PickerErrorCode } from '../types.js';
import { formatCount } from './counts.js';
import type { PickerMessages } from './messages.js';

/**
 * Every built-in message of the picker, named after what it labels: the keys of the `strings`
 * property, which replaces any of them for one picker, in any language. Counted and named
 * messages take placeholders in braces (`'{count}명 선택됨'`), filled with the formatted number
 * or the name; a message without them is used as it is.
 */
export interface PickerStrings {
  /** Title bar text when `heading` is unset ("Select friends"). */
  heading: string;
  /** Accessible name of the close button. */
  close: string;
  /** The search box's placeholder and accessible name. */
  searchPlaceholder: string;
  /** Accessible name of the button that clears the search box. */
  clearSearch: string;
  /** The OK button. */
  confirm: string;
  /** The retry button of the error state. */
  retry: string;
  /** The empty state: the source holds no friends. */
  empty: string;
  /** The empty state of a search that finds nobody. */
  noResults: string;
  /** Announced while the first friends load. */
  loading: string;
  /** Accessible name of the strip of picked friends. */
  pickedList: string;
  /** The landscape side panel of picked friends while nobody is picked. */
  pickedEmpty: string;
  /** Accessible name of the index bar. */
  indexBar: string;
  /** The tag beside the signed-in user's own name. */
  me: string;
  /** Shown for a friend without a nickname. */
  noName: string;
  /** Accessible name of a picked friend's remove button: `{name}`. */
  remove: string;
  /** Read for the visible "3/30" counter: `{count}`, `{max}`. */
  counter: string;
  /** Said when the maximum is reached: `{max}`. */
  maxReached: string;
  /** The hint below the minimum: `{min}`. */
  minHint: string;
  /** Announced after each search: `{count}`. */
  results: string;
  /** Section titles; the results one takes `{count}`. */
  sectionProfile: string;
  sectionRecent: string;
  sectionFavorites: string;
  sectionFriends: string;
  sectionResults: string;
  /** The error state, by error code (`errorGeneric` for the codes without a key of their own). */
  errorUnauthorized: string;
  errorConsentRequired: string;
  errorPermissionDenied: string;
  errorQuotaExceeded: string;
  errorNotTalkUser: string;
  errorMaintenance: string;
  errorNetwork: string;
  errorGeneric: string;
  /** Form validation messages; the range ones take `{min}` / `{max}`. */
  validityValueMissing: string;
  validityRangeUnderflow: string;
  validityRangeOverflow: string;
}

const SECTION_KEYS: Record<SectionId, keyof PickerStrings> = {
  profile: 'sectionProfile',
  recent: 'sectionRecent',
  favorites: 'sectionFavorites',
  friends: 'sectionFriends',
  results: 'sectionResults',
};

const ERROR_KEYS: Partial<Record<PickerErrorCode, keyof PickerStrings>> = {
  unauthorized: 'errorUnauthorized',
  'consent-required': 'errorConsentRequired',
  'permission-denied': 'errorPermissionDenied',
  'quota-exceeded': 'errorQuotaExceeded',
  'not-talk-user': 'errorNotTalkUser',
  maintenance: 'errorMaintenance',
  network: 'errorNetwork',
};

const VALIDITY_KEYS = {
  'value-missing': 'validityValueMissing',
  'range-underflow': 'validityRangeUnderflow',
  'range-overflow': 'validityRangeOverflow',
} as const;

/**
 * `messages` with the app's overrides: a key holding a string replaces its message (anything
 * else is ignored), its `{placeholders}` filled in.
 */
export function withStrings(
  messages: PickerMessages,
  strings: Partial<PickerStrings> | null | undefined,
): PickerMessages {
  if (typeof strings !== 'object' || strings === null) return messages;
  const given = strings as Record<string, unknown>;
  const text = (
    key: keyof PickerStrings,
    fallback: () => string,
    values: Record<string, string | number> = {},
  ): string => {
    const value = given[key];
    if (typeof value !== 'string') return fallback();
    return value.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const filler = values[name];
      return filler === undefined
        ? whole
        : typeof filler === 'number'
          ? formatCount(filler)
          : filler;
    });
  };
  return {
    language: messages.language,
    defaultHeading: () => text('heading', messages.defaultHeading),
    close: () => text('close', messages.close),
    searchPlaceholder: () => text('searchPlaceholder', messages.searchPlaceholder),
    clearSearch: () => text('clearSearch', messages.clearSearch),
    confirm: () => text('confirm', messages.confirm),
    retry: () => text('retry', messages.retry),
    empty: () => text('empty', messages.empty),
    noResults: () => text('noResults', messages.noResults),
    loading: () => text('loading', messages.loading),
    pickedLabel: () => text('pickedList', messages.pickedLabel),
    pickedEmpty: () => text('pickedEmpty', messages.pickedEmpty),
    indexLabel: () => text('indexBar', messages.indexLabel),
    me: () => text('me', messages.me),
    unknownName: () => text('noName', messages.unknownName),
    remove: (name) => text('remove', () => messages.remove(name), { name }),
    counterLabel: (count, max) =>
      text('counter', () => messages.counterLabel(count, max), { count, max }),
    maxReached: (max) => text('maxReached', () => messages.maxReached(max), { max }),
    minHint: (min) => text('minHint', () => messages.minHint(min), { min }),
    resultsAnnouncement: (count) =>
      text('results', () => messages.resultsAnnouncement(count), { count }),
    section: (section, count) =>
      text(SECTION_KEYS[section], () => messages.section(section, count), { count }),
    error: (code) => text(ERROR_KEYS[code] ?? 'errorGeneric', () => messages.error(code)),
    validity: (reason, limit) =>
      text(VALIDITY_KEYS[reason], () => messages.validity(reason, limit), {
        min: limit,
        max: limit,
      }),
  };
}
