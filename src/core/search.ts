import {
  initialCodeOf,
  isHangulConsonantCode,
  isHangulSyllableCode,
  isHangulVowelCode,
  jamoKeysOfCode,
} from './hangul.js';
import { foldForSearch, foldTextCompact, stringFromCharCodes } from './normalize.js';

/** A highlighted span of the original nickname: UTF-16 offsets, end exclusive. */
export type MatchRange = readonly [start: number, end: number];

/** A nickname prepared once for fast matching. Its fields are internal to this module. */
export interface SearchableName {
  readonly nickname: string;
  /** The folded nickname (see `foldText`). */
  readonly text: string;
  /** `text` with every Hangul syllable replaced by its initial consonant; same length. */
  readonly initials: string;
  /** Map from `text` back to `nickname`; `null` when `text[i]` came from `nickname[i]`. */
  readonly source: readonly number[] | null;
  readonly sourceEnd: readonly number[] | null;
  /** Whether `text` holds a compound jamo such as ㄳ or ㅘ. */
  readonly hasCompoundJamo: boolean;
}

/** A search string prepared once per keystroke. Its fields are internal to this module. */
export interface SearchQuery {
  /** The folded query. */
  readonly text: string;
  /** Whether `initials.indexOf(text)` alone decides a match (no syllables, no jamo tail). */
  readonly simple: boolean;
  /** Per query character: 1 to compare against the name's initials, 0 against its text. */
  readonly viaInitials: Uint8Array;
  /** The keystrokes of a last syllable still being composed (`기` → `ㄱㅣ`), else null. */
  readonly lastKeys: string | null;
  /** The keystrokes of the last two characters when the last is a lone jamo (`처ㄹ`), else null. */
  readonly pairKeys: string | null;
  /**
   * The character a name's initials must have where a tail starts, when the whole query is a tail
   * (`민`, `김ㅊ`); lets the matcher jump with `indexOf`. Empty when no single character decides.
   */
  readonly tailLead: string;
}

function isCompatibilityJamoCode(code: number): boolean {
  return isHangulConsonantCode(code) || isHangulVowelCode(code);
}

function keysOfCode(code: number): string {
  return jamoKeysOfCode(code) ?? String.fromCharCode(code);
}

const scratchCodes: number[] = [];

function initialsOf(text: string): string {
  let i = 0;
  while (i < text.length && !isHangulSyllableCode(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  scratchCodes.length = 0;
  for (let k = 0; k < text.length; k++) scratchCodes.push(initialCodeOf(text.charCodeAt(k)));
  return stringFromCharCodes(scratchCodes);
}

// Compound jamo (ㄳ, ㅘ) are several keystrokes in one character, so a keystroke tail can start
// inside them and the initials string cannot be used to find where a tail starts.
const COMPOUND_JAMO = /[\u3133\u3135\u3136\u313a-\u3140\u3144\u3158-\u315a\u315d-\u315f\u3162]/;

/**
 * {@link prepareName}'s fields without the `source` maps (`null`): enough to decide matches
 * ({@link matchesName}); ranges then index the folded text. For a list of many friends.
 */
export function prepareSearchText(
  nickname: string,
): Pick<SearchableName, 'text' | 'initials' | 'hasCompoundJamo'> {
  const text = foldForSearch(nickname);
  return { text, initials: initialsOf(text), hasCompoundJamo: COMPOUND_JAMO.test(text) };
}

/** Prepares a nickname for {@link matchName}; do it once per friend, not per keystroke. */
export function prepareName(nickname: string): SearchableName {
  const folded = foldTextCompact(nickname);
  return {
    nickname,
    text: folded.text,
    initials: initialsOf(folded.text),
    source: folded.source,
    sourceEnd: folded.sourceEnd,
    hasCompoundJamo: COMPOUND_JAMO.test(folded.text),
  };
}

/**
 * Prepares what the user typed for {@link matchName}, or returns `null` when nothing is left after
 * folding (an empty or whitespace-only query, which should show the full list).
 */
export function prepareQuery(query: string): SearchQuery | null {
  const text = foldForSearch(query);
  const length = text.length;
  if (length === 0) return null;
  const viaInitials = new Uint8Array(length);
  let hasSyllable = false;
  for (let i = 0; i < length; i++) {
    const syllable = isHangulSyllableCode(text.charCodeAt(i));
    viaInitials[i] = syllable ? 0 : 1;
    hasSyllable ||= syllable;
  }
  const last = text.charCodeAt(length - 1);
  const previous = length > 1 ? text.charCodeAt(length - 2) : -1;
  const lastKeys = isHangulSyllableCode(last) ? keysOfCode(last) : null;
  // An IME (or a slow typist) can leave the final consonant or second vowel of the syllable being
  // composed as a separate letter: 김처ㄹ for 김철, 고ㅏ for 과, ㄱㅏ for 가.
  const pairKeys =
    isCompatibilityJamoCode(last) &&
    (isHangulSyllableCode(previous) ||
      (isCompatibilityJamoCode(previous) && isHangulVowelCode(last)))
      ? keysOfCode(previous) + keysOfCode(last)
      : null;
  const leadCode = pairKeys !== null ? previous : last;
  const tailLead =
    isHangulSyllableCode(leadCode) ||
    (isCompatibilityJamoCode(leadCode) && !jamoKeysOfCode(leadCode))
      ? String.fromCharCode(initialCodeOf(leadCode))
      : '';
  return {
    text,
    simple: !hasSyllable && pairKeys === null,
    viaInitials,
    lastKeys,
    pairKeys,
    tailLead,
  };
}

/**
 * How many name characters from `start` the keystrokes `keys` are a prefix of (the name's own
 * keystrokes, which may run into the next syllable: ㅊㅓㄹ covers 처 and the ㄹ of 리), or 0.
 */
function keysPrefixSpan(text: string, start: number, keys: string): number {
  const total = keys.length;
  let matched = 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const own = jamoKeysOfCode(code);
    if (own === undefined) {
      if (code !== keys.charCodeAt(matched)) return 0;
      matched++;
    } else {
      for (let k = 0; k < own.length; k++) {
        if (matched === total) return i - start + 1;
        if (own.charCodeAt(k) !== keys.charCodeAt(matched)) return 0;
        matched++;
      }
    }
    if (matched === total) return i - start + 1;
  }
  return 0;
}

function unitMatches(name: SearchableName, query: SearchQuery, k: number, at: number): boolean {
  const target = query.viaInitials[k] ? name.initials : name.text;
  return target.charCodeAt(at) === query.text.charCodeAt(k);
}

// The end of the last match found by findMixed, kept outside to avoid allocating a result.
let mixedMatchEnd = 0;

/** The first start of a match of a query with syllables or a jamo tail, or -1. */
function findMixed(name: SearchableName, query: SearchQuery): number {
  const { text, initials } = name;
  const q = query.text;
  const m = q.length;
  const n = text.length;
  const { viaInitials, pairKeys, lastKeys } = query;
  // The characters before the tail match one name character each.
  const head = pairKeys === null ? m - 1 : m - 2;
  // Jump between the places the match can start: where the first query character is, or where
  // the tail's first keystroke is when the whole query is a tail.
  let lead = q[0]!;
  let haystack = viaInitials[0] ? initials : text;
  if (head === 0) {
    lead = name.hasCompoundJamo ? '' : query.tailLead;
    haystack = initials;
  }
  for (
    let s = lead ? haystack.indexOf(lead) : 0;
    s >= 0 && s + head < n;
    s = lead ? haystack.indexOf(lead, s + 1) : s + 1
  ) {
    let k = 1;
    while (k < head && unitMatches(name, query, k, s + k)) k++;
    if (k < head) continue;
    const at = s + head;
    if (pairKeys !== null) {
      if (
        at + 1 < n &&
        unitMatches(name, query, m - 2, at) &&
        unitMatches(name, query, m - 1, at + 1)
      ) {
        mixedMatchEnd = at + 2;
        return s;
      }
      const span = keysPrefixSpan(text, at, pairKeys);
      if (span > 0) {
        mixedMatchEnd = at + span;
        return s;
      }
    } else if (lastKeys !== null) {
      const span = keysPrefixSpan(text, at, lastKeys);
      if (span > 0) {
        mixedMatchEnd = at + span;
        return s;
      }
    } else if (unitMatches(name, query, m - 1, at)) {
      mixedMatchEnd = at + 1;
      return s;
    }
  }
  return -1;
}

function rangesOf(name: SearchableName, start: number, end: number): MatchRange[] {
  const { source, sourceEnd } = name;
  if (source === null || sourceEnd === null) return [[start, end]];
  const ranges: MatchRange[] = [];
  let from = source[start]!;
  let to = sourceEnd[start]!;
  for (let k = start + 1; k < end; k++) {
    if (source[k]! <= to) {
      to = Math.max(to, sourceEnd[k]!);
    } else {
      ranges.push([from, to]);
      from = source[k]!;
      to = sourceEnd[k]!;
    }
  }
  ranges.push([from, to]);
  return ranges;
}

/**
 * Finds the query in a nickname: a contiguous run of the folded name where each query character
 * matches one name character — a lone consonant (ㄱ) matches a syllable starting with it, anything
 * else matches itself — except that a last syllable, or a last lone jamo with the character before
 * it, is the syllable still being composed and matches as a prefix of the name's keystrokes
 * (`홍기` finds 홍길동, `김철` finds 김처리). Returns the highlighted ranges of the original nickname
 * (sorted, merged), or `null` when there is no match.
 */
export function matchName(name: SearchableName, query: SearchQuery): MatchRange[] | null {
  if (query.simple) {
    const start = name.initials.indexOf(query.text);
    return start < 0 ? null : rangesOf(name, start, start + query.text.length);
  }
  const start = findMixed(name, query);
  return start < 0 ? null : rangesOf(name, start, mixedMatchEnd);
}

/**
 * Whether {@link matchName} would find `query` in `name`, without working out the ranges (the
 * name's `source` maps are not read): what a search pass over every friend needs.
 */
export function matchesName(name: SearchableName, query: SearchQuery): boolean {
  return query.simple ? name.initials.includes(query.text) : findMixed(name, query) >= 0;
}

/** A query as the keys typed for it, after folding: `김철` → `ㄱㅣㅁㅊㅓㄹ`. */
function keystrokesOf(query: string): string {
  const folded = foldForSearch(query);
  let keys = '';
  for (let i = 0; i < folded.length; i++) {
    keys += jamoKeysOfCode(folded.charCodeAt(i)) ?? folded[i];
  }
  return keys;
}

/**
 * Whether every name matching `next` also matches `previous`: `next` only adds keys to what was
 * typed (typing on, or an IME completing its syllable: `ㄱ` → `기` → `김` → `김ㅊ` → `김철`).
 * The picker then searches only the previous results instead of the whole list.
 */
export function narrowsSearch(previous: string, next: string): boolean {
  const before = keystrokesOf(previous);
  return before.length > 0 && keystrokesOf(next).startsWith(before);
}
