import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  foldForSearch,
  foldText,
  foldTextCompact,
  stringFromCharCodes,
} from '../../src/core/normalize.js';

// Random text that stresses folding: graphemes, any code point, lone surrogates, and characters
// chosen for their folding (marks, half-width kana, jamo, fillers, ligatures).
const tricky = [
  '김',
  'ㄱ',
  'ㄳ',
  'ㅘ',
  '과',
  'ᄀ',
  'ᅵ',
  'ᆷ',
  '\u3164',
  'ﾡ',
  'a',
  'A',
  'é',
  '\u0301',
  'ｶ',
  'ﾞ',
  'ア',
  'あ',
  'が',
  '\u3099',
  'ー',
  ' ',
  '\u3000',
  '\u200d',
  '\ufe0f',
  '😀',
  '👍🏽',
  '田',
  'ß',
  'ﬁ',
  'İ',
  'Σ',
  'ς',
  'Ё',
  'กิ',
  '①',
  '㈜',
  '\u0000',
  '\ud800',
  '\udc00',
];
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(...tricky),
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    ),
    maxLength: 10,
  }),
);

describe('foldForSearch', () => {
  it('folds width, case and accents', () => {
    expect(foldForSearch('ＢＯＢ')).to.equal('bob');
    expect(foldForSearch('José')).to.equal('jose');
    expect(foldForSearch('Jose\u0301')).to.equal('jose');
    expect(foldForSearch('Ñandú')).to.equal('nandu');
    expect(foldForSearch('Ёлка')).to.equal('елка');
    expect(foldForSearch('ΆΣΟΣ')).to.equal('ασοσ');
    expect(foldForSearch('ὈΔΥΣΣΕΎΣ')).to.equal('οδυσσευσ');
    expect(foldForSearch('Straße')).to.equal('strasse');
    expect(foldForSearch('Bjørn Łukasz')).to.equal('bjornlukasz');
    expect(foldForSearch('İstanbul')).to.equal('istanbul');
    expect(foldForSearch('ﬁle')).to.equal('file');
    expect(foldForSearch('①②')).to.equal('12');
  });

  it('folds katakana (full and half width) onto hiragana, keeping voiced kana whole', () => {
    expect(foldForSearch('アオイ')).to.equal('あおい');
    expect(foldForSearch('ｱｵｲ')).to.equal('あおい');
    expect(foldForSearch('ｶﾞｷﾞ')).to.equal('がぎ');
    expect(foldForSearch('ﾊﾟﾝ')).to.equal('ぱん');
    expect(foldForSearch('か\u3099')).to.equal('が');
    expect(foldForSearch('ヴァイオリン')).to.equal('ゔぁいおりん');
  });

  it('keeps Hangul syllables and compatibility jamo, and recomposes decomposed Hangul', () => {
    expect(foldForSearch('김철수')).to.equal('김철수');
    expect(foldForSearch('ㄱㅊ')).to.equal('ㄱㅊ');
    expect(foldForSearch('ㄳㅘ')).to.equal('ㄳㅘ');
    expect(foldForSearch('\u1100\u1175\u11b7')).to.equal('김');
    expect(foldForSearch('기\u11b7')).to.equal('김');
    expect(foldForSearch('\u1100')).to.equal('ㄱ');
    expect(foldForSearch('ﾡ')).to.equal('ㄱ');
    expect(foldForSearch('㉠㉮')).to.equal('ㄱ가');
  });

  it('removes whitespace and invisible characters', () => {
    expect(foldForSearch('김 철수')).to.equal('김철수');
    expect(foldForSearch(' Bob\tSmith\n')).to.equal('bobsmith');
    expect(foldForSearch('김\u3000철\u00a0수')).to.equal('김철수');
    expect(foldForSearch('\u3164\u3164')).to.equal('');
    expect(foldForSearch('a\u200bb\u200dc\ufeffd')).to.equal('abcd');
    expect(foldForSearch('❤\ufe0f')).to.equal('❤');
  });

  it('keeps the vowel signs of scripts whose marks are letters', () => {
    expect(foldForSearch('กิ')).to.equal('กิ');
    expect(foldForSearch('हिंदी')).to.equal('हिंदी');
  });

  it('returns the same string when nothing changes', () => {
    const name = '김철수あおい田中bob';
    expect(foldForSearch(name)).to.equal(name);
  });
});

describe('foldText', () => {
  it('maps every folded character back to its original character', () => {
    expect(foldText('ＢＯＢ é')).to.deep.equal({
      text: 'bobe',
      source: [0, 1, 2, 4],
      sourceEnd: [1, 2, 3, 5],
    });
    expect(foldText('Jose\u0301!')).to.deep.equal({
      text: 'jose!',
      source: [0, 1, 2, 3, 5],
      sourceEnd: [1, 2, 3, 5, 6],
    });
    expect(foldText('ｶﾞ김')).to.deep.equal({ text: 'が김', source: [0, 2], sourceEnd: [2, 3] });
    expect(foldText('ß')).to.deep.equal({ text: 'ss', source: [0, 0], sourceEnd: [1, 1] });
    expect(foldText('\u1100\u1175\u11b7수')).to.deep.equal({
      text: '김수',
      source: [0, 3],
      sourceEnd: [3, 4],
    });
  });

  it('keeps surrogate pairs together', () => {
    expect(foldText('😀A')).to.deep.equal({
      text: '😀a',
      source: [0, 1, 2],
      sourceEnd: [2, 2, 3],
    });
    expect(foldText('𝐀b')).to.deep.equal({ text: 'ab', source: [0, 2], sourceEnd: [2, 3] });
  });

  it('survives lone surrogates', () => {
    expect(foldText('\ud800A\udc00').text).to.equal('\ud800a\udc00');
  });

  it('keeps its invariants on random text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = foldText(text);
        expect(folded.source.length).to.equal(folded.text.length);
        expect(folded.sourceEnd.length).to.equal(folded.text.length);
        for (let i = 0; i < folded.text.length; i++) {
          expect(folded.source[i]).to.be.within(0, text.length - 1);
          expect(folded.sourceEnd[i]).to.be.within(folded.source[i]! + 1, text.length);
          if (i > 0) expect(folded.source[i]).to.be.at.least(folded.source[i - 1]!);
        }
        expect(foldForSearch(text)).to.equal(folded.text);
        expect(folded.text).not.to.match(/\s/u);
      }),
      { numRuns: 500 },
    );
  });

  it('folds a lone final jamo to its letter, so nothing dropped lets it join a syllable later', () => {
    // Found by the property below: 과 NUL ᆷ folded to 괌, which a second fold composed into 괌.
    for (const text of ['과\u0000ᆷ', '과\u200bᆷ', '과 ᆷ', 'ᆷ']) {
      const once = foldForSearch(text);
      expect(foldForSearch(once), text).to.equal(once);
    }
    expect(foldForSearch('과\u0000ᆷ')).to.equal('과ㅁ');
    expect(foldForSearch('ᆪ')).to.equal('ㄳ');
    // A final right after its syllable still composes with it.
    expect(foldForSearch('과\u11b7')).to.equal('\uad0c');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = foldForSearch(text);
        expect(foldForSearch(once)).to.equal(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldTextCompact', () => {
  it('drops the maps only when every character folded onto itself', () => {
    expect(foldTextCompact('김철수')).to.deep.equal({
      text: '김철수',
      source: null,
      sourceEnd: null,
    });
    expect(foldTextCompact('Bob').source).to.deep.equal([0, 1, 2]);
    expect(foldTextCompact('กิ').source).to.deep.equal([0, 0]);
  });

  it('agrees with foldText on random text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const full = foldText(text);
        const compact = foldTextCompact(text);
        expect(compact.text).to.equal(full.text);
        if (compact.source === null) {
          expect(full.text).to.equal(text);
          full.source.forEach((index, i) => {
            expect(index).to.equal(i);
          });
        } else {
          expect(compact.source).to.deep.equal(full.source);
          expect(compact.sourceEnd).to.deep.equal(full.sourceEnd);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('stringFromCharCodes', () => {
  it('builds strings of any length', () => {
    expect(stringFromCharCodes([0x41, 0xac00])).to.equal('A가');
    const long = Array.from({ length: 20000 }, (_, i) => 0x61 + (i % 26));
    const text = stringFromCharCodes(long);
    expect(text.length).to.equal(20000);
    expect(text.charCodeAt(19999)).to.equal(0x61 + (19999 % 26));
  });
});
