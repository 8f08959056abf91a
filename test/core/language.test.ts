import { expect } from '@open-wc/testing';
import { matchPickerLanguage, SUPPORTED_LANGUAGES } from '../../src/core/language.js';

describe('SUPPORTED_LANGUAGES', () => {
  it('lists English, Korean and Japanese, English first', () => {
    expect([...SUPPORTED_LANGUAGES]).to.deep.equal(['en', 'ko', 'ja']);
  });
});

describe('matchPickerLanguage', () => {
  it('matches by primary subtag, case-insensitively', () => {
    expect(matchPickerLanguage('ko')).to.equal('ko');
    expect(matchPickerLanguage('ko-KR')).to.equal('ko');
    expect(matchPickerLanguage('JA')).to.equal('ja');
    expect(matchPickerLanguage('ja-JP-u-ca-japanese')).to.equal('ja');
    expect(matchPickerLanguage('en_US')).to.equal('en');
    expect(matchPickerLanguage(' en-GB ')).to.equal('en');
  });

  it('returns undefined for other languages and empty values', () => {
    expect(matchPickerLanguage('fr-FR')).to.equal(undefined);
    expect(matchPickerLanguage('kok')).to.equal(undefined);
    expect(matchPickerLanguage('')).to.equal(undefined);
    expect(matchPickerLanguage(null)).to.equal(undefined);
    expect(matchPickerLanguage(undefined)).to.equal(undefined);
  });
});
