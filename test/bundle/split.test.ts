// The split no-build bundles (docs/frameworks.md, "Plain HTML"): kakao.bundle.js and select.bundle.js share the
// core bundle (one Lit, one element), and what the first screen does not need arrives only when
// it is used: the JSON file reader on first use of `src`, the Japanese strings with the first
// Japanese picker. The order of the tests matters: each checks what this page has fetched so far.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type { FriendDataSource, FriendsPage } from '../../src/types.js';
import type * as core from '../../src/bundles/core.js';
import type * as kakao from '../../src/bundles/kakao.js';
import type * as select from '../../src/bundles/select.js';

declare global {
  // Lit adds its version to these lists each time a copy of it loads.
  var litElementVersions: string[] | undefined;
  var litHtmlVersions: string[] | undefined;
}

/** The test framework brings its own Lit: count the copies loaded after it. */
const litCopiesBefore = globalThis.litHtmlVersions?.length ?? 0;
const litElementsBefore = globalThis.litElementVersions?.length ?? 0;

function fetched(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => pattern.test(path));
}

function waitFor(predicate: () => unknown, message: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 5000 });
}

/** A source that never answers: the picker stays in its loading state. */
const pending: FriendDataSource = { getFriends: () => new Promise<FriendsPage>(() => undefined) };

function text(el: KakaoFriendPicker, name: string): string {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent?.trim() ?? '';
}

async function mount(lang: string, configure: (el: KakaoFriendPicker) => void) {
  const el = document.createElement('kakao-friend-picker');
  el.setAttribute('view-type', 'inline');
  el.setAttribute('lang', lang);
  el.style.height = '400px';
  configure(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

const CORE_URL = '/dist/kakao-friend-picker.bundle.js';
const KAKAO_URL = '/dist/kakao.bundle.js';
const SELECT_URL = '/dist/select.bundle.js';

let bundle: typeof core;

before(async () => {
  bundle = (await import(/* @vite-ignore */ CORE_URL)) as typeof core;
});

afterEach(() => {
  for (const el of document.querySelectorAll('kakao-friend-picker')) el.remove();
});

describe('the core bundle', () => {
  it('loads one more copy of Lit, and neither the JSON reader nor the Japanese strings', () => {
    expect(globalThis.litHtmlVersions!.length).to.equal(litCopiesBefore + 1);
    expect(globalThis.litElementVersions!.length).to.equal(litElementsBefore + 1);
    expect(fetched(/\/dist\/chunks\/json-file-/)).to.deep.equal([]);
    expect(fetched(/\/dist\/chunks\/ja-/)).to.deep.equal([]);
    expect(fetched(/\/dist\/chunks\/kakao-errors-/)).to.deep.equal([]);
    expect(fetched(/\/dist\/(kakao|select)\.bundle\.js$/)).to.deep.equal([]);
  });

  it('renders a Korean picker with no further request', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await mount('ko', (picker) => (picker.dataSource = pending));
    await nextFrame();
    expect(text(el, 'heading')).to.equal('친구 선택');
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });

  it('renders a Japanese picker in Japanese from its first render (the strings load first)', async () => {
    const el = await mount('ja', (picker) => (picker.dataSource = pending));
    expect(text(el, 'heading')).to.equal('友だちを選択');
    expect(el.shadowRoot!.textContent).to.not.include('Select friends');
    expect(fetched(/\/dist\/chunks\/ja-/)).to.have.length(1);
  });

  it('loads the JSON reader on the first use of src, and shows its rows', async () => {
    expect(fetched(/\/dist\/chunks\/json-file-/)).to.deep.equal([]);
    const el = await mount('ko', (picker) => (picker.src = '/test/data/fixtures/friends.json'));
    await waitFor(
      () => el.shadowRoot!.querySelectorAll('[role="option"]').length > 0,
      'no rows from the JSON file',
    );
    expect(fetched(/\/dist\/chunks\/json-file-/)).to.have.length(1);
    expect(fetched(/\/dist\/(kakao|select)\.bundle\.js$/)).to.deep.equal([]);
  });

  it('loads the messages of errors only a Kakao answer brings with the first error', async () => {
    expect(fetched(/\/dist\/chunks\/kakao-errors-/)).to.deep.equal([]);
    const expired: FriendDataSource = {
      getFriends: () => Promise.reject(new bundle.PickerError('unauthorized', 'expired')),
    };
    const el = await mount('ko', (picker) => (picker.dataSource = expired));
    await waitFor(() => text(el, 'error') !== '', 'no error state');
    // Shown once its message is in: never the generic one first.
    expect(text(el, 'error')).to.include('카카오 로그인이 만료되었습니다.');
    expect(fetched(/\/dist\/chunks\/kakao-errors-/)).to.have.length(1);
  });

  it('turns a src that fails into the error state and a kfp-error, never an exception', async () => {
    let error: CustomEvent | undefined;
    const el = await mount('en', (picker) => {
      picker.addEventListener('kfp-error', (event) => (error = event));
      picker.src = '/test/data/fixtures/wrong-shape.json';
    });
    await waitFor(() => error !== undefined, 'no kfp-error');
    expect(error!.detail.code).to.equal('bad-response');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.not.equal(null);
  });
});

describe('kakao.bundle.js and select.bundle.js', () => {
  let kakaoBundle: typeof kakao;
  let selectBundle: typeof select;

  before(async () => {
    kakaoBundle = (await import(/* @vite-ignore */ KAKAO_URL)) as typeof kakao;
    selectBundle = (await import(/* @vite-ignore */ SELECT_URL)) as typeof select;
  });

  it('export their API', () => {
    expect(kakaoBundle.KakaoRestFriendSource).to.be.a('function');
    expect(kakaoBundle.KakaoSdkFriendSource).to.be.a('function');
    expect(kakaoBundle.DEFAULT_KAKAO_API_URL).to.equal('https://kapi.kakao.com');
    expect(selectBundle.selectFriends).to.be.a('function');
    expect(selectBundle.selectFriend).to.be.a('function');
  });

  it('share the core bundle: still one copy of Lit and one element class', () => {
    expect(globalThis.litHtmlVersions!.length).to.equal(litCopiesBefore + 1);
    expect(globalThis.litElementVersions!.length).to.equal(litElementsBefore + 1);
    expect(customElements.get('kakao-friend-picker')).to.equal(bundle.KakaoFriendPicker);
    expect(fetched(/\/dist\/kakao-friend-picker\.bundle\.js$/)).to.have.length(1);
  });

  it('hold no Lit of their own: they import it from the core bundle', async () => {
    for (const url of [KAKAO_URL, SELECT_URL]) {
      const code = await (await fetch(url)).text();
      expect(code, url).to.match(/from"\.\/kakao-friend-picker\.bundle\.js"/);
      expect(code, url).to.not.include('litHtmlVersions');
      expect(code, url).to.not.include('litElementVersions');
    }
  });

  it('reject with a PickerError of the core bundle', async () => {
    const dataSource = new bundle.ArrayFriendSource([]);
    const failure = await selectBundle
      .selectFriends({ maxPickableCount: 0, dataSource })
      .catch((error: unknown) => error);
    expect(failure).to.be.instanceOf(bundle.PickerError);
  });
});
