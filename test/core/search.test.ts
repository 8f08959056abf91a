import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { hangulInitialOf } from '../../src/core/hangul.js';
import { prepareName } from '../../src/core/search.js';
import { matchName, narrowsSearch, prepareQuery } from '../../src/core/search-match.js';
import type { MatchRange } from '../../src/core/search.js';

function find(nickname: string, query: string): MatchRange[] | null {
  const prepared = prepareQuery(query);
  expect(prepared, `query ${JSON.stringify(query)}`).not.to.equal(null);
  return matchName(prepareName(nickname), prepared!);
}

function highlighted(nickname: string, ranges: readonly MatchRange[] | null): string[] {
  return (ranges ?? []).map(([start, end]) => nickname.slice(start, end));
}

const tricky = [
  '김',
  '철',
  '수',
  '과',
  '길',
  'ㄱ',
  'ㅊ',
  'ㄹ',
  'ㄳ',
  'ㅘ',
  'ㅏ',
  'ᄀ',
  'ᅵ',
  'ᆷ',
  '\u3164',
  'a',
  'B',
  'é',
  '\u0301',
  'ｶ',
  'ﾞ',
  'ア',
  'が',
  'ー',
  ' ',
  '\u200d',
  '😀',
  '田',
  'ß',
  'ﬁ',
  'İ',
  '1',
  '\ud800',
];
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(...tricky), maxLength: 8 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    maxLength: 8,
  }),
);
const hangulText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCharCode(code)),
    fc.integer({ min: 0x3131, max: 0x3163 }).map((code) => String.fromCharCode(code)),
    fc.constantFrom('김', '철', '수', '처', '리', ' ', 'a'),
  ),
  minLength: 1,
  maxLength: 6,
});

function graphemesOf(text: string): string[] {
  return [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map(
    (part) => part.segment,
  );
}

function expectWellFormed(ranges: readonly MatchRange[], length: number): void {
  expect(ranges.length).to.be.at.least(1);
  let previousEnd = -1;
  for (const [start, end] of ranges) {
    expect(start).to.be.at.least(0);
    expect(end).to.be.at.most(length);
    expect(start).to.be.below(end);
    // Sorted and merged: a gap separates consecutive ranges.
    expect(start).to.be.above(previousEnd);
    previousEnd = end;
  }
}

describe('prepareQuery', () => {
  it('returns null when nothing is left after folding', () => {
    expect(prepareQuery('')).to.equal(null);
    expect(prepareQuery('   ')).to.equal(null);
    expect(prepareQuery('\u3000\u200b\u3164')).to.equal(null);
  });
});

describe('matchName', () => {
  it('finds initial-consonant queries (ㄱㅊ, 김ㅊ)', () => {
    expect(find('김철수', 'ㄱㅊ')).to.deep.equal([[0, 2]]);
    expect(find('김철수', 'ㄱㅊㅅ')).to.deep.equal([[0, 3]]);
    expect(find('김철수', '김ㅊ')).to.deep.equal([[0, 2]]);
    expect(find('김철수', 'ㅊㅅ')).to.deep.equal([[1, 3]]);
    expect(find('김철수', 'ㅊ수')).to.deep.equal([[1, 3]]);
    expect(find('ㅋㅋ 웃김', 'ㅋ')).to.deep.equal([[0, 1]]);
  });

  it('matches a consonant only against that exact initial', () => {
    expect(find('김철수', 'ㄴ')).to.equal(null);
    expect(find('까치', 'ㄱㅊ')).to.equal(null);
    expect(find('까치', 'ㄲㅊ')).to.deep.equal([[0, 2]]);
    expect(find('김철수', 'ㅊㄱ')).to.equal(null);
  });

  it('matches the syllable still being composed (홍기, 김철, 고)', () => {
    expect(find('홍길동', '홍기')).to.deep.equal([[0, 2]]);
    expect(find('홍길동', '홍')).to.deep.equal([[0, 1]]);
    expect(find('홍길동', '길도')).to.deep.equal([[1, 3]]);
    // ㅊㅓㄹ runs into the next syllable: both are highlighted.
    expect(find('김처리', '김철')).to.deep.equal([[0, 3]]);
    expect(find('김철수', '김철')).to.deep.equal([[0, 2]]);
    expect(find('과자', '고')).to.deep.equal([[0, 1]]);
    expect(find('과자', '가')).to.equal(null);
    expect(find('닭갈비', '달')).to.deep.equal([[0, 1]]);
    expect(find('김철수', '김철수')).to.deep.equal([[0, 3]]);
    expect(find('김철수', '김처')).to.deep.equal([[0, 2]]);
    expect(find('김철수', '김천')).to.equal(null);
  });

  it('only treats the last syllable as unfinished', () => {
    expect(find('김처리', '기처')).to.equal(null);
    expect(find('김철수', '기철')).to.equal(null);
  });

  it('accepts a trailing lone jamo of the syllable being composed (김처ㄹ, 고ㅏ, ㄱㅏ)', () => {
    expect(find('김철수', '김처ㄹ')).to.deep.equal([[0, 2]]);
    expect(find('김처리', '김처ㄹ')).to.deep.equal([[0, 3]]);
    expect(find('과자', '고ㅏ')).to.deep.equal([[0, 1]]);
    expect(find('가나', 'ㄱㅏ')).to.deep.equal([[0, 1]]);
    expect(find('김철수', '김처ㅁ')).to.equal(null);
  });

  it('is case-, width- and accent-insensitive', () => {
    expect(find('Bob', 'ＢＯＢ')).to.deep.equal([[0, 3]]);
    expect(find('ＢＯＢ', 'bob')).to.deep.equal([[0, 3]]);
    expect(find('bobby', 'BOB')).to.deep.equal([[0, 3]]);
    expect(find('José', 'jose')).to.deep.equal([[0, 4]]);
    expect(find('Jose\u0301 Lee', 'josel')).to.deep.equal([
      [0, 5],
      [6, 7],
    ]);
    expect(find('Jose', 'José')).to.deep.equal([[0, 4]]);
    expect(find('Straße', 'strasse')).to.deep.equal([[0, 6]]);
    expect(find('Straße', 'ss')).to.deep.equal([[4, 5]]);
  });

  it('treats hiragana and katakana alike', () => {
    expect(find('あおい', 'アオイ')).to.deep.equal([[0, 3]]);
    expect(find('アオイ', 'あおい')).to.deep.equal([[0, 3]]);
    expect(find('ｱｵｲ', 'おい')).to.deep.equal([[1, 3]]);
    expect(find('ｶﾞｸ', 'が')).to.deep.equal([[0, 2]]);
    expect(find('タナカ', 'か')).to.deep.equal([[2, 3]]);
  });

  it('ignores whitespace on both sides and skips it in highlights', () => {
    expect(find('김 철수', '김철')).to.deep.equal([
      [0, 1],
      [2, 3],
    ]);
    expect(find('김철수', '김 철')).to.deep.equal([[0, 2]]);
    expect(find('Mary Ann', 'yan')).to.deep.equal([
      [3, 4],
      [5, 7],
    ]);
    expect(highlighted('Mary Ann', find('Mary Ann', 'yan'))).to.deep.equal(['y', 'An']);
  });

  it('reports UTF-16 ranges of the original text around surrogate pairs', () => {
    expect(find('😀김철수', '철')).to.deep.equal([[3, 4]]);
    expect(find('😀김철수', '😀김')).to.deep.equal([[0, 3]]);
    expect(find('a😀b', '😀')).to.deep.equal([[1, 3]]);
    expect(find('𠮷野家', '野')).to.deep.equal([[2, 3]]);
    expect(find('𝐁𝐨𝐛', 'bob')).to.deep.equal([[0, 6]]);
    expect(find('ﬁle', 'f')).to.deep.equal([[0, 1]]);
    expect(find('ﬁle', 'il')).to.deep.equal([[0, 2]]);
  });

  it('finds substrings anywhere and reports no match otherwise', () => {
    expect(find('Christopher', 'TOP')).to.deep.equal([[5, 8]]);
    expect(find('김철수', '수철')).to.equal(null);
    expect(find('Bob', 'bobby')).to.equal(null);
    expect(find('', 'a')).to.equal(null);
    expect(find('abc', 'ㄱ')).to.equal(null);
  });

  it('never throws on random names and queries, and returns well-formed ranges', () => {
    fc.assert(
      fc.property(anyText, anyText, (nickname, query) => {
        const prepared = prepareQuery(query);
        if (prepared === null) return;
        const ranges = matchName(prepareName(nickname), prepared);
        if (ranges !== null) expectWellFormed(ranges, nickname.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('matches every name against itself and any grapheme-aligned substring of it', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, hangulText), fc.nat(), fc.nat(), (nickname, a, b) => {
        const name = prepareName(nickname);
        const self = prepareQuery(nickname);
        if (self !== null) expect(matchName(name, self), 'self').not.to.equal(null);
        const graphemes = graphemesOf(nickname);
        const from = a % (graphemes.length + 1);
        const to = from + (b % (graphemes.length - from + 1));
        const query = prepareQuery(graphemes.slice(from, to).join(''));
        if (query !== null) {
          const ranges = matchName(name, query);
          expect(ranges, graphemes.slice(from, to).join('')).not.to.equal(null);
          expectWellFormed(ranges!, nickname.length);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('highlights text that folds to the query, for queries without Hangul', () => {
    const noHangul = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff\uffa0-\uffdc]/;
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (nickname, a, b) => {
        fc.pre(!noHangul.test(nickname));
        const graphemes = graphemesOf(nickname);
        const from = a % (graphemes.length + 1);
        const to = from + (b % (graphemes.length - from + 1));
        const query = prepareQuery(graphemes.slice(from, to).join(''));
        if (query === null) return;
        const ranges = matchName(prepareName(nickname), query)!;
        const shown = prepareQuery(highlighted(nickname, ranges).join(''));
        expect(shown?.text).to.include(query.text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('narrowsSearch', () => {
  it('recognizes typing on and IME steps, and nothing else', () => {
    expect(narrowsSearch('ㄱ', '기')).to.equal(true);
    expect(narrowsSearch('기', '김')).to.equal(true);
    expect(narrowsSearch('김', '김ㅊ')).to.equal(true);
    expect(narrowsSearch('김처', '김철')).to.equal(true);
    expect(narrowsSearch('각', '가고')).to.equal(true);
    expect(narrowsSearch('so', 'SOP')).to.equal(true);
    expect(narrowsSearch('김철', '김처')).to.equal(false);
    expect(narrowsSearch('ㄱ', 'ㄲ')).to.equal(false);
    expect(narrowsSearch('', 'a')).to.equal(false);
    expect(narrowsSearch('bob', 'bo')).to.equal(false);
  });

  it('never loses a match: whatever matches the longer query matches the shorter one', () => {
    const alphabet = [
      '김',
      '철',
      '수',
      '처',
      '리',
      '가',
      '각',
      '고',
      '기',
      '길',
      '동',
      'ㄱ',
      'ㅊ',
      'ㄹ',
      'ㅅ',
      'ㅏ',
      'a',
      'b',
      ' ',
    ];
    const text = fc
      .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 6 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, text, (name, next) => {
        // Shorter forms of `next` as an IME passes through them: fewer characters, or the last
        // syllable reduced to its initial consonant.
        const last = next.at(-1)!;
        const previousForms = [
          next.slice(0, -1),
          next.slice(0, -1) + (hangulInitialOf(last) ?? last),
        ];
        const prepared = prepareName(name);
        const nextQuery = prepareQuery(next);
        if (nextQuery === null || matchName(prepared, nextQuery) === null) return true;
        for (const previous of previousForms) {
          const previousQuery = prepareQuery(previous);
          if (!narrowsSearch(previous, next) || previousQuery === null) continue;
          if (matchName(prepared, previousQuery) === null) return false;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});
