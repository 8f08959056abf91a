import { initialCodeOf, isHangulSyllableCode } from './hangul.js';
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
