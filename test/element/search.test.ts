import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  liveText,
  mountInline,
  optionNames,
  part,
  parts,
  search,
  sectionHeaders,
  settle,
  toggle,
} from './harness.js';

describe('search', () => {
  it('finds initial consonants and highlights the matched characters', async () => {
    const el = await mountInline();
    await search(el, 'ㄱㅊ');
    expect(sectionHeaders(el)).to.deep.equal(['검색 결과 (1)']);
    expect(optionNames(el)).to.deep.equal(['김철수']);
    const marks = [...part(el, 'nickname')!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.join('')).to.equal('김철');
    expect(liveText(el)).to.contain('검색 결과 1건');
    await expect(el).to.be.accessible();
  });

  it('matches a syllable still being composed, and mixed syllable + consonant', async () => {
    const el = await mountInline();
    await search(el, '홍기');
    expect(optionNames(el)).to.deep.equal(['홍길동']);
    await search(el, '김ㅊ');
    expect(optionNames(el)).to.deep.equal(['김철수']);
  });

  it('updates while an IME composes (compositionupdate and input with isComposing)', async () => {
    const el = await mountInline();
    const input = part(el, 'search-input') as HTMLInputElement;
    input.focus();
    input.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    input.value = '호';
    input.dispatchEvent(new CompositionEvent('compositionupdate', { data: '호' }));
    input.dispatchEvent(
      new InputEvent('input', {
        data: '호',
        isComposing: true,
        inputType: 'insertCompositionText',
      }),
    );
    await settle(el);
    expect(optionNames(el)).to.deep.equal(['홍길동']);
    input.value = '홍기';
    input.dispatchEvent(new CompositionEvent('compositionupdate', { data: '기' }));
    await settle(el);
    expect(optionNames(el)).to.deep.equal(['홍길동']);
  });

  it('is case-, width- and accent-insensitive', async () => {
    const el = await mountInline();
    await search(el, 'ＢＯＢ');
    expect(optionNames(el)).to.deep.equal(['Bob']);
    await search(el, 'jose');
    expect(optionNames(el)).to.deep.equal(['José']);
    await search(el, 'アオイ');
    expect(optionNames(el)).to.deep.equal(['あおい']);
  });

  it('shows an empty state, hides the index, and clears with the button', async () => {
    const el = await mountInline();
    const indexVisible = () =>
      part(el, 'index')?.checkVisibility({ visibilityProperty: true }) ?? false;
    expect(indexVisible()).to.equal(true);
    await search(el, 'zzz');
    expect(part(el, 'empty')!.textContent).to.contain('검색 결과가 없습니다.');
    expect(indexVisible()).to.equal(false);
    await expect(el).to.be.accessible();
    (el.shadowRoot!.querySelector('.search .clear') as HTMLButtonElement).click();
    await settle(el);
    expect((part(el, 'search-input') as HTMLInputElement).value).to.equal('');
    expect(sectionHeaders(el)).to.deep.equal(['내 프로필', '즐겨찾기', '친구']);
    expect(indexVisible()).to.equal(true);
  });

  it('clears on Escape first', async () => {
    const el = await mountInline();
    const input = part(el, 'search-input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'bob' });
    await settle(el);
    expect(optionNames(el)).to.deep.equal(['Bob']);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(input.value).to.equal('');
    expect(optionNames(el).length).to.be.greaterThan(10);
  });

  it('keeps picks through a search', async () => {
    const el = await mountInline();
    await toggle(el, '홍길동');
    await search(el, 'ㅎ');
    expect(optionNames(el)).to.deep.equal(['강하늘', '이영희', '홍길동']);
    expect(parts(el, 'item')[2]!.getAttribute('aria-selected')).to.equal('true');
    await search(el, '');
    expect(el.selectedUuids).to.deep.equal(['u-hong']);
  });

  it('hides the search box when enableSearch is false', async () => {
    const el = await mountInline((picker) => picker.setAttribute('enable-search', 'false'));
    expect(part(el, 'search-input')).to.equal(null);
  });
});

describe('search while typing on', () => {
  it('gives the same results as a fresh search at every step of an IME sequence', async () => {
    const el = await mountInline();
    const steps = ['ㄱ', '기', '김', '김ㅊ', '김처', '김철', '김철ㅅ', '김철수'];
    const fresh: string[][] = [];
    for (const step of steps) {
      await search(el, '');
      await search(el, step);
      fresh.push(optionNames(el));
    }
    await search(el, '');
    for (const [i, step] of steps.entries()) {
      await search(el, step);
      expect(optionNames(el), step).to.deep.equal(fresh[i]);
    }
    await search(el, 'ㄱ');
    await search(el, 'ㄱㅊ');
    expect(optionNames(el)).to.deep.equal(['김철수']);
    await search(el, 'ㄱ');
    expect(optionNames(el)).to.include.members(['김철수', '강하늘']);
  });

  it('keeps favorites-first order right when showFavorite changes during a search', async () => {
    const el = await mountInline();
    await search(el, 'ㄱ');
    expect(optionNames(el)).to.deep.equal(['김철수', '강하늘', '홍길동', '7번가']);
    el.showFavorite = false;
    await settle(el);
    expect(optionNames(el)).to.deep.equal(['강하늘', '김철수', '홍길동', '7번가']);
  });
});
