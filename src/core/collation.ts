import {
  initialIndexOfCode,
  isHangulConsonantCode,
  isHangulSyllableCode,
  isHangulVowelCode,
  leadingInitialIndexOfCode,
  vowelAndFinalIndexOfCode,
} from './hangul.js';
import { baseKanaCodeOf, vowelOfBaseKana } from './kana.js';
import type { PickerLanguage } from './language.js';
import { foldForSearch, stringFromCharCodes } from './normalize.js';

/** The writing system a name is sorted and indexed under, from its first significant character. */
export type ScriptClass = 'hangul' | 'latin' | 'kana' | 'han' | 'other' | 'symbol';

// Han ideographs (kanji-led Japanese names, Hanja) have their own index key, just before `#`;
// `other` and `symbol` both share `#`, so they always come last, together.
const SCRIPT_ORDERS: Readonly<Record<PickerLanguage, readonly ScriptClass[]>> = {
  ko: ['hangul', 'latin', 'kana', 'han', 'other', 'symbol'],
  en: ['latin', 'hangul', 'kana', 'han', 'other', 'symbol'],
  ja: ['kana', 'latin', 'hangul', 'han', 'other', 'symbol'],
};

const LETTER = /^\p{L}/u;
const HAN = /^\p{Script=Han}/u;

/** The script classes in the order a language lists them. */
export function scriptOrderOf(lang: PickerLanguage): readonly ScriptClass[] {
  return SCRIPT_ORDERS[lang] ?? SCRIPT_ORDERS.en;
}

/** {@link scriptOf} for text that has already been through `foldForSearch`. */
export function scriptOfFolded(folded: string): ScriptClass {
  const code = folded.codePointAt(0);
  if (code === undefined) return 'symbol';
  if (isHangulSyllableCode(code) || isHangulConsonantCode(code) || isHangulVowelCode(code)) {
    return 'hangul';
  }
  if (code >= 0x61 && code <= 0x7a) return 'latin';
  if (baseKanaCodeOf(code) >= 0) return 'kana';
  const first = String.fromCodePoint(code);
  return HAN.test(first) ? 'han' : LETTER.test(first) ? 'other' : 'symbol';
}

/**
 * The script class of a name by its first character after folding (so `ＢＯＢ` and ` Émile` are
 * Latin and `タナカ` is kana): Hangul syllables and jamo, Latin a–z, kana, any other letter
 * (CJK ideographs, Greek, Cyrillic… → `other`), and everything else — digits, punctuation, emoji,
 * or an empty name — `symbol`.
 */
export function scriptOf(name: string): ScriptClass {
  return scriptOfFolded(foldForSearch(name));
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function digitRunEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
  return end;
}

const keyCodes: number[] = [];

// Two-unit encoding of a non-negative integer that compares correctly as a string and stays clear
// of surrogates for any realistic value.
function pushOrdinal(value: number): void {
  const capped = Math.min(value, 0x3fff * 0x3fff);
  keyCodes.push(0x21 + Math.floor(capped / 0x4000), 0x21 + (capped % 0x4000));
}

function pushDigits(text: string, start: number, end: number): void {
  for (let i = start; i < end; i++) keyCodes.push(text.charCodeAt(i));
}

function significantStart(text: string, start: number, end: number): number {
  while (start < end && text.charCodeAt(start) === 0x30) start++;
  return start;
}

/**
 * The own sort key of a Hangul, Latin or kana name (already folded), compared as a plain string:
 * - Hangul: two units per syllable, initial first (a lone consonant sorts before every syllable
 *   starting with it; a lone vowel as if written with ㅇ), so 가나다 order and index keys agree;
 * - kana: the big, unvoiced kana (`が` → `か`), a prolonged `ー` as its vowel (gojūon order);
 * - digit runs: by value (`2` before `10`);
 * - anything else: the folded character (lower case, no accents: `José` next to `Jose`).
 * Hangul is encoded in the Private Use Area (U+E000…), which real names practically never use,
 * so that a lone consonant can sit between two runs of syllables.
 */
function ownKeyOf(folded: string): string {
  keyCodes.length = 0;
  let previousKana = -1;
  for (let i = 0; i < folded.length;) {
    const code = folded.charCodeAt(i);
    if (isDigitCode(code)) {
      const end = digitRunEnd(folded, i);
      const start = significantStart(folded, i, end);
      // '0' marks a number (numbers sort before letters); its length orders it before its digits.
      keyCodes.push(0x30);
      pushOrdinal(end - start);
      pushDigits(folded, start, end);
      previousKana = -1;
      i = end;
      continue;
    }
    let kana = baseKanaCodeOf(code);
    if (isHangulSyllableCode(code)) {
      keyCodes.push(0xe001 + initialIndexOfCode(code) * 2, 0xe100 + vowelAndFinalIndexOfCode(code));
    } else if (isHangulConsonantCode(code)) {
      keyCodes.push(0xe000 + leadingInitialIndexOfCode(code) * 2);
    } else if (isHangulVowelCode(code)) {
      // ㅇ is initial 11: a bare vowel sorts as the syllable it would be written as (ㅏ as 아).
      keyCodes.push(0xe001 + 11 * 2, 0xe100 + (code - 0x314f) * 28);
    } else if (kana >= 0) {
      keyCodes.push(kana);
    } else if (code === 0x30fc && vowelOfBaseKana(previousKana) >= 0) {
      keyCodes.push(vowelOfBaseKana(previousKana));
      kana = previousKana;
    } else {
      keyCodes.push(code);
    }
    previousKana = kana;
    i++;
  }
  return stringFromCharCodes(keyCodes);
}

/** A piece of a folded `other`/`symbol` name: a digit run or one code point. */
interface Token {
  /** Significant digits of a digit run, or `null` for a code point. */
  digits: string | null;
  codePoint: number;
  end: number;
}

function readToken(text: string, index: number, token: Token): void {
  const code = text.codePointAt(index)!;
  if (isDigitCode(code)) {
    token.end = digitRunEnd(text, index);
    token.digits = text.slice(significantStart(text, index, token.end), token.end);
    token.codePoint = 0x30;
  } else {
    token.digits = null;
    token.codePoint = code;
    token.end = index + (code > 0xffff ? 2 : 1);
  }
}

// Intl.Collator decides the order of individual characters (CJK by the language's convention,
// symbols and punctuation by CLDR); names compare character by character with that order, digit
// runs by value. Character-level collation keeps sort keys precomputable (no collator call per
// comparison); it ignores multi-character contractions, which names in these scripts rarely need.
function compareCodePoints(a: number, b: number, collator: Intl.Collator): number {
  if (a === b) return 0;
  return collator.compare(String.fromCodePoint(a), String.fromCodePoint(b)) || a - b;
}

function compareCollated(a: string, b: string, collator: Intl.Collator): number {
  const ta: Token = { digits: null, codePoint: 0, end: 0 };
  const tb: Token = { digits: null, codePoint: 0, end: 0 };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    readToken(a, i, ta);
    readToken(b, j, tb);
    let result: number;
    if (ta.digits !== null && tb.digits !== null) {
      result = ta.digits.length - tb.digits.length || compareStrings(ta.digits, tb.digits);
    } else {
      result = compareCodePoints(ta.codePoint, tb.codePoint, collator);
    }
    if (result !== 0) return result;
    i = ta.end;
    j = tb.end;
  }
  return (i < a.length ? 1 : 0) - (j < b.length ? 1 : 0);
}

/** The precomputed form of {@link compareCollated}: ranks of every code point, in collator order. */
function collatedKeyOf(folded: string, ranks: ReadonlyMap<number, number>, token: Token): string {
  keyCodes.length = 0;
  for (let i = 0; i < folded.length; i = token.end) {
    readToken(folded, i, token);
    pushOrdinal(ranks.get(token.codePoint)!);
    if (token.digits !== null) {
      pushOrdinal(token.digits.length);
      pushDigits(token.digits, 0, token.digits.length);
    }
  }
  return stringFromCharCodes(keyCodes);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isCollated(script: ScriptClass): boolean {
  return script === 'han' || script === 'other' || script === 'symbol';
}

const collators = new Map<PickerLanguage, Intl.Collator>();

function collatorFor(lang: PickerLanguage): Intl.Collator {
  let collator = collators.get(lang);
  if (collator === undefined) {
    collator = new Intl.Collator(lang);
    collators.set(lang, collator);
  }
  return collator;
}

/**
 * Starts `lang`'s collator: the first `Intl.Collator` starts ICU's collation (10–20 ms), which a
 * picker does while it waits for its friends rather than between a keystroke and its results.
 */
export function prepareCollation(lang: PickerLanguage): void {
  collatorFor(lang).compare('a', 'b');
}

/**
 * A comparator for nicknames in a language's list order (SPEC 3): the language's own script first
 * (ko: Hangul 가나다; en: Latin A–Z; ja: kana in gojūon order), then the other scripts, then names
 * starting with digits or symbols. Case, width and accents only break ties; remaining ties fall
 * back to the raw strings, so the order is total and deterministic.
 */
export function createNameComparator(lang: PickerLanguage): (a: string, b: string) => number {
  const scripts = scriptOrderOf(lang);
  const collator = collatorFor(lang);
  return (a, b) => {
    const foldedA = foldForSearch(a);
    const foldedB = foldForSearch(b);
    const scriptA = scriptOfFolded(foldedA);
    const scriptB = scriptOfFolded(foldedB);
    if (scriptA !== scriptB) return scripts.indexOf(scriptA) - scripts.indexOf(scriptB);
    const primary = isCollated(scriptA)
      ? compareCollated(foldedA, foldedB, collator)
      : compareStrings(ownKeyOf(foldedA), ownKeyOf(foldedB));
    return primary || compareStrings(foldedA, foldedB) || compareStrings(a, b);
  };
}

const UNIT_SPAN = 0x20000;

// `count` key units from `start` as one number that orders like the string: each unit + 1, and 0
// for a missing unit, because a shorter string sorts first. Three units fit in 51 bits.
function keyUnitsAsNumber(key: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    value = value * UNIT_SPAN + (i < key.length ? key.charCodeAt(i) + 1 : 0);
  }
  return value;
}

/**
 * Sorts items by nickname in {@link createNameComparator} order (reversed for `desc`), returning
 * a new array. Stable: items with identical names keep their input order in both directions.
 */
export function sortByName<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  lang: PickerLanguage,
  order: 'asc' | 'desc' = 'asc',
  foldedOf?: (item: T) => string,
): T[] {
  const n = items.length;
  // Lists are often sorted a small part at a time (see `sortSubOf`): one item needs no keys.
  if (n < 2) return items.slice();
  // Decorate–sort–undecorate, with the decorations in parallel arrays rather than one object per
  // item: 100,000 names sort in a fraction of a second, with little garbage.
  const scripts = scriptOrderOf(lang);
  const raws: string[] = new Array<string>(n);
  const foldeds: string[] = new Array<string>(n);
  const keys: string[] = new Array<string>(n);
  // Script rank and key units 0–1, then key units 2–4: numbers that settle most comparisons.
  const leads = new Float64Array(n);
  const leads2 = new Float64Array(n);
  const collated: number[] = [];
  for (let index = 0; index < n; index++) {
    const name = nameOf(items[index]!);
    const raw = typeof name === 'string' ? name : '';
    // Callers that already hold `foldForSearch(name)` (prepared search text) pass it in.
    const folded = foldedOf === undefined ? foldForSearch(raw) : foldedOf(items[index]!);
    const script = scriptOfFolded(folded);
    raws[index] = raw;
    foldeds[index] = folded;
    leads[index] = scripts.indexOf(script);
    if (isCollated(script)) collated.push(index);
    keys[index] = isCollated(script) ? '' : ownKeyOf(folded);
  }
  if (collated.length > 0) {
    // The collator is consulted once per distinct character, not once per comparison.
    const codePoints = new Set<number>([0x30]);
    const token: Token = { digits: null, codePoint: 0, end: 0 };
    for (const index of collated) {
      const folded = foldeds[index]!;
      for (let i = 0; i < folded.length; i = token.end) {
        readToken(folded, i, token);
        codePoints.add(token.codePoint);
      }
    }
    const collator = collatorFor(lang);
    // Same order as compareCodePoints, with each character's string built once.
    const ordered = [...codePoints]
      .map((codePoint) => ({ codePoint, text: String.fromCodePoint(codePoint) }))
      .sort((a, b) => collator.compare(a.text, b.text) || a.codePoint - b.codePoint);
    const charRanks = new Map(ordered.map(({ codePoint }, rank) => [codePoint, rank]));
    for (const index of collated) keys[index] = collatedKeyOf(foldeds[index]!, charRanks, token);
  }
  for (let index = 0; index < n; index++) {
    const key = keys[index]!;
    leads[index] = leads[index]! * UNIT_SPAN * UNIT_SPAN + keyUnitsAsNumber(key, 0, 2);
    leads2[index] = keyUnitsAsNumber(key, 2, 3);
  }
  const direction = order === 'desc' ? -1 : 1;
  const indexes = Array.from({ length: n }, (_, index) => index);
  indexes.sort((x, y) => {
    // Keys derive from the raw name, so equal names (many friends share one) need one comparison.
    if (raws[x] === raws[y]) return x - y;
    const result =
      leads[x]! - leads[y]! ||
      leads2[x]! - leads2[y]! ||
      compareStrings(keys[x]!, keys[y]!) ||
      compareStrings(foldeds[x]!, foldeds[y]!) ||
      compareStrings(raws[x]!, raws[y]!);
    return direction * result || x - y;
  });
  return indexes.map((index) => items[index]!);
}

// --- sort buckets -------------------------------------------------------------------------------

// The scripts as numbers (the constants fold into the code), and back.
const HANGUL_NUMBER = 0;
const LATIN_NUMBER = 1;
const KANA_NUMBER = 2;
const SYMBOL_NUMBER = 4;
const HAN_NUMBER = 5;
const SCRIPTS_BY_NUMBER: readonly ScriptClass[] = [
  'hangul',
  'latin',
  'kana',
  'other',
  'symbol',
  'han',
];
const BUCKET_SPAN = 0x1000000;

function isConjoiningJamoCode(code: number): boolean {
  return (code >= 0x1100 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xd7ff);
}

/**
 * A digit, ASCII punctuation, or a box, shape, dingbat or other symbol of U+2500–U+27BF (★, ♡):
 * characters that folding keeps as they are and that are no letters, so a name starting with one
 * sorts with the symbols (no folding needed to tell). ASCII letters are checked before.
 */
function isPlainSymbolCode(code: number): boolean {
  return (code > 0x20 && code < 0x7f) || (code >= 0x2500 && code <= 0x27bf);
}

function hangulBucket(unit0: number, unit1: number): number {
  // A syllable (odd first unit) carries its vowel and final in the second unit; a lone consonant
  // (even) does not: its second unit belongs to the next character.
  const first = unit0 - 0xe000;
  return first * 0x1000 + (first % 2 === 1 ? unit1 - 0xe100 + 1 : 0);
}

/**
 * The sort bucket of a name: a number such that, in any language, every name of a lower-ranked
 * bucket (see {@link bucketRank}) sorts before every name of a higher one in
 * {@link createNameComparator} order, and all names of one bucket share one index key. Buckets
 * are the script and the first character's sort unit (a Hangul syllable, a Latin letter, a kana;
 * one bucket for other scripts and one for symbols), so a list is sorted bucket by bucket, top
 * first, each bucket on its own. Independent of the language; cheap for names that start with a
 * Hangul syllable or an ASCII letter (no folding).
 */
export function sortBucketOf(name: string): number {
  const code = name.charCodeAt(0);
  const next = name.length > 1 ? name.charCodeAt(1) : 0;
  if (isHangulSyllableCode(code) && !isConjoiningJamoCode(next)) {
    return hangulBucket(
      0xe001 + initialIndexOfCode(code) * 2,
      0xe100 + vowelAndFinalIndexOfCode(code),
    );
  }
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
    return LATIN_NUMBER * BUCKET_SPAN + (code | 0x20);
  }
  // Digits and common symbols start symbol names, CJK ideographs other-script ones; folding keeps
  // them as they are.
  if (isPlainSymbolCode(code)) return SYMBOL_NUMBER * BUCKET_SPAN;
  if (code >= 0x4e00 && code <= 0x9fff) return HAN_NUMBER * BUCKET_SPAN;
  // Kana fold to hiragana and sort under their base kana, whatever follows (a voicing mark only
  // changes が to か's bucket, which it shares).
  const kana = code >= 0x3041 && code <= 0x30f6 ? baseKanaCodeOf(code) : -1;
  if (kana >= 0) return KANA_NUMBER * BUCKET_SPAN + kana;
  const folded = foldForSearch(name);
  const script = scriptOfFolded(folded);
  const base = SCRIPTS_BY_NUMBER.indexOf(script) * BUCKET_SPAN;
  if (isCollated(script)) return base;
  const key = ownKeyOf(folded);
  if (script === 'hangul') return base + hangulBucket(key.charCodeAt(0), key.charCodeAt(1));
  return base + key.charCodeAt(0);
}

/**
 * Where a name sits inside its {@link sortBucketOf} bucket, coarsely: a number such that, of two
 * names of one bucket, the one with the lower number sorts first in any language (names with one
 * number sort among themselves). It is the sort unit that follows the bucket's (for Hangul, the
 * next character's initial consonant), 0 when the name ends there; always 0 in buckets of other
 * scripts and symbols. It lets a large bucket be sorted and shown a part at a time.
 */
export function sortSubOfFolded(folded: string): number {
  const script = scriptOfFolded(folded);
  if (isCollated(script)) return 0;
  const key = ownKeyOf(folded);
  // A Hangul syllable takes two key units (odd first unit), a lone consonant one.
  const start = script === 'hangul' && key.charCodeAt(0) % 2 === 1 ? 2 : 1;
  return start < key.length ? key.charCodeAt(start) + 1 : 0;
}

/**
 * {@link sortSubOfFolded} of a raw name, read from its first characters where they settle it
 * without folding (two Hangul syllables, or two ASCII letters): what most names are; -1 otherwise.
 */
export function sortSubOf(name: string): number {
  const first = name.charCodeAt(0);
  const second = name.charCodeAt(1);
  if (isHangulSyllableCode(first) && isHangulSyllableCode(second)) {
    // A conjoining jamo after the second syllable would fold into it (가 + ᆨ is 각).
    return isConjoiningJamoCode(name.charCodeAt(2))
      ? -1
      : 0xe001 + initialIndexOfCode(second) * 2 + 1;
  }
  const isLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return isLetter(first) && isLetter(second) ? (second | 0x20) + 1 : -1;
}

/** The position of a {@link sortBucketOf} bucket in `lang`'s list order (lower comes first). */
export function bucketRank(bucket: number, lang: PickerLanguage): number {
  const script = SCRIPTS_BY_NUMBER[Math.floor(bucket / BUCKET_SPAN)]!;
  return scriptOrderOf(lang).indexOf(script) * BUCKET_SPAN + (bucket % BUCKET_SPAN);
}

/** Whether a bucket's internal order depends on the language (other scripts and symbols). */
export function isCollatedBucket(bucket: number): boolean {
  return isCollated(SCRIPTS_BY_NUMBER[Math.floor(bucket / BUCKET_SPAN)]!);
}

// --- coarse slots ---------------------------------------------------------------------------------

/** Slots per script: a coarse, monotone grouping of the buckets (at most 26, for Latin). */
const SLOTS_PER_SCRIPT = 32;
/** Number of coarse slots (see {@link slotOfBucket}). */
export const SLOT_COUNT = SCRIPTS_BY_NUMBER.length * SLOTS_PER_SCRIPT;
/** What {@link slotOfName} returns when only the full bucket can tell. */
export const UNKNOWN_SLOT = -1;

function slotOfSub(script: number, sub: number): number {
  switch (script) {
    case HANGUL_NUMBER:
      // The initial consonant (a lone consonant sorts just before its syllables).
      return (Math.floor(sub / 0x1000) >> 1) + script * SLOTS_PER_SCRIPT;
    case LATIN_NUMBER:
      return sub - 0x61 + script * SLOTS_PER_SCRIPT;
    case KANA_NUMBER:
      return ((sub - 0x3041) >> 3) + script * SLOTS_PER_SCRIPT;
    default:
      return script * SLOTS_PER_SCRIPT;
  }
}

/**
 * The coarse slot of a {@link sortBucketOf} bucket: the script and a range of first characters
 * (a Hangul initial consonant, a Latin letter, eight kana). Slots partition the buckets in
 * order: every bucket of a lower-ranked slot (see {@link slotRank}) sorts before every bucket of
 * a higher one.
 */
export function slotOfBucket(bucket: number): number {
  return slotOfSub(Math.floor(bucket / BUCKET_SPAN), bucket % BUCKET_SPAN);
}

/**
 * `slotOfBucket(sortBucketOf(name))` for names that start with a Hangul syllable, an ASCII letter
 * or digit, a kana or a common CJK ideograph, read from the first character alone (a few
 * nanoseconds); {@link UNKNOWN_SLOT} for the rest.
 */
export function slotOfName(name: string): number {
  const code = name.charCodeAt(0);
  if (isHangulSyllableCode(code)) {
    return isConjoiningJamoCode(name.charCodeAt(1)) ? UNKNOWN_SLOT : initialIndexOfCode(code);
  }
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
    return (code | 0x20) - 0x61 + LATIN_NUMBER * SLOTS_PER_SCRIPT;
  }
  if (isPlainSymbolCode(code)) return SYMBOL_NUMBER * SLOTS_PER_SCRIPT;
  if (code >= 0x4e00 && code <= 0x9fff) return HAN_NUMBER * SLOTS_PER_SCRIPT;
  const kana = code >= 0x3041 && code <= 0x30f6 ? baseKanaCodeOf(code) : -1;
  if (kana >= 0) return slotOfSub(KANA_NUMBER, kana);
  return UNKNOWN_SLOT;
}

/** The position of a slot in `lang`'s list order (lower comes first). */
export function slotRank(slot: number, lang: PickerLanguage): number {
  const script = SCRIPTS_BY_NUMBER[Math.floor(slot / SLOTS_PER_SCRIPT)]!;
  return scriptOrderOf(lang).indexOf(script) * SLOTS_PER_SCRIPT + (slot % SLOTS_PER_SCRIPT);
}
