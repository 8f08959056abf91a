import { expect } from '@open-wc/testing';
import { baseKanaCodeOf, KANA_ROWS, kanaRowOf, vowelOfBaseKana } from '../../src/core/kana.js';

describe('kanaRowOf', () => {
  it('returns the gojūon row head, folding small and voiced kana', () => {
    const table: Record<string, string> = {
      あ: 'あ',
      お: 'あ',
      ぁ: 'あ',
      が: 'か',
      ゕ: 'か',
      ざ: 'さ',
      じ: 'さ',
      っ: 'た',
      ぢ: 'た',
      ど: 'た',
      ぬ: 'な',
      ぱ: 'は',
      ぼ: 'は',
      も: 'ま',
      ゃ: 'や',
      よ: 'や',
      ろ: 'ら',
      ゎ: 'わ',
      を: 'わ',
      ん: 'わ',
      ゔ: 'あ',
    };
    for (const [ch, row] of Object.entries(table)) expect(kanaRowOf(ch), ch).to.equal(row);
  });

  it('treats katakana, half-width katakana and small Ainu katakana alike', () => {
    expect(kanaRowOf('タ')).to.equal('た');
    expect(kanaRowOf('ガ')).to.equal('か');
    expect(kanaRowOf('ン')).to.equal('わ');
    expect(kanaRowOf('ヴ')).to.equal('あ');
    expect(kanaRowOf('ヺ')).to.equal('わ');
    expect(kanaRowOf('ｶ')).to.equal('か');
    expect(kanaRowOf('ﾝ')).to.equal('わ');
    expect(kanaRowOf('ㇰ')).to.equal('か');
    expect(kanaRowOf('ㇿ')).to.equal('ら');
  });

  it('returns undefined for anything that is not a kana letter', () => {
    for (const ch of ['ー', 'ゝ', '・', 'a', '田', '김', '', '😀']) {
      expect(kanaRowOf(ch), ch).to.equal(undefined);
    }
  });

  it('assigns every hiragana a row, in code order', () => {
    let previous = 0;
    for (let code = 0x3041; code <= 0x3096; code++) {
      const row = kanaRowOf(String.fromCharCode(code));
      expect(row, String.fromCharCode(code)).to.be.a('string');
      const index = KANA_ROWS.indexOf(row!);
      if (code !== 0x3094 && code !== 0x3095 && code !== 0x3096) {
        expect(index).to.be.at.least(previous);
        previous = index;
      }
    }
  });
});

describe('baseKanaCodeOf / vowelOfBaseKana', () => {
  const base = (ch: string) => String.fromCharCode(baseKanaCodeOf(ch.charCodeAt(0)));
  it('folds voiced and small kana onto the big unvoiced one', () => {
    expect(['が', 'ぱ', 'っ', 'ゃ', 'ヴ', 'ヶ', 'ㇰ', 'あ'].map(base).join('')).to.equal(
      'かはつやうけくあ',
    );
    expect(baseKanaCodeOf('a'.charCodeAt(0))).to.equal(-1);
  });

  it('gives the vowel a base kana ends in', () => {
    const vowel = (ch: string) => String.fromCharCode(vowelOfBaseKana(ch.charCodeAt(0)));
    expect(
      ['か', 'し', 'つ', 'ね', 'ほ', 'や', 'ゆ', 'よ', 'わ', 'を'].map(vowel).join(''),
    ).to.equal('あいうえおあうおあお');
    expect(vowelOfBaseKana('ん'.charCodeAt(0))).to.equal(-1);
  });
});
