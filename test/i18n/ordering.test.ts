import { expect, fixture, html } from '@open-wc/testing';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { optionNames, part, search, settle, waitFor } from '../element/harness.js';
import { indexKeys, languages, mixedFriends, mountPicker, type Language } from './i18n-harness.js';

const hangul = ['김철수', '박민수'];
const latin = ['alice', 'Bob', 'José'];
const kana = ['あおい', 'かいと', 'さくら', 'タナカ'];

// SPEC 3: the language's own script first, then the others, digit- and symbol-led names last.
const order: Record<Language, string[]> = {
  ko: [...hangul, ...latin, ...kana],
  en: [...latin, ...hangul, ...kana],
  ja: [...kana, ...latin, ...hangul],
};

const keys: Record<Language, string[]> = {
  ko: ['ㄱ', 'ㅂ', 'A', 'B', 'J', 'あ', 'か', 'さ', 'た', '#'],
  en: ['A', 'B', 'J', 'ㄱ', 'ㅂ', 'あ', 'か', 'さ', 'た', '#'],
  ja: ['あ', 'か', 'さ', 'た', 'A', 'B', 'J', 'ㄱ', 'ㅂ', '#'],
};

const heading: Record<Language, string> = {
  ko: '친구 선택',
  en: 'Select friends',
  ja: '友だちを選択',
};

function mount(lang: string) {
  return mountPicker({ lang, friends: mixedFriends, profile: null });
}

describe('order and index keys per language (mixed scripts)', () => {
  for (const lang of languages) {
    it(`${lang}: its own script first, digit- and symbol-led names last`, async () => {
      const el = await mount(lang);
      const names = optionNames(el);
      expect(names).to.have.length(mixedFriends.length);
      expect(names.slice(0, order[lang].length)).to.deep.equal(order[lang]);
      const rest = names.slice(order[lang].length);
      expect([...rest].sort()).to.deep.equal(['#태그', '10cm', '7번가']);
      // Digit runs compare by value.
      expect(rest.indexOf('7번가')).to.be.lessThan(rest.indexOf('10cm'));
      expect(indexKeys(el)).to.deep.equal(keys[lang]);
    });
  }

  it('ja: kana in gojūon order, hiragana and katakana together, voiced and small kana folded', async () => {
    const friends = [
      'タナカ',
      'ガッツ',
      'あおい',
      'ぱんだ',
      'さくら',
      'きょうこ',
      'かいと',
      'アキラ',
    ].map((name, i) => ({ uuid: `k-${i}`, profile_nickname: name }));
    const el = await mountPicker({ lang: 'ja', friends, profile: null });
    expect(optionNames(el)).to.deep.equal([
      'あおい',
      'アキラ',
      'かいと',
      'ガッツ',
      'きょうこ',
      'さくら',
      'タナカ',
      'ぱんだ',
    ]);
    expect(indexKeys(el)).to.deep.equal(['あ', 'か', 'さ', 'た', 'は']);
  });

  it('favorites stay first, in the language order', async () => {
    const friends = mixedFriends.map((friend) =>
      ['タナカ', 'Bob', '박민수'].includes(friend.profile_nickname!)
        ? { ...friend, favorite: true }
        : friend,
    );
    const el = await mountPicker({ lang: 'ja', friends, profile: null });
    expect(optionNames(el).slice(0, 3)).to.deep.equal(['タナカ', 'Bob', '박민수']);
    el.lang = 'ko';
    await settle(el);
    expect(optionNames(el).slice(0, 3)).to.deep.equal(['박민수', 'Bob', 'タナカ']);
  });

  it('re-sorts and re-indexes when the language changes', async () => {
    const el = await mount('ko');
    el.lang = 'ja';
    await settle(el);
    expect(optionNames(el).slice(0, order.ja.length)).to.deep.equal(order.ja);
    expect(indexKeys(el)).to.deep.equal(keys.ja);
    el.lang = 'en';
    await settle(el);
    expect(optionNames(el).slice(0, order.en.length)).to.deep.equal(order.en);
    expect(indexKeys(el)).to.deep.equal(keys.en);
  });
});

describe('search folds kana, width and accents in every language', () => {
  for (const lang of languages) {
    it(`${lang}: アオイ finds あおい, ＢＯＢ finds Bob, jose finds José`, async () => {
      const el = await mount(lang);
      const cases: [string, string[]][] = [
        ['アオイ', ['あおい']],
        ['ｱｵｲ', ['あおい']],
        ['たなか', ['タナカ']],
        ['ＢＯＢ', ['Bob']],
        ['bob', ['Bob']],
        ['jose', ['José']],
        ['JOSÉ', ['José']],
        ['ㄱㅊ', ['김철수']],
      ];
      for (const [query, found] of cases) {
        await search(el, query);
        expect(optionNames(el), query).to.deep.equal(found);
      }
    });
  }
});

describe('two pickers in two languages on one page', () => {
  it('renders each in its own language, strings and order, and swaps live', async () => {
    // Side by side: the virtualizer renders no rows for a list scrolled out of the viewport.
    const pair = await fixture<HTMLDivElement>(
      html`<div style="display: flex; gap: 8px">
        <kakao-friend-picker view-type="inline" lang="ko" style="height: 500px; width: 380px">
        </kakao-friend-picker>
        <kakao-friend-picker view-type="inline" lang="ja" style="height: 500px; width: 380px">
        </kakao-friend-picker>
      </div>`,
    );
    const [ko, ja] = [...pair.querySelectorAll('kakao-friend-picker')] as [
      KakaoFriendPicker,
      KakaoFriendPicker,
    ];
    for (const el of [ko, ja]) el.dataSource = new ArrayFriendSource(mixedFriends);
    await waitFor(() => optionNames(ko).length > 0 && optionNames(ja).length > 0, 'no rows');
    await settle(ko);
    await settle(ja);
    const check = (el: KakaoFriendPicker, lang: Language) => {
      expect(part(el, 'heading')!.textContent.trim()).to.equal(heading[lang]);
      expect(optionNames(el).slice(0, order[lang].length)).to.deep.equal(order[lang]);
      expect(indexKeys(el)).to.deep.equal(keys[lang]);
    };
    check(ko, 'ko');
    check(ja, 'ja');
    expect((part(ko, 'search-input') as HTMLInputElement).placeholder).to.equal(
      '이름, 닉네임 검색',
    );
    expect((part(ja, 'search-input') as HTMLInputElement).placeholder).to.equal(
      '名前・ニックネームで検索',
    );

    ko.lang = 'ja';
    ja.setAttribute('lang', 'ko');
    await waitFor(() => part(ja, 'heading')!.textContent.trim() === heading.ko, 'no swap');
    await settle(ko);
    await settle(ja);
    check(ko, 'ja');
    check(ja, 'ko');
  });
});
