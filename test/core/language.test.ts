import { expect } from '@open-wc/testing';
import { SUPPORTED_LANGUAGES } from '../../src/core/language.js';

describe('SUPPORTED_LANGUAGES', () => {
  it('lists English, Korean and Japanese, English first', () => {
    expect([...SUPPORTED_LANGUAGES]).to.deep.equal(['en', 'ko', 'ja']);
  });
});
