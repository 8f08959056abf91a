// Switching a picker to a language whose strings are a lazy chunk (Japanese) after its first
// render: `updateComplete` settles once the picker reads in that language. This file's page must
// not load the Japanese chunk before the test (one test, a fresh page).
import { expect } from '@open-wc/testing';
import { mountInline, part } from '../element/harness.js';

describe('a language switch after the first render', () => {
  it('updateComplete waits for the strings of the new language', async () => {
    const el = await mountInline();
    expect(part(el, 'heading')!.textContent.trim()).to.equal('친구 선택');
    el.lang = 'ja';
    await el.updateComplete;
    expect(part(el, 'heading')!.textContent.trim()).to.equal('友だちを選択');
    expect(part(el, 'confirm-button')!.textContent.trim()).to.not.equal('OK');
  });
});
