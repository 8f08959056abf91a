import { expect } from '@open-wc/testing';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { PickerError } from '../../src/errors.js';
import type { FriendDataSource } from '../../src/types.js';
import {
  ControlledSource,
  liveText,
  options,
  part,
  parts,
  search,
  sampleFriends,
  sectionHeaders,
  settle,
  toggle,
  waitFor,
} from '../element/harness.js';
import { languages, mountPicker, setDocumentLang, type Language } from './i18n-harness.js';

interface Expected {
  heading: string;
  placeholder: string;
  clearSearch: string;
  confirm: string;
  close: string;
  sections: string[];
  me: string;
  counter: (count: number) => string;
  hint: string;
  index: string;
  picked: string;
  remove: (name: string) => string;
  results: (count: number) => string;
  resultsLive: (count: number) => string;
  noResults: string;
  empty: string;
  loading: string;
  serverError: string;
  networkError: string;
  retry: string;
  maxOne: string;
}

// The official Kakao vocabulary where it exists (SPEC 4), written out rather than read from the
// XLIFF files so that a wrong or missing translation fails here.
const expected: Record<Language, Expected> = {
  en: {
    heading: 'Select friends',
    placeholder: 'Search by name or nickname',
    clearSearch: 'Clear search',
    confirm: 'OK',
    close: 'Close',
    sections: ['My profile', 'Favorites', 'Friends'],
    me: 'Me',
    counter: (n) => `${n} of 30 selected`,
    hint: 'Select at least 1 friend.',
    index: 'Jump to',
    picked: 'Selected friends',
    remove: (name) => `Remove ${name}`,
    results: (n) => `Search results (${n})`,
    resultsLive: (n) => (n === 1 ? '1 result' : `${n} results`),
    noResults: 'No results found',
    empty: 'No friends to choose from.',
    loading: 'Loading friends…',
    serverError: 'Failed to load the friends list. Please try again later.',
    networkError: 'Could not connect. Check your connection and try again.',
    retry: 'Retry',
    maxOne: 'You can select only 1 friend at a time.',
  },
  ko: {
    heading: '친구 선택',
    placeholder: '이름, 닉네임 검색',
    clearSearch: '검색어 지우기',
    confirm: '확인',
    close: '닫기',
    sections: ['내 프로필', '즐겨찾기', '친구'],
    me: '나',
    counter: (n) => `30명 중 ${n}명 선택됨`,
    hint: '최소 1명의 친구를 선택해주세요.',
    index: '빠른 이동',
    picked: '선택한 친구',
    remove: (name) => `${name} 선택 해제`,
    results: (n) => `검색 결과 (${n})`,
    resultsLive: (n) => `검색 결과 ${n}건`,
    noResults: '검색 결과가 없습니다.',
    empty: '선택할 친구가 없습니다.',
    loading: '친구 목록을 불러오는 중…',
    serverError: '친구 목록을 불러오는데 실패했습니다. 잠시 후 다시 시도해 주세요.',
    networkError: '연결할 수 없습니다. 네트워크 연결을 확인한 후 다시 시도해 주세요.',
    retry: '다시 시도',
    maxOne: '친구는 한 번에 1명까지 선택할 수 있습니다.',
  },
  ja: {
    heading: '友だちを選択',
    placeholder: '名前・ニックネームで検索',
    clearSearch: '検索語をクリア',
    confirm: '決定',
    close: '閉じる',
    sections: ['マイプロフィール', 'お気に入り', '友だち'],
    me: '自分',
    counter: (n) => `30人中${n}人を選択中`,
    hint: '友だちを1人以上選択してください。',
    index: '索引',
    picked: '選択した友だち',
    remove: (name) => `${name}の選択を解除`,
    results: (n) => `検索結果（${n}）`,
    resultsLive: (n) => `検索結果 ${n}件`,
    noResults: '検索結果がありません。',
    empty: '選択できる友だちがいません。',
    loading: '友だちを読み込み中…',
    serverError: '友だちリストを読み込めませんでした。しばらくしてからもう一度お試しください。',
    networkError: '接続できませんでした。ネットワーク接続を確認して、もう一度お試しください。',
    retry: '再試行',
    maxOne: '友だちは一度に1人まで選択できます。',
  },
};

function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function counterLabel(el: KakaoFriendPicker): string {
  return text(part(el, 'counter')!.querySelector('.sr-only'));
}

function failingSource(code: 'server' | 'network'): FriendDataSource {
  return {
    getFriends: () => Promise.reject(new PickerError(code, `test ${code} failure`)),
  };
}

describe('strings and accessible names follow <html lang>', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  for (const lang of languages) {
    const want = expected[lang];

    it(`${lang}: heading, search, sections, counter, hint, buttons, index and live texts`, async () => {
      restore = setDocumentLang(lang);
      const el = await mountPicker();
      expect(el.hasAttribute('lang')).to.equal(false);
      expect(part(el, 'base')!.getAttribute('lang')).to.equal(lang);
      expect(text(part(el, 'heading'))).to.equal(want.heading);
      const list = part(el, 'list')!;
      expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)).to.equal(
        part(el, 'heading'),
      );
      const input = part(el, 'search-input') as HTMLInputElement;
      expect(input.placeholder).to.equal(want.placeholder);
      expect(input.getAttribute('aria-label')).to.equal(want.placeholder);
      expect(sectionHeaders(el)).to.deep.equal(want.sections);
      // The profile's name is 나: the ko tag would say it twice (issue 11).
      const me = part(el, 'my-profile')!.querySelector('.me');
      if (want.me === '나') expect(me).to.equal(null);
      else expect(text(me)).to.equal(want.me);
      expect(counterLabel(el)).to.equal(want.counter(0));
      expect(text(part(el, 'counter')!.querySelector('[aria-hidden="true"]'))).to.equal('0/30');
      // The hint shows once OK was tried too early (issue 11).
      expect(el.shadowRoot!.getElementById('hint')).to.equal(null);
      part(el, 'confirm-button')!.click();
      await el.updateComplete;
      expect(text(el.shadowRoot!.getElementById('hint'))).to.equal(want.hint);
      expect(text(part(el, 'confirm-button'))).to.equal(want.confirm);
      expect(part(el, 'index')!.getAttribute('aria-label')).to.equal(want.index);
      await expect(el).to.be.accessible();

      await toggle(el, '김철수');
      expect(counterLabel(el)).to.equal(want.counter(1));
      expect(el.shadowRoot!.getElementById('hint')).to.equal(null);
      expect(part(el, 'picked')!.getAttribute('aria-label')).to.equal(want.picked);
      expect(part(el, 'picked-item')!.querySelector('button')!.getAttribute('aria-label')).to.equal(
        want.remove('김철수'),
      );

      await search(el, '철수');
      expect(text(part(el, 'section-header'))).to.equal(want.results(1));
      expect(liveText(el)).to.equal(want.resultsLive(1));
      const clear = el.shadowRoot!.querySelector('.search button')!;
      expect(clear.getAttribute('aria-label')).to.equal(want.clearSearch);
      await expect(el).to.be.accessible();

      await search(el, 'o'); // Bob, José
      const found = options(el).length;
      expect(found).to.be.greaterThan(1);
      expect(text(part(el, 'section-header'))).to.equal(want.results(found));
      expect(liveText(el)).to.equal(want.resultsLive(found));
      await search(el, 'zzz');
      expect(text(part(el, 'empty'))).to.equal(want.noResults);
      expect(liveText(el)).to.equal(want.resultsLive(0));
      await expect(el).to.be.accessible();
    });

    it(`${lang}: loading, empty and error states`, async () => {
      restore = setDocumentLang(lang);
      const held = new ControlledSource(sampleFriends);
      held.hold();
      const loading = await mountPicker({ source: held, waitForRows: false });
      await waitFor(() => liveText(loading) === want.loading, 'no loading announcement');
      await expect(loading).to.be.accessible();
      held.open();
      // One picker at a time: axe counts the banner and contentinfo landmarks of the whole page.
      loading.remove();

      const empty = await mountPicker({ friends: [], profile: null });
      expect(text(part(empty, 'empty'))).to.equal(want.empty);
      expect(liveText(empty)).to.equal(want.empty);
      await expect(empty).to.be.accessible();
      empty.remove();

      for (const [code, message] of [
        ['server', want.serverError],
        ['network', want.networkError],
      ] as const) {
        const failed = await mountPicker({ source: failingSource(code) });
        expect(text(part(failed, 'error')!.querySelector('p'))).to.equal(message);
        expect(text(part(failed, 'error')!.querySelector('button'))).to.equal(want.retry);
        expect(liveText(failed)).to.equal(message);
        await expect(failed).to.be.accessible();
        failed.remove();
      }
    });

    it(`${lang}: the popup's close button and the limit message`, async () => {
      restore = setDocumentLang(lang);
      const popup = await mountPicker({ viewType: 'popup' });
      // Let the opening animation finish: axe measures contrast on what is painted.
      await Promise.all(
        part(popup, 'dialog')!
          .getAnimations({ subtree: true })
          .map((animation) => animation.finished),
      );
      expect(part(popup, 'close-button')!.getAttribute('aria-label')).to.equal(want.close);
      expect(text(part(popup, 'heading'))).to.equal(want.heading);
      await expect(popup).to.be.accessible();
      await popup.hide();
      popup.remove();

      const limited = await mountPicker({ configure: (el) => (el.maxPickableCount = 1) });
      await toggle(limited, '김철수');
      expect(liveText(limited)).to.equal(want.maxOne);
    });
  }
});

describe('switching language at runtime', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  it('follows the element lang, live, over <html lang>', async () => {
    restore = setDocumentLang('ko');
    const el = await mountPicker();
    await toggle(el, '김철수');
    expect(text(part(el, 'heading'))).to.equal('친구 선택');

    el.lang = 'ja';
    await settle(el);
    expect(text(part(el, 'heading'))).to.equal('友だちを選択');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('ja');
    expect(sectionHeaders(el)).to.deep.equal(expected.ja.sections);
    expect(counterLabel(el)).to.equal(expected.ja.counter(1));

    el.setAttribute('lang', 'en-US');
    await waitFor(() => text(part(el, 'heading')) === 'Select friends', 'not English');
    await settle(el);
    expect(sectionHeaders(el)).to.deep.equal(expected.en.sections);

    el.removeAttribute('lang');
    await waitFor(() => text(part(el, 'heading')) === '친구 선택', 'not back to <html lang>');
    expect(el.selectedUuids).to.deep.equal(['u-kim']);
  });

  it('follows <html lang> and any ancestor lang, live', async () => {
    restore = setDocumentLang('en');
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    try {
      const el = await mountPicker();
      wrapper.append(el);
      await settle(el);
      expect(text(part(el, 'heading'))).to.equal('Select friends');

      document.documentElement.lang = 'ja';
      await waitFor(() => text(part(el, 'heading')) === '友だちを選択', '<html lang> ignored');

      wrapper.lang = 'ko-KR';
      await waitFor(() => text(part(el, 'heading')) === '친구 선택', 'ancestor lang ignored');
      await settle(el);
      expect(sectionHeaders(el)).to.deep.equal(expected.ko.sections);

      wrapper.removeAttribute('lang');
      await waitFor(() => text(part(el, 'heading')) === '友だちを選択', 'not back to <html>');
    } finally {
      wrapper.remove();
    }
  });

  it('follows the lang of a shadow host it is rendered in', async () => {
    restore = setDocumentLang('en');
    const host = document.createElement('div');
    host.lang = 'ja';
    document.body.append(host);
    try {
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('kakao-friend-picker');
      el.viewType = 'inline';
      el.dataSource = { getFriends: async () => ({ elements: [], totalCount: 0 }) };
      root.append(el);
      await waitFor(() => part(el, 'empty') !== null, 'no empty state');
      expect(text(part(el, 'heading'))).to.equal('友だちを選択');
      host.lang = 'ko';
      await waitFor(() => text(part(el, 'heading')) === '친구 선택', 'shadow host lang ignored');
    } finally {
      host.remove();
    }
  });

  it('falls back to navigator.languages, then English, and follows languagechange', async () => {
    restore = setDocumentLang('fr'); // unsupported: falls through to the browser's languages
    let browser: readonly string[] = ['fr-CA', 'ja-JP', 'ko'];
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => browser });
    try {
      const el = await mountPicker();
      expect(text(part(el, 'heading'))).to.equal('友だちを選択');

      browser = ['ko-KR'];
      window.dispatchEvent(new Event('languagechange'));
      await waitFor(() => text(part(el, 'heading')) === '친구 선택', 'languagechange ignored');

      browser = ['de', 'fr'];
      window.dispatchEvent(new Event('languagechange'));
      await waitFor(() => text(part(el, 'heading')) === 'Select friends', 'no English fallback');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
    }
  });

  it('stops watching once disconnected', async () => {
    restore = setDocumentLang('ko');
    const el = await mountPicker();
    el.remove();
    document.documentElement.lang = 'ja';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(part(el, 'heading'))).to.equal('친구 선택');
    document.body.append(el);
    await waitFor(() => text(part(el, 'heading')) === '友だちを選択', 'not refreshed on connect');
    el.remove();
  });
});

describe('parts and names stay localized in every view', () => {
  it('renders nothing in English inside a Korean picker', async () => {
    const el = await mountPicker({ lang: 'ko' });
    await toggle(el, 'Bob');
    const english = /\b(Select|Search|friends?|Remove|Favorites|Friends|OK|Close|Jump)\b/;
    const attributes = [...el.shadowRoot!.querySelectorAll('[aria-label], [placeholder]')].flatMap(
      (node) => [node.getAttribute('aria-label') ?? '', node.getAttribute('placeholder') ?? ''],
    );
    const texts = parts(el, 'section-header').map(text);
    for (const value of [...attributes, ...texts, text(part(el, 'header'))]) {
      expect(value.replace('Bob', '')).to.not.match(english);
    }
  });
});
