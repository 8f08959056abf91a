// Hiragana and katakana are two spellings of one syllabary. Everything is folded onto hiragana,
// whose code order (U+3041–U+3096) already follows the gojūon table row by row.

const HIRAGANA_FIRST = 0x3041;
const HIRAGANA_LAST = 0x3096;
const KATAKANA_FIRST = 0x30a1;
const KATAKANA_LAST = 0x30f6;
const KATAKANA_OFFSET = 0x60;

/** The gojūon row heads, in table order. */
export const KANA_ROWS: readonly string[] = Object.freeze([...'あかさたなはまやらわ']);

// The first hiragana code of each row (after small and voiced kana are folded), matching KANA_ROWS.
const ROW_STARTS = [...'あかさたなはまやらゎ'].map((ch) => ch.charCodeAt(0));

// Katakana with no hiragana twin, by base kana: ヷ ヸ ヹ ヺ (from U+30F7), then the small Ainu
// katakana ㇰ…ㇿ (U+31F0…U+31FF).
const EXTRA_KATAKANA: ReadonlyMap<number, number> = new Map(
  [...'わゐゑをくしすとぬはひふへほむらりるれろ'].map((base, i) => [
    i < 4 ? 0x30f7 + i : 0x31f0 + i - 4,
    base.charCodeAt(0),
  ]),
);

// Small kana sit just before their big twin; voiced kana decompose (NFD) onto the unvoiced one.
const BASE_BY_HIRAGANA: Uint16Array = (() => {
  const small = new Set([...'ぁぃぅぇぉっゃゅょゎ'].map((ch) => ch.charCodeAt(0)));
  const table = new Uint16Array(HIRAGANA_LAST - HIRAGANA_FIRST + 1);
  for (let code = HIRAGANA_FIRST; code <= HIRAGANA_LAST; code++) {
    let base = String.fromCharCode(code).normalize('NFD').charCodeAt(0);
    if (small.has(base)) base += 1;
    table[code - HIRAGANA_FIRST] = base;
  }
  // The last two, ゕ and ゖ, are a small か and け.
  table.set([0x304b, 0x3051], HIRAGANA_LAST - 1 - HIRAGANA_FIRST);
  return table;
})();

/** Whether `code` is a katakana letter with a hiragana twin (U+30A1–U+30F6). */
export function isKatakanaCode(code: number): boolean {
  return code >= KATAKANA_FIRST && code <= KATAKANA_LAST;
}

/** Whether `code` is a hiragana letter (U+3041–U+3096). */
export function isHiraganaCode(code: number): boolean {
  return code >= HIRAGANA_FIRST && code <= HIRAGANA_LAST;
}

/**
 * The big, unvoiced hiragana a kana letter sorts and indexes under (`が` → `か`, `ッ` → `つ`,
 * `ゔ` → `う`, `ㇰ` → `く`), or -1 when `code` is not a kana letter. Half-width katakana must be
 * NFKC-normalized first.
 */
export function baseKanaCodeOf(code: number): number {
  if (isKatakanaCode(code)) code -= KATAKANA_OFFSET;
  if (isHiraganaCode(code)) return BASE_BY_HIRAGANA[code - HIRAGANA_FIRST]!;
  return EXTRA_KATAKANA.get(code) ?? -1;
}

/**
 * The gojūon row head of a kana character (`が` → `か`, `ぱ` → `は`, `ゃ` → `や`, `っ` → `た`,
 * `ん` → `わ`, `ゔ` → `あ`; katakana and half-width katakana alike), or `undefined` for non-kana.
 */
export function kanaRowOf(ch: string): string | undefined {
  let code = ch.codePointAt(0) ?? -1;
  if (code >= 0xff66 && code <= 0xff9d) {
    code = String.fromCharCode(code).normalize('NFKC').charCodeAt(0);
  }
  const base = baseKanaCodeOf(code);
  if (base < 0) return undefined;
  return KANA_ROWS[ROW_STARTS.findLastIndex((start) => base >= start)];
}

// The vowel each base kana ends in, so a prolonged sound mark (ー) can sort as that vowel the way
// Japanese dictionaries do (カード sorts as かあど).
const VOWEL_BY_BASE: ReadonlyMap<number, number> = new Map(
  // Each column starts with its own vowel.
  [
    'あかさたなはまやらわ',
    'いきしちにひみりゐ',
    'うくすつぬふむゆる',
    'えけせてねへめれゑ',
    'おこそとのほもよろを',
  ].flatMap((column) => [...column].map((ch) => [ch.charCodeAt(0), column.charCodeAt(0)] as const)),
);

/** The vowel (あ い う え お) a base kana ends in, or -1 (ん, or not a base kana). */
export function vowelOfBaseKana(base: number): number {
  return VOWEL_BY_BASE.get(base) ?? -1;
}
