import { scriptOfFolded, scriptOrderOf } from './collation.js';
import type { ScriptClass } from './collation.js';
import {
  PLAIN_INITIALS,
  initialIndexOfCode,
  isHangulConsonantCode,
  isHangulSyllableCode,
  leadingInitialIndexOfCode,
} from './hangul.js';
import { KANA_ROWS, kanaRowOf } from './kana.js';
import type { PickerLanguage } from './language.js';
import { foldForSearch } from './normalize.js';

/** The index key of names that are not Hangul, Latin, kana or Han: other scripts, digits, symbols. */
export const OTHER_INDEX_KEY = '#';
/** The index key of names led by a Han ideograph (kanji, Hanja), ordered just before `#`. */
export const HAN_INDEX_KEY = '漢';

const KEYS_BY_SCRIPT: Readonly<Record<ScriptClass, readonly string[]>> = {
  hangul: [...'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ'],
  latin: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  kana: KANA_ROWS,
  han: [HAN_INDEX_KEY],
  other: [],
  symbol: [],
};

/**
 * The index-bar key a name is listed under: its initial consonant with doubles folded
 * (`김` → `ㄱ`, `꽃` → `ㄱ`), its first Latin letter after folding (`émile` → `E`, `ａ` → `A`), its
 * kana row (`が` → `か`, `タ` → `た`), {@link HAN_INDEX_KEY} for a Han ideograph (`田中` → `漢`), else
 * {@link OTHER_INDEX_KEY}. Agrees with `scriptOf`, so the
 * keys of a list sorted by `sortByName` come in contiguous runs in {@link orderIndexKeys} order.
 * The language does not change a name's key; it is accepted for symmetry with the other helpers.
 */
export function indexKeyOf(name: string, _lang?: PickerLanguage): string {
  const folded = foldForSearch(name);
  const code = folded.charCodeAt(0);
  switch (scriptOfFolded(folded)) {
    case 'hangul':
      if (isHangulSyllableCode(code) || isHangulConsonantCode(code)) {
        const initial = isHangulSyllableCode(code)
          ? initialIndexOfCode(code)
          : leadingInitialIndexOfCode(code);
        return PLAIN_INITIALS[initial]!;
      }
      // A bare vowel sorts as if written with the silent initial ㅇ.
      return 'ㅇ';
    case 'latin':
      return folded[0]!.toUpperCase();
    case 'kana':
      return kanaRowOf(folded) ?? OTHER_INDEX_KEY;
    case 'han':
      return HAN_INDEX_KEY;
    default:
      return OTHER_INDEX_KEY;
  }
}

/**
 * The distinct keys given, in the order their names appear in a list sorted for `lang`: the
 * language's own script first (as in `createNameComparator`), {@link OTHER_INDEX_KEY} last.
 * Unknown keys, which `indexKeyOf` never returns, go just before `#` in code point order.
 */
export function orderIndexKeys(keys: Iterable<string>, lang: PickerLanguage): string[] {
  const present = new Set(keys);
  const ordered: string[] = [];
  for (const script of scriptOrderOf(lang)) {
    for (const key of KEYS_BY_SCRIPT[script]) if (present.has(key)) ordered.push(key);
  }
  const known = new Set(Object.values(KEYS_BY_SCRIPT).flat());
  const unknown = [...present].filter((key) => !known.has(key) && key !== OTHER_INDEX_KEY);
  ordered.push(...unknown.sort());
  if (present.has(OTHER_INDEX_KEY)) ordered.push(OTHER_INDEX_KEY);
  return ordered;
}
