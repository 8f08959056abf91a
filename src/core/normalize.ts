import { compatibilityJamoOfCode, hasFinalConsonantCode, isHangulSyllableCode } from './hangul.js';
import { isKatakanaCode } from './kana.js';

/** Text folded for matching, with a map back to the original string. */
export interface FoldedText {
  /** The folded text. */
  text: string;
  /** `source[i]`: the UTF-16 index in the original string of the character `text[i]` came from. */
  source: number[];
  /**
   * `sourceEnd[i]`: the exclusive end of that original character, including any combining marks
   * folded into it, so a highlight never splits `e` + U+0301 or a surrogate pair.
   */
  sourceEnd: number[];
}

/** A {@link FoldedText} whose maps are `null` when every character folded onto itself. */
export interface CompactFoldedText {
  text: string;
  source: number[] | null;
  sourceEnd: number[] | null;
}

// Marks, and the half-width voiced sound marks that NFKC turns into marks, belong to the
// character before them: they are folded together so that ｶﾞ becomes が, not か.
const COMBINING_AT = /[\p{M}\uff9e\uff9f]/uy;
const MARK = /^\p{M}/u;
// Whitespace (so "김 철수" matches "김철수"), controls, and invisible characters such as
// zero-width joiners, variation selectors and the Hangul filler ㅤ that Kakao users put in names.
const IGNORABLE = /^[\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/u;
// Accents are dropped only for these scripts: in Thai, Devanagari or Arabic the marks are vowels.
const ACCENTED_SCRIPT =
  /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u;
// Letters with no decomposition that people nonetheless type without their stroke or ligature.
const LETTER_SPELLINGS: ReadonlyMap<string, string> = new Map(
  'ßss æae œoe øo łl đd ðd þth ıi ħh ŧt ςσ'.split(' ').map((entry) => [entry[0]!, entry.slice(1)]),
);

const SEGMENT_CACHE_LIMIT = 4096;
const segmentCache = new Map<string, string>();

let lastFoldChanged = false;

function isConjoiningInitial(code: number): boolean {
  return code >= 0x1100 && code <= 0x1112;
}

function isConjoiningMedial(code: number): boolean {
  return code >= 0x1161 && code <= 0x1175;
}

function isConjoiningFinal(code: number): boolean {
  return code >= 0x11a8 && code <= 0x11c2;
}

function codePointLengthAt(text: string, index: number): number {
  return text.codePointAt(index)! > 0xffff ? 2 : 1;
}

// True when the character at `index` cannot combine with the one before it. The range checks
// answer for nearly every real name without running the regular expression.
function startsFreshAt(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const code = text.charCodeAt(index);
  if (
    code < 0x300 ||
    isHangulSyllableCode(code) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3131 && code <= 0x3163) ||
    (code >= 0x3041 && code <= 0x3096) ||
    isKatakanaCode(code)
  ) {
    return true;
  }
  COMBINING_AT.lastIndex = index;
  return !COMBINING_AT.test(text);
}

/** Folds one base character with its marks: the slow path, memoized. */
function foldSegment(segment: string): string {
  const cached = segmentCache.get(segment);
  if (cached !== undefined) return cached;
  let out = '';
  let dropMarks = true;
  for (const ch of segment.normalize('NFKC')) {
    if (IGNORABLE.test(ch)) continue;
    if (MARK.test(ch)) {
      if (!dropMarks) out += ch;
      continue;
    }
    dropMarks = true;
    const code = ch.codePointAt(0)!;
    if (isHangulSyllableCode(code)) {
      out += ch;
    } else if (code >= 0x1100 && code <= 0x11ff) {
      // NFKC turns compatibility jamo (ㄱ) into conjoining jamo (ᄀ); turn them back.
      const compat = compatibilityJamoOfCode(code);
      out += compat === undefined ? ch : String.fromCharCode(compat);
    } else if (isKatakanaCode(code)) {
      out += String.fromCharCode(code - 0x60);
    } else if (code >= 0x3040 && code <= 0x30ff) {
      out += ch;
    } else if (ACCENTED_SCRIPT.test(ch)) {
      for (const part of ch.toLowerCase().normalize('NFD')) {
        if (!MARK.test(part)) out += LETTER_SPELLINGS.get(part) ?? part;
      }
    } else {
      out += ch.toLowerCase();
      dropMarks = false;
    }
  }
  if (segmentCache.size < SEGMENT_CACHE_LIMIT) segmentCache.set(segment, out);
  return out;
}

/**
 * The folding loop. Copies unchanged runs lazily so an already-folded string (most Korean names)
 * comes back as the same string with no allocation. Sets `lastFoldChanged`.
 */
function fold(text: string, source: number[] | null, sourceEnd: number[] | null): string {
  const length = text.length;
  let out = '';
  let copiedTo = 0;
  let changed = false;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    // -1 keeps the character, -2 drops it, -3 takes the slow path, anything else replaces it.
    let verdict = -3;
    if (startsFreshAt(text, i + 1)) {
      if (code < 0x80) {
        if (code >= 0x41 && code <= 0x5a) verdict = code + 0x20;
        else verdict = code <= 0x20 || code === 0x7f ? -2 : -1;
      } else if (isHangulSyllableCode(code)) {
        // A syllable without a final followed by a conjoining final composes (NFC) into one.
        if (!isConjoiningFinal(text.charCodeAt(i + 1))) verdict = -1;
      } else if (
        (code >= 0x3131 && code <= 0x3163) ||
        (code >= 0x3041 && code <= 0x3096) ||
        (code >= 0x4e00 && code <= 0x9fff)
      ) {
        verdict = -1;
      } else if (isKatakanaCode(code)) {
        verdict = code - 0x60;
      }
    }
    if (verdict === -1) {
      source?.push(i);
      sourceEnd?.push(i + 1);
      i++;
      continue;
    }
    if (verdict !== -3) {
      changed = true;
      out += text.slice(copiedTo, i);
      if (verdict >= 0) {
        out += String.fromCharCode(verdict);
        source?.push(i);
        sourceEnd?.push(i + 1);
      }
      i++;
      copiedTo = i;
      continue;
    }
    let end = i + codePointLengthAt(text, i);
    const next = text.charCodeAt(i + 1);
    if (isConjoiningInitial(code) && isConjoiningMedial(next)) {
      end = i + (isConjoiningFinal(text.charCodeAt(i + 2)) ? 3 : 2);
    } else if (
      isHangulSyllableCode(code) &&
      !hasFinalConsonantCode(code) &&
      isConjoiningFinal(next)
    ) {
      end = i + 2;
    }
    while (end < length && !startsFreshAt(text, end)) end += codePointLengthAt(text, end);
    const segment = text.slice(i, end);
    const folded = foldSegment(segment);
    const single = end - i === codePointLengthAt(text, i);
    const changedHere = !single || folded !== segment;
    if (changedHere) {
      changed = true;
      out += text.slice(copiedTo, i) + folded;
      copiedTo = end;
    }
    for (let k = 0; k < folded.length; k++) {
      // An unchanged surrogate pair keeps the identity map, so compact maps can be dropped.
      source?.push(changedHere ? i : i + k);
      sourceEnd?.push(end);
    }
    i = end;
  }
  lastFoldChanged = changed;
  return changed ? out + text.slice(copiedTo) : text;
}

/**
 * Folds text for search and sorting, character by character so the map back stays exact:
 * NFKC (full-width `ＢＯＢ` → `bob`, half-width `ｱ` → `あ`), lower case, accents dropped from
 * Latin, Greek and Cyrillic letters (`é` → `e`, `ß` → `ss`), katakana → hiragana, and whitespace
 * and invisible characters removed. Hangul syllables and compatibility jamo are kept as they are
 * (decomposed Hangul is recomposed first).
 */
export function foldText(text: string): FoldedText {
  const source: number[] = [];
  const sourceEnd: number[] = [];
  return { text: fold(text, source, sourceEnd), source, sourceEnd };
}

/** `foldText(text).text`, without building the map. */
export function foldForSearch(text: string): string {
  return fold(text, null, null);
}

/**
 * {@link foldText} for callers that keep many results: the maps are `null` when the text folded
 * onto itself character for character (then `source[i] === i`), which is the common case.
 */
export function foldTextCompact(text: string): CompactFoldedText {
  const folded = fold(text, null, null);
  if (!lastFoldChanged) return { text: folded, source: null, sourceEnd: null };
  return foldText(text);
}

const FROM_CHAR_CODES_CHUNK = 8192;

/**
 * `String.fromCharCode(...codes)` without the argument-count limit: building a key from a code
 * array is much cheaper than concatenating one-character strings.
 */
export function stringFromCharCodes(codes: readonly number[]): string {
  if (codes.length <= FROM_CHAR_CODES_CHUNK) return String.fromCharCode(...codes);
  let out = '';
  for (let i = 0; i < codes.length; i += FROM_CHAR_CODES_CHUNK) {
    out += String.fromCharCode(...codes.slice(i, i + FROM_CHAR_CODES_CHUNK));
  }
  return out;
}
