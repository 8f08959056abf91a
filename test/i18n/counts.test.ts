import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatCount, pluralOf } from '../../src/localization/counts.js';

const languages = ['ko', 'en', 'ja'] as const;

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).to.equal('0');
    expect(formatCount(7)).to.equal('7');
    expect(formatCount(999)).to.equal('999');
    expect(formatCount(1000)).to.equal('1,000');
    expect(formatCount(12345)).to.equal('12,345');
    expect(formatCount(100000)).to.equal('100,000');
    expect(formatCount(1234567)).to.equal('1,234,567');
    expect(formatCount(-1234)).to.equal('-1,234');
    expect(formatCount(Number.MAX_SAFE_INTEGER)).to.equal('9,007,199,254,740,991');
  });

  it('writes every integer as Intl.NumberFormat does in ko, en and ja', () => {
    const formats = languages.map((language) => new Intl.NumberFormat(language));
    fc.assert(
      fc.property(fc.maxSafeInteger(), (count) => {
        for (const format of formats) expect(formatCount(count)).to.equal(format.format(count));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves non-integers as JavaScript writes them', () => {
    expect(formatCount(1.5)).to.equal('1.5');
    expect(formatCount(Number.NaN)).to.equal('NaN');
    expect(formatCount(Number.POSITIVE_INFINITY)).to.equal('Infinity');
  });
});

describe('pluralOf', () => {
  it('English has one and other; Korean and Japanese only other', () => {
    expect(pluralOf('en', 1)).to.equal('one');
    expect(pluralOf('en', 0)).to.equal('other');
    expect(pluralOf('en', 2)).to.equal('other');
    expect(pluralOf('en', 30)).to.equal('other');
    expect(pluralOf('ko', 1)).to.equal('other');
    expect(pluralOf('ja', 1)).to.equal('other');
  });

  it('agrees with Intl.PluralRules for every integer count', () => {
    const rules = languages.map((language) => [language, new Intl.PluralRules(language)] as const);
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 10_000_000 }), (count) => {
        for (const [language, rule] of rules) {
          expect(pluralOf(language, count), `${language} ${count}`).to.equal(rule.select(count));
        }
      }),
      { numRuns: 2000 },
    );
    for (const [language, rule] of rules) {
      for (const count of [0, 1, 2, 11, 21, 101]) {
        expect(pluralOf(language, count)).to.equal(rule.select(count));
      }
    }
  });
});
