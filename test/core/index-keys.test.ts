import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { sortByName } from '../../src/core/collation.js';
import { indexKeyOf, orderIndexKeys, OTHER_INDEX_KEY } from '../../src/core/index-keys.js';
import type { PickerLanguage } from '../../src/core/language.js';

const languages: PickerLanguage[] = ['ko', 'en', 'ja'];

const letters = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((code) => String.fromCharCode(code));
const nameArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 5 }),
  fc.string({ unit: 'binary', maxLength: 5 }),
  fc.string({
    unit: fc.oneof(
      letters(0xac00, 0xd7a3),
      letters(0x3131, 0x318e),
      letters(0x3041, 0x30ff),
      letters(0x31f0, 0x31ff),
      letters(0xff61, 0xffdc),
      letters(0x20, 0x7e),
      letters(0xc0, 0x24f),
      letters(0x4e00, 0x4e10),
      fc.constantFrom('😀', '①', 'ß', 'ø', '\u0301', '\u3164', 'ー'),
    ),
    maxLength: 5,
  }),
);

describe('indexKeyOf', () => {
  it('keys Hangul by initial consonant, doubles folded', () => {
    const table: Record<string, string> = {
      김철수: 'ㄱ',
      까치: 'ㄱ',
      뚜벅이: 'ㄷ',
      빵: 'ㅂ',
      쌀: 'ㅅ',
      짱구: 'ㅈ',
      하나: 'ㅎ',
      ㅋㅋ: 'ㅋ',
      ㄲ: 'ㄱ',
      ㄳ: 'ㄱ',
      ㅏ: 'ㅇ',
      ' 이수': 'ㅇ',
    };
    for (const [name, key] of Object.entries(table))
      expect(indexKeyOf(name, 'ko'), name).to.equal(key);
  });

  it('keys Latin by folded capital letter', () => {
    const table: Record<string, string> = {
      Bob: 'B',
      bob: 'B',
      émile: 'E',
      Ｚｅｄ: 'Z',
      ' zoe': 'Z',
      Øystein: 'O',
      ſam: 'S',
    };
    for (const [name, key] of Object.entries(table))
      expect(indexKeyOf(name, 'en'), name).to.equal(key);
  });

  it('keys kana by gojūon row, katakana alike', () => {
    const table: Record<string, string> = {
      あおい: 'あ',
      がっこう: 'か',
      タナカ: 'た',
      ｻｸﾗ: 'さ',
      ゃ: 'や',
      っ: 'た',
      ンゴ: 'わ',
      ヴィ: 'あ',
      ぱん: 'は',
    };
    for (const [name, key] of Object.entries(table))
      expect(indexKeyOf(name, 'ja'), name).to.equal(key);
  });

  it('keys names led by a Han ideograph under 漢, in every language', () => {
    for (const name of ['田中', '山田 花子', '金民秀', '　田中']) {
      for (const lang of ['ko', 'en', 'ja'] as const) {
        expect(indexKeyOf(name, lang), name).to.equal('漢');
      }
    }
  });

  it('keys everything else as #', () => {
    for (const name of ['Ωmega', '123', '😀', '#tag', '', '   ', 'ー', '\u3164']) {
      expect(indexKeyOf(name, 'ko'), name).to.equal(OTHER_INDEX_KEY);
    }
  });

  it('does not depend on the language', () => {
    fc.assert(
      fc.property(nameArb, (name) => {
        expect(indexKeyOf(name, 'en')).to.equal(indexKeyOf(name, 'ko'));
        expect(indexKeyOf(name, 'ja')).to.equal(indexKeyOf(name, 'ko'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('orderIndexKeys', () => {
  const keys = ['#', 'B', 'ㅎ', 'か', 'A', 'ㄱ', 'あ', 'B', 'ㄱ'];

  it('orders unique keys by the language’s script order, # last', () => {
    expect(orderIndexKeys(keys, 'ko')).to.deep.equal(['ㄱ', 'ㅎ', 'A', 'B', 'あ', 'か', '#']);
    expect(orderIndexKeys(keys, 'en')).to.deep.equal(['A', 'B', 'ㄱ', 'ㅎ', 'あ', 'か', '#']);
    expect(orderIndexKeys(keys, 'ja')).to.deep.equal(['あ', 'か', 'A', 'B', 'ㄱ', 'ㅎ', '#']);
  });

  it('keeps the full alphabets in order', () => {
    const all = [
      ...'ㅎㅍㅌㅋㅊㅈㅇㅅㅂㅁㄹㄷㄴㄱ',
      ...'ZYXWVUTSRQPONMLKJIHGFEDCBA',
      ...'わらやまはなたさかあ',
    ];
    expect(orderIndexKeys(all, 'ko').join('')).to.equal(
      'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎABCDEFGHIJKLMNOPQRSTUVWXYZあかさたなはまやらわ',
    );
  });

  it('puts unknown keys just before # and handles empty input', () => {
    expect(orderIndexKeys(['#', '★', 'A'], 'en')).to.deep.equal(['A', '★', '#']);
    expect(orderIndexKeys([], 'ko')).to.deep.equal([]);
  });

  for (const lang of languages) {
    it(`groups a sorted list into contiguous runs in orderIndexKeys order (${lang})`, () => {
      fc.assert(
        fc.property(fc.array(nameArb, { maxLength: 40 }), fc.boolean(), (names, descending) => {
          const sorted = sortByName(names, (name) => name, lang);
          const keys = sorted.map((name) => indexKeyOf(name, lang));
          const runs = keys.filter((key, i) => i === 0 || key !== keys[i - 1]);
          expect(runs).to.deep.equal(orderIndexKeys(keys, lang));
          if (descending) {
            const reversed = sortByName(names, (name) => name, lang, 'desc');
            const reversedKeys = reversed.map((name) => indexKeyOf(name, lang));
            const reversedRuns = reversedKeys.filter(
              (key, i) => i === 0 || key !== reversedKeys[i - 1],
            );
            expect(reversedRuns).to.deep.equal([...runs].reverse());
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});
