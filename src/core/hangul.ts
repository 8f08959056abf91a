// Hangul syllables are composed arithmetically (Unicode 3.12): U+AC00 + (initial × 21 + medial) ×
// 28 + final. Everything here works on compatibility jamo (U+3131–U+3163), the letters a Korean
// keyboard and IME produce, rather than on conjoining jamo (U+1100…), which only appear inside
// decomposed text.

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const MEDIAL_COUNT = 21;
const FINAL_COUNT = 28;
const SYLLABLES_PER_INITIAL = MEDIAL_COUNT * FINAL_COUNT;

/** The 19 initial consonants in syllable order, as compatibility jamo. */
export const HANGUL_INITIALS: readonly string[] = Object.freeze([
  ...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ',
]);

// Compound vowels and finals are spelled as the keys typed on a standard 2-set keyboard; the
// double consonants ㄲ ㄸ ㅃ ㅆ ㅉ are one (shifted) key and stay single letters.
const COMPOUND_JAMO_KEYS: ReadonlyMap<number, string> = new Map(
  'ㄳㄱㅅ ㄵㄴㅈ ㄶㄴㅎ ㄺㄹㄱ ㄻㄹㅁ ㄼㄹㅂ ㄽㄹㅅ ㄾㄹㅌ ㄿㄹㅍ ㅀㄹㅎ ㅄㅂㅅ ㅘㅗㅏ ㅙㅗㅐ ㅚㅗㅣ ㅝㅜㅓ ㅞㅜㅔ ㅟㅜㅣ ㅢㅡㅣ'
    .split(' ')
    .map((entry) => [entry.charCodeAt(0), entry.slice(1)] as const),
);
// The medials are the compatibility vowels in code order (ㅏ U+314F…); finals 1–27 these.
const FINALS = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';

/** The keystrokes of a compatibility jamo: itself, or the keys a compound is typed with. */
function keysOfJamoCode(code: number): string {
  return COMPOUND_JAMO_KEYS.get(code) ?? String.fromCharCode(code);
}

const INITIAL_CODES = HANGUL_INITIALS.map((ch) => ch.charCodeAt(0));
const syllableJamoCache: (string | undefined)[] = [];

export function isHangulSyllableCode(code: number): boolean {
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/** Whether `code` is a modern compatibility consonant (ㄱ…ㅎ, including ㄳ-style compounds). */
export function isHangulConsonantCode(code: number): boolean {
  return code >= 0x3131 && code <= 0x314e;
}

/** Whether `code` is a modern compatibility vowel (ㅏ…ㅣ). */
export function isHangulVowelCode(code: number): boolean {
  return code >= 0x314f && code <= 0x3163;
}

/** Whether the first character of `ch` is a precomposed Hangul syllable (U+AC00–U+D7A3). */
export function isHangulSyllable(ch: string): boolean {
  return isHangulSyllableCode(ch.charCodeAt(0));
}

/** Whether the first character of `ch` is a compatibility consonant (U+3131–U+314E). */
export function isHangulConsonant(ch: string): boolean {
  return isHangulConsonantCode(ch.charCodeAt(0));
}

/** The index (0–18) of a syllable's initial consonant in {@link HANGUL_INITIALS}, else -1. */
export function initialIndexOfCode(code: number): number {
  return isHangulSyllableCode(code)
    ? Math.floor((code - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL)
    : -1;
}

/** The char code of a syllable's initial as a compatibility consonant; other codes unchanged. */
export function initialCodeOf(code: number): number {
  return isHangulSyllableCode(code)
    ? INITIAL_CODES[Math.floor((code - SYLLABLE_FIRST) / SYLLABLES_PER_INITIAL)]!
    : code;
}

/** A syllable's initial consonant (`'김'` → `'ㄱ'`); `undefined` when `ch` is not a syllable. */
export function hangulInitialOf(ch: string): string | undefined {
  const index = initialIndexOfCode(ch.charCodeAt(0));
  return index < 0 ? undefined : HANGUL_INITIALS[index];
}

/**
 * The index in {@link HANGUL_INITIALS} of the consonant a compatibility consonant starts with:
 * itself for the 19 initials, the first part for compounds (`ㄳ` → `ㄱ`); -1 for anything else.
 */
export function leadingInitialIndexOfCode(code: number): number {
  const keys = COMPOUND_JAMO_KEYS.get(code);
  return INITIAL_CODES.indexOf(keys === undefined ? code : keys.charCodeAt(0));
}

/** A syllable's place among those sharing its initial (medial × 28 + final); syllables only. */
export function vowelAndFinalIndexOfCode(code: number): number {
  return (code - SYLLABLE_FIRST) % SYLLABLES_PER_INITIAL;
}

/** Whether a syllable code has a final consonant (받침); syllables only. */
export function hasFinalConsonantCode(code: number): boolean {
  return (code - SYLLABLE_FIRST) % FINAL_COUNT !== 0;
}

/**
 * The keystroke jamo of a syllable or compound compatibility jamo, or `undefined` for any other
 * code (a plain jamo is its own single keystroke). Cached: the search calls this per character.
 */
export function jamoKeysOfCode(code: number): string | undefined {
  if (isHangulSyllableCode(code)) {
    const offset = code - SYLLABLE_FIRST;
    let keys = syllableJamoCache[offset];
    if (keys === undefined) {
      const initial = Math.floor(offset / SYLLABLES_PER_INITIAL);
      const medial = Math.floor((offset % SYLLABLES_PER_INITIAL) / FINAL_COUNT);
      const final = offset % FINAL_COUNT;
      keys =
        HANGUL_INITIALS[initial]! +
        keysOfJamoCode(0x314f + medial) +
        (final === 0 ? '' : keysOfJamoCode(FINALS.charCodeAt(final - 1)));
      syllableJamoCache[offset] = keys;
    }
    return keys;
  }
  return COMPOUND_JAMO_KEYS.get(code);
}

/** {@link HANGUL_INITIALS} with the doubles folded onto their plain consonant (ㄲ → ㄱ). */
export const PLAIN_INITIALS = 'ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ';

/** Folds a double initial onto its plain consonant (`ㄲ` → `ㄱ`, `ㅉ` → `ㅈ`); others unchanged. */
export function foldDoubleConsonant(ch: string): string {
  const index = HANGUL_INITIALS.indexOf(ch);
  return index < 0 ? ch : PLAIN_INITIALS[index]!;
}

// NFKC maps compatibility jamo onto conjoining jamo; inverting that table lets decomposed text
// (macOS file names, some IMEs) fold back onto the letters users type.
const COMPAT_BY_CONJOINING: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  for (let code = 0x3131; code <= 0x318e; code++) {
    const conjoining = String.fromCharCode(code).normalize('NFKC');
    if (conjoining.length === 1 && code !== 0x3164) map.set(conjoining.charCodeAt(0), code);
  }
  // NFKC gives a consonant's initial (ㅁ → ᄆ), never its final (ᆷ): a final on its own folds to
  // the same letter, or it would compose with a syllable once what stood between them is dropped.
  for (let index = 0; index < FINALS.length; index++) {
    map.set(0x11a8 + index, FINALS.charCodeAt(index));
  }
  return map;
})();

/** The compatibility jamo for a conjoining jamo code (`ᄀ` and final `ᆨ` → `ㄱ`), if any. */
export function compatibilityJamoOfCode(code: number): number | undefined {
  return COMPAT_BY_CONJOINING.get(code);
}
