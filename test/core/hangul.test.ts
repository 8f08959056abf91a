import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  compatibilityJamoOfCode,
  foldDoubleConsonant,
  HANGUL_INITIALS,
  hasFinalConsonantCode,
  hangulInitialOf,
  isHangulConsonant,
  isHangulSyllable,
  jamoKeysOfCode,
  leadingInitialIndexOfCode,
} from '../../src/core/hangul.js';

const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCharCode(code));

describe('HANGUL_INITIALS', () => {
  it('holds the 19 initial consonants as compatibility jamo, in syllable order', () => {
    expect(HANGUL_INITIALS.join('')).to.equal('ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ');
    for (const ch of HANGUL_INITIALS) {
      expect(ch.charCodeAt(0)).to.be.within(0x3131, 0x314e);
    }
  });
});

describe('isHangulSyllable / isHangulConsonant', () => {
  it('tells syllables from jamo and other letters', () => {
    expect(['가', '김', '힣'].map(isHangulSyllable)).to.deep.equal([true, true, true]);
    expect(['ㄱ', 'ㅏ', 'a', '', '\u1100', '\uabff', '\ud7a4'].map(isHangulSyllable)).to.deep.equal(
      [false, false, false, false, false, false, false],
    );
    expect(['ㄱ', 'ㅎ', 'ㄳ', 'ㅄ'].map(isHangulConsonant)).to.deep.equal([true, true, true, true]);
    expect(['ㅏ', '가', 'a', '\u1100', ''].map(isHangulConsonant)).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('hangulInitialOf', () => {
  it('returns the initial consonant of a syllable, doubles included', () => {
    expect(hangulInitialOf('김')).to.equal('ㄱ');
    expect(hangulInitialOf('까')).to.equal('ㄲ');
    expect(hangulInitialOf('철')).to.equal('ㅊ');
    expect(hangulInitialOf('가')).to.equal('ㄱ');
    expect(hangulInitialOf('힣')).to.equal('ㅎ');
    expect(hangulInitialOf('쫑')).to.equal('ㅉ');
  });

  it('returns undefined for anything but a syllable', () => {
    expect(hangulInitialOf('ㄱ')).to.equal(undefined);
    expect(hangulInitialOf('a')).to.equal(undefined);
    expect(hangulInitialOf('')).to.equal(undefined);
  });
});

/** The keystroke jamo of one character, or the character itself (as the search reads them). */
function jamoOf(ch: string): string {
  return ch.length === 1 ? (jamoKeysOfCode(ch.charCodeAt(0)) ?? ch) : ch;
}

describe('jamoKeysOfCode', () => {
  it('spells syllables as their keystrokes, splitting compound vowels and finals', () => {
    const table: Record<string, string> = {
      과: 'ㄱㅗㅏ',
      닭: 'ㄷㅏㄹㄱ',
      길: 'ㄱㅣㄹ',
      가: 'ㄱㅏ',
      까: 'ㄲㅏ',
      쌍: 'ㅆㅏㅇ',
      있: 'ㅇㅣㅆ',
      뷁: 'ㅂㅜㅔㄹㄱ',
      의: 'ㅇㅡㅣ',
      왜: 'ㅇㅗㅐ',
      값: 'ㄱㅏㅂㅅ',
      않: 'ㅇㅏㄴㅎ',
      힣: 'ㅎㅣㅎ',
      얘: 'ㅇㅒ',
    };
    for (const [ch, keys] of Object.entries(table)) expect(jamoOf(ch), ch).to.equal(keys);
  });

  it('splits compound compatibility jamo and leaves everything else alone', () => {
    expect(jamoOf('ㄳ')).to.equal('ㄱㅅ');
    expect(jamoOf('ㅀ')).to.equal('ㄹㅎ');
    expect(jamoOf('ㅄ')).to.equal('ㅂㅅ');
    expect(jamoOf('ㅘ')).to.equal('ㅗㅏ');
    expect(jamoOf('ㅢ')).to.equal('ㅡㅣ');
    expect(jamoOf('ㄲ')).to.equal('ㄲ');
    expect(jamoOf('ㄱ')).to.equal('ㄱ');
    expect(jamoOf('ㅐ')).to.equal('ㅐ');
    expect(jamoOf('a')).to.equal('a');
    expect(jamoOf('😀')).to.equal('😀');
    expect(jamoOf('')).to.equal('');
  });

  it('gives every one of the 11,172 syllables a distinct spelling that starts with its initial', () => {
    const seen = new Set<string>();
    for (let code = 0xac00; code <= 0xd7a3; code++) {
      const ch = String.fromCharCode(code);
      const keys = jamoOf(ch);
      expect(keys.length).to.be.within(2, 5);
      expect(keys[0]).to.equal(hangulInitialOf(ch));
      for (const key of keys) expect(key.charCodeAt(0)).to.be.within(0x3131, 0x3163);
      seen.add(keys);
    }
    expect(seen.size).to.equal(11172);
  });

  it('agrees with Unicode on initials and vowels (compatibility jamo NFKC to conjoining jamo)', () => {
    const compatByConjoining = new Map<string, string>();
    for (let code = 0x3131; code <= 0x3163; code++) {
      const ch = String.fromCharCode(code);
      compatByConjoining.set(ch.normalize('NFKC'), ch);
    }
    fc.assert(
      fc.property(syllable, (ch) => {
        const [initial, medial, final] = [...ch.normalize('NFD')];
        const open = String.fromCharCode(ch.charCodeAt(0) - ((ch.charCodeAt(0) - 0xac00) % 28));
        const expectedOpen =
          jamoOf(compatByConjoining.get(initial!)!) + jamoOf(compatByConjoining.get(medial!)!);
        expect(jamoOf(open)).to.equal(expectedOpen);
        const finalKeys = jamoOf(ch).slice(expectedOpen.length);
        expect(jamoOf(ch).startsWith(expectedOpen)).to.equal(true);
        if (final === undefined) expect(finalKeys).to.equal('');
        else expect(finalKeys.length).to.be.within(1, 2);
        for (const key of finalKeys) expect(isHangulConsonant(key)).to.equal(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hasFinalConsonantCode', () => {
  it('tells syllables with a final consonant from open ones', () => {
    const hasFinal = (ch: string) => hasFinalConsonantCode(ch.charCodeAt(0));
    expect(['가', '김', '닭', '하', '힣'].map(hasFinal)).to.deep.equal([
      false,
      true,
      true,
      false,
      true,
    ]);
  });
});

describe('foldDoubleConsonant', () => {
  it('folds the five doubles onto their plain consonant', () => {
    expect(['ㄲ', 'ㄸ', 'ㅃ', 'ㅆ', 'ㅉ'].map(foldDoubleConsonant).join('')).to.equal('ㄱㄷㅂㅅㅈ');
    expect(['ㄱ', 'ㅎ', 'a'].map(foldDoubleConsonant).join('')).to.equal('ㄱㅎa');
  });
});

describe('leadingInitialIndexOfCode', () => {
  it('gives initials their own index and compounds the index of their first part', () => {
    expect(leadingInitialIndexOfCode('ㄱ'.charCodeAt(0))).to.equal(0);
    expect(leadingInitialIndexOfCode('ㅎ'.charCodeAt(0))).to.equal(18);
    expect(leadingInitialIndexOfCode('ㄳ'.charCodeAt(0))).to.equal(0);
    expect(leadingInitialIndexOfCode('ㄺ'.charCodeAt(0))).to.equal(5);
    expect(leadingInitialIndexOfCode('ㅏ'.charCodeAt(0))).to.equal(-1);
    expect(leadingInitialIndexOfCode('a'.charCodeAt(0))).to.equal(-1);
  });
});

describe('compatibilityJamoOfCode', () => {
  it('maps conjoining jamo back onto compatibility jamo', () => {
    expect(compatibilityJamoOfCode(0x1100)).to.equal(0x3131); // ᄀ → ㄱ
    expect(compatibilityJamoOfCode(0x1161)).to.equal(0x314f); // ᅡ → ㅏ
    expect(compatibilityJamoOfCode(0x11aa)).to.equal(0x3133); // ᆪ → ㄳ
    expect(compatibilityJamoOfCode(0x0041)).to.equal(undefined);
  });
});
