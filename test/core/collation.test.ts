import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nameCharArb } from './arbitraries.js';
import {
  UNKNOWN_SLOT,
  bucketRank,
  createNameComparator,
  scriptOf,
  slotOfBucket,
  slotOfName,
  slotRank,
  sortBucketOf,
  sortByName,
  sortSubOf,
  sortSubOfFolded,
} from '../../src/core/collation.js';
import type { PickerLanguage } from '../../src/core/language.js';
import { foldForSearch } from '../../src/core/normalize.js';

const languages: PickerLanguage[] = ['ko', 'en', 'ja'];
const identity = (name: string) => name;

const samples = [
  '김철수',
  '가나',
  'ㄱㄱ',
  '까치',
  'ㅏ',
  'Bob',
  'bobby',
  'alice',
  'Émile',
  'José',
  'Jose',
  'ＢＯＢ',
  'あおい',
  'タナカ',
  'かいと',
  'ｶﾞｸ',
  '田中',
  '山田',
  'Ωmega',
  '123abc',
  '2pac',
  '😀smile',
  '#tag',
  '',
  ' ',
  '김 철수',
  'a10',
  'a2',
];
const nameArb = fc.oneof(
  fc.constantFrom(...samples),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({
    unit: nameCharArb([' ', 'é', '\u0301', 'ｶ', 'ﾞ', '😀', '\ud800']),
    maxLength: 6,
  }),
);

describe('scriptOf', () => {
  it('classifies a name by its first significant character after folding', () => {
    const table: Record<string, string> = {
      김철수: 'hangul',
      ㄱㄴ: 'hangul',
      ㅏ: 'hangul',
      Bob: 'latin',
      ' Émile': 'latin',
      ＢＯＢ: 'latin',
      あおい: 'kana',
      タナカ: 'kana',
      ｶﾞｸ: 'kana',
      田中: 'han',
      漢字: 'han',
      Ωmega: 'other',
      Иван: 'other',
      '123': 'symbol',
      '😀smile': 'symbol',
      '(주)카카오': 'symbol',
      ー: 'other',
      '': 'symbol',
      '   ': 'symbol',
    };
    for (const [name, script] of Object.entries(table))
      expect(scriptOf(name), name).to.equal(script);
  });
});

describe('sortByName', () => {
  const mixed = [
    '김철수',
    'Bob',
    '田中',
    '123abc',
    '😀smile',
    'あおい',
    'タナカ',
    '가나',
    'alice',
    'Émile',
    '2pac',
    'ㄱㄱ',
    '山田',
    '#tag',
    'かいと',
  ];
  const hangul = ['ㄱㄱ', '가나', '김철수'];
  const latin = ['alice', 'Bob', 'Émile'];
  const kana = ['あおい', 'かいと', 'タナカ'];
  const symbols = ['#tag', '😀smile', '2pac', '123abc'];
  const otherFor = (lang: PickerLanguage) => ['田中', '山田'].sort(new Intl.Collator(lang).compare);

  it('puts the language’s own script first and digits and symbols last (ko)', () => {
    expect(sortByName(mixed, identity, 'ko')).to.deep.equal([
      ...hangul,
      ...latin,
      ...kana,
      ...otherFor('ko'),
      ...symbols,
    ]);
  });

  it('puts the language’s own script first and digits and symbols last (en)', () => {
    expect(sortByName(mixed, identity, 'en')).to.deep.equal([
      ...latin,
      ...hangul,
      ...kana,
      ...otherFor('en'),
      ...symbols,
    ]);
  });

  it('puts the language’s own script first and digits and symbols last (ja)', () => {
    expect(sortByName(mixed, identity, 'ja')).to.deep.equal([
      ...kana,
      ...latin,
      ...hangul,
      ...otherFor('ja'),
      ...symbols,
    ]);
  });

  it('orders Hangul 가나다, a lone consonant before its syllables, doubles after', () => {
    const names = ['하나', '까치', 'ㄲ', '아', '나비', '깋', 'ㅏ', '가나', 'ㄱ'];
    expect(sortByName(names, identity, 'ko')).to.deep.equal([
      'ㄱ',
      '가나',
      '깋',
      'ㄲ',
      '까치',
      '나비',
      'ㅏ',
      '아',
      '하나',
    ]);
  });

  it('orders Latin A–Z ignoring case, width and accents', () => {
    const names = [
      'zoe',
      'José',
      'Chris',
      'bobby',
      'Zed',
      'ＡＮＮ',
      'Jose',
      'Bob',
      'frank',
      'Émile',
    ];
    expect(sortByName(names, identity, 'en')).to.deep.equal([
      'ＡＮＮ',
      'Bob',
      'bobby',
      'Chris',
      'Émile',
      'frank',
      'Jose',
      'José',
      'Zed',
      'zoe',
    ]);
  });

  it('orders numbers inside names by value', () => {
    expect(sortByName(['a10', 'a2', 'a1', 'a02'], identity, 'en')).to.deep.equal([
      'a1',
      'a02',
      'a2',
      'a10',
    ]);
    expect(sortByName(['10', '9', '100', '1'], identity, 'ko')).to.deep.equal([
      '1',
      '9',
      '10',
      '100',
    ]);
  });

  it('orders kana in gojūon order, hiragana and katakana as one', () => {
    expect(sortByName(['タナカ', 'さくら', 'かいと', 'あおい'], identity, 'ja')).to.deep.equal([
      'あおい',
      'かいと',
      'さくら',
      'タナカ',
    ]);
    expect(sortByName(['かく', 'がき', 'かき'], identity, 'ja')).to.deep.equal([
      'かき',
      'がき',
      'かく',
    ]);
    expect(sortByName(['かいと', 'カード', 'かあど'], identity, 'ja')).to.deep.equal([
      'かあど',
      'カード',
      'かいと',
    ]);
    expect(sortByName(['タナカ', 'たなか', 'ﾀﾅｶ'], identity, 'ja')).to.deep.equal([
      'たなか',
      'タナカ',
      'ﾀﾅｶ',
    ]);
  });

  it('reverses for desc and keeps the input untouched', () => {
    const input = ['b', 'a', 'c'];
    expect(sortByName(input, identity, 'en', 'desc')).to.deep.equal(['c', 'b', 'a']);
    expect(input).to.deep.equal(['b', 'a', 'c']);
  });

  it('is stable in both directions', () => {
    const friends = [
      { id: 1, name: 'Bob' },
      { id: 2, name: 'Amy' },
      { id: 3, name: 'Bob' },
      { id: 4, name: 'Amy' },
    ];
    const ids = (order: 'asc' | 'desc') =>
      sortByName(friends, (friend) => friend.name, 'en', order).map((friend) => friend.id);
    expect(ids('asc')).to.deep.equal([2, 4, 1, 3]);
    expect(ids('desc')).to.deep.equal([1, 3, 2, 4]);
  });

  it('treats a missing name as empty', () => {
    const friends = [{ name: 'Bob' }, { name: undefined as unknown as string }];
    expect(sortByName(friends, (friend) => friend.name, 'en')[1]!.name).to.equal(undefined);
  });

  for (const lang of languages) {
    it(`is a stable permutation consistent with the comparator (${lang}, random names)`, () => {
      const compare = createNameComparator(lang);
      fc.assert(
        fc.property(fc.array(nameArb, { maxLength: 25 }), fc.boolean(), (names, descending) => {
          const order = descending ? 'desc' : 'asc';
          const items = names.map((name, index) => ({ name, index }));
          const sorted = sortByName(items, (item) => item.name, lang, order);
          expect(sorted.map((item) => item.index).sort((a, b) => a - b)).to.deep.equal(
            items.map((item) => item.index),
          );
          for (let i = 1; i < sorted.length; i++) {
            const a = sorted[i - 1]!;
            const b = sorted[i]!;
            const result = compare(a.name, b.name);
            if (descending) expect(result).to.be.at.least(0);
            else expect(result).to.be.at.most(0);
            if (result === 0) expect(a.index).to.be.below(b.index);
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe('createNameComparator', () => {
  for (const lang of languages) {
    it(`is a total order (${lang})`, () => {
      const compare = createNameComparator(lang);
      fc.assert(
        fc.property(nameArb, nameArb, nameArb, (a, b, c) => {
          expect(Math.sign(compare(a, b))).to.equal(-Math.sign(compare(b, a)));
          expect(compare(a, b) === 0).to.equal(a === b);
          if (compare(a, b) <= 0 && compare(b, c) <= 0) expect(compare(a, c)).to.be.at.most(0);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('ranks scripts per language', () => {
    const ko = createNameComparator('ko');
    const en = createNameComparator('en');
    const ja = createNameComparator('ja');
    expect(ko('김', 'Bob')).to.be.below(0);
    expect(en('김', 'Bob')).to.be.above(0);
    expect(ja('あ', 'Bob')).to.be.below(0);
    expect(ja('Bob', '김')).to.be.below(0);
    for (const compare of [ko, en, ja]) {
      expect(compare('田中', '1')).to.be.below(0);
      expect(compare('김', '田中')).to.be.below(0);
    }
  });

  describe('sort buckets and slots', () => {
    const languages: PickerLanguage[] = ['ko', 'en', 'ja'];

    it('orders whole buckets like the comparator: a lower bucket never sorts after a higher one', () => {
      fc.assert(
        fc.property(nameArb, nameArb, fc.constantFrom(...languages), (a, b, lang) => {
          const compare = createNameComparator(lang);
          const rankA = bucketRank(sortBucketOf(a), lang);
          const rankB = bucketRank(sortBucketOf(b), lang);
          if (rankA < rankB) expect(compare(a, b), `${a} / ${b}`).to.be.below(0);
          if (rankA > rankB) expect(compare(a, b), `${a} / ${b}`).to.be.above(0);
          // Slots group buckets in the same order.
          const slotA = slotRank(slotOfBucket(sortBucketOf(a)), lang);
          const slotB = slotRank(slotOfBucket(sortBucketOf(b)), lang);
          if (slotA < slotB) expect(rankA).to.be.below(rankB);
        }),
        { numRuns: 2000 },
      );
    });

    it('reads the slot of a name from its first character when it can, as the bucket says', () => {
      fc.assert(
        fc.property(nameArb, (name) => {
          const slot = slotOfName(name);
          if (slot !== UNKNOWN_SLOT) expect(slot, name).to.equal(slotOfBucket(sortBucketOf(name)));
        }),
        { numRuns: 2000 },
      );
      expect(slotOfName('김철수')).to.equal(slotOfBucket(sortBucketOf('김철수')));
      expect(slotOfName(' 김')).to.equal(UNKNOWN_SLOT);
    });

    it('files names starting with ASCII punctuation or a U+2500–U+27BF symbol with the symbols', () => {
      const symbols = sortBucketOf('#');
      expect(sortBucketOf('!')).to.equal(symbols);
      for (let code = 0x21; code <= 0x27bf; code++) {
        if (code === 0x7f) code = 0x2500;
        const ch = String.fromCharCode(code);
        if (/[a-z0-9]/i.test(ch)) continue;
        // What folding makes of it, as the comparator sees it: no letter, whatever follows.
        for (const name of [ch, `${ch}가`, `${ch}\u0301a`]) {
          expect(scriptOf(name), name).to.equal('symbol');
          expect(sortBucketOf(name), name).to.equal(symbols);
          expect(slotOfName(name), name).to.equal(slotOfBucket(symbols));
        }
      }
    });

    // Names that often share a bucket.
    const inBucketArb = fc.oneof(
      nameArb,
      fc
        .tuple(fc.constantFrom('김', '가', 'a', 'B', 'か', 'ㄱ', 'ㅏ', '#', '田'), nameArb)
        .map(([head, tail]) => head + tail),
    );

    it('places names inside a bucket like the comparator: a lower part never sorts after a higher one', () => {
      fc.assert(
        fc.property(inBucketArb, inBucketArb, fc.constantFrom(...languages), (a, b, lang) => {
          const subA = sortSubOfFolded(foldForSearch(a));
          const subB = sortSubOfFolded(foldForSearch(b));
          // What the raw name tells, when it tells anything, is the same.
          for (const [name, sub] of [
            [a, subA],
            [b, subB],
          ] as const) {
            const raw = sortSubOf(name);
            if (raw !== -1) expect(raw, name).to.equal(sub);
          }
          if (sortBucketOf(a) !== sortBucketOf(b) || subA === subB) return;
          const compare = createNameComparator(lang);
          expect(Math.sign(compare(a, b)), `${a} / ${b}`).to.equal(subA < subB ? -1 : 1);
        }),
        { numRuns: 3000 },
      );
      // Names sharing a first syllable, by the initial of the second; the name that ends first.
      const parts = ['김', '김 ', '김가', '김갛', '김ㄴ', '김나', '김ㅎ', '김하'].map((name) =>
        sortSubOfFolded(foldForSearch(name)),
      );
      expect(parts).to.deep.equal([...parts].sort((x, y) => x - y));
      expect(sortSubOf('김가')).to.equal(sortSubOf('김갛'));
      expect(sortSubOf('김가\u11a8')).to.equal(-1);
      expect(sortSubOf('Bob')).to.equal(sortSubOfFolded('bob'));
      expect(sortSubOf('김 철수')).to.equal(-1);
    });
  });
});
