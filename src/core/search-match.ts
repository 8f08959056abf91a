// The matcher: what the user typed against prepared names. A chunk of its own, loaded after the
// first screen (see `loadSearchMatcher` in list-model.ts): the first rows need only the
// preparation in search.ts.
import {
  initialCodeOf,
  isHangulConsonantCode,
  isHangulSyllableCode,
  isHangulVowelCode,
  jamoKeysOfCode,
} from './hangul.js';
import { foldForSearch } from './normalize.js';
import type { MatchRange, SearchableName, SearchQuery } from './search.js';

function isCompatibilityJamoCode(code: number): boolean {
  return isHangulConsonantCode(code) || isHangulVowelCode(code);
}

function keysOfCode(code: number): string {
  return jamoKeysOfCode(code) ?? String.fromCharCode(code);
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

/**
 * Type-ahead: the first of `count` rows, from `start` on and wrapping around, whose name starts
 * with `typed` (as the search matches it: `ㄱ` finds 김…), or -1. `nameAt` gives a row's
 * prepared name, `null` for rows that are no option.
 */
export function findPrefix(
  typed: string,
  start: number,
  count: number,
  nameAt: (index: number) => SearchableName | null,
): number {
  const query = prepareQuery(typed);
  if (query === null) return -1;
  for (let step = 0; step < count; step++) {
    const index = (start + step) % count;
    const name = nameAt(index);
    if (name !== null && matchName(name, query)?.[0]?.[0] === 0) return index;
  }
  return -1;
}
