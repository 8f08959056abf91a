// The built bundles (`npm run build` runs before the browser suite in `npm test`), used the way a
// plain HTML page uses them. This file imports nothing from src/: the element under test is the
// one dist/kakao-friend-picker.bundle.js registers, and the Promise API is dist/select.bundle.js.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type { Friend } from '../../src/types.js';
// Types only: `import type` is erased, so the sources never load in this page.
import type * as core from '../../src/bundles/core.js';
import type * as select from '../../src/bundles/select.js';

type Bundle = typeof core & typeof select;

let bundle: Bundle;

async function load<T>(url: string): Promise<T> {
  try {
    return (await import(/* @vite-ignore */ url)) as T;
  } catch (error) {
    throw new Error(`${url} is missing: run \`npm run build\` first (${String(error)})`);
  }
}

before(async () => {
  bundle = {
    ...(await load<typeof core>('/dist/kakao-friend-picker.bundle.js')),
    ...(await load<typeof select>('/dist/select.bundle.js')),
  };
});

const friends: Friend[] = [
  { id: 1, uuid: 'u-kim', profile_nickname: '김철수', favorite: true },
  {
    id: 2,
    uuid: 'u-chae',
    profile_nickname: '김채원',
    profile_thumbnail_image: 'data:image/png;base64,xx',
  },
  { id: 3, uuid: 'u-kang', profile_nickname: '강찬' },
  { id: 4, uuid: 'u-hong', profile_nickname: '홍길동' },
  { id: 5, uuid: 'u-lee', profile_nickname: '이영희' },
  { id: 6, uuid: 'u-bob', profile_nickname: 'Bob' },
];

function waitFor(predicate: () => unknown, message: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: 5000 });
}

function part(el: KakaoFriendPicker, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function rows(el: KakaoFriendPicker): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
}

function row(el: KakaoFriendPicker, name: string): HTMLElement {
  const found = rows(el).find(
    (option) => option.querySelector('[part~="nickname"]')!.textContent.trim() === name,
  );
  if (found === undefined) throw new Error(`no row named ${name}`);
  return found;
}

async function settle(el: KakaoFriendPicker): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

async function pick(el: KakaoFriendPicker, name: string): Promise<void> {
  row(el, name).click();
  await settle(el);
}

async function search(el: KakaoFriendPicker, text: string): Promise<void> {
  const input = part(el, 'search-input') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  await settle(el);
}

async function rendered(el: KakaoFriendPicker): Promise<void> {
  await waitFor(() => rows(el).length > 0, 'no rows rendered');
  await settle(el);
}

function pickers(): KakaoFriendPicker[] {
  return [...document.querySelectorAll('kakao-friend-picker')];
}

afterEach(() => {
  for (const picker of pickers()) picker.remove();
  document.getElementById('snippet')?.remove();
});

describe('dist/kakao-friend-picker.bundle.js and dist/select.bundle.js', () => {
  it('registers the element and exports the API', () => {
    expect(customElements.get('kakao-friend-picker')).to.equal(bundle.KakaoFriendPicker);
    expect(bundle.selectFriends).to.be.a('function');
    expect(bundle.selectFriend).to.be.a('function');
    expect(bundle.ArrayFriendSource).to.be.a('function');
    expect(bundle.JsonFriendSource).to.be.a('function');
    expect(bundle.PickerError).to.be.a('function');
  });

  it('shows a popup, finds ㄱㅊ and confirms three friends as Kakao-shaped users', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<kakao-friend-picker view-type="popup" lang="ko"></kakao-friend-picker>',
    );
    const el = pickers()[0]!;
    el.dataSource = new bundle.ArrayFriendSource(friends);
    await el.show();
    await rendered(el);
    expect((part(el, 'dialog') as HTMLDialogElement).open).to.equal(true);
    await search(el, 'ㄱㅊ');
    expect(
      rows(el)
        .map((option) => option.dataset.uuid)
        .sort(),
    ).to.deep.equal(['u-chae', 'u-kang', 'u-kim']);
    await pick(el, '강찬');
    await pick(el, '김철수');
    await pick(el, '김채원');
    const confirmed = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('kfp-confirm', (event) => resolve(event), { once: true }),
    );
    part(el, 'confirm-button')!.click();
    const { detail } = await confirmed;
    expect(detail.uuids).to.deep.equal(['u-kang', 'u-kim', 'u-chae']);
    expect(detail.selectedTotalCount).to.equal(3);
    expect(detail.users).to.deep.equal([
      { id: 3, uuid: 'u-kang', profile_nickname: '강찬' },
      { id: 1, uuid: 'u-kim', profile_nickname: '김철수', favorite: true },
      {
        id: 2,
        uuid: 'u-chae',
        profile_nickname: '김채원',
        profile_thumbnail_image: 'data:image/png;base64,xx',
      },
    ]);
    await settle(el);
    expect(el.open).to.equal(false);
  });

  it('selectFriends(): a popup titled 받는 사람 resolves two picked friends', async () => {
    const dataSource = new bundle.ArrayFriendSource(friends);
    const result = bundle.selectFriends({ title: '받는 사람', maxPickableCount: 3, dataSource });
    await waitFor(() => pickers().length === 1, 'no picker opened');
    const el = pickers()[0]!;
    await rendered(el);
    expect(part(el, 'heading')!.textContent.trim()).to.equal('받는 사람');
    expect(part(el, 'dialog')!.classList.contains('popup')).to.equal(true);
    await pick(el, '홍길동');
    await pick(el, 'Bob');
    part(el, 'confirm-button')!.click();
    expect(await result).to.deep.equal({
      selectedTotalCount: 2,
      users: [
        { id: 4, uuid: 'u-hong', profile_nickname: '홍길동' },
        { id: 6, uuid: 'u-bob', profile_nickname: 'Bob' },
      ],
    });
    expect(pickers()).to.have.length(0);
  });

  it('selectFriends(): Escape rejects with `cancelled` and leaves no picker', async () => {
    const dataSource = new bundle.ArrayFriendSource(friends);
    const result = bundle.selectFriends({ title: '받는 사람', maxPickableCount: 3, dataSource });
    const outcome = result.then(
      () => null,
      (error: unknown) => error,
    );
    await waitFor(() => pickers().length === 1 && pickers()[0]!.open, 'no picker opened');
    await rendered(pickers()[0]!);
    await sendKeys({ press: 'Escape' });
    const error = await outcome;
    expect(error).to.be.instanceOf(bundle.PickerError);
    expect((error as InstanceType<Bundle['PickerError']>).code).to.equal('cancelled');
    expect(pickers()).to.have.length(0);
  });

  for (const bad of [
    { maxPickableCount: 0 },
    { maxPickableCount: 101 },
    { minPickableCount: 5, maxPickableCount: 2 },
  ]) {
    it(`selectFriends(${JSON.stringify(bad)}) rejects with invalid-options`, async () => {
      const dataSource = new bundle.ArrayFriendSource(friends);
      const error = await bundle.selectFriends({ ...bad, dataSource }).then(
        () => null,
        (failure: unknown) => failure as InstanceType<Bundle['PickerError']>,
      );
      expect(error?.code).to.equal('invalid-options');
      expect(pickers()).to.have.length(0);
    });
  }
});

/** The first fenced block of `language` after `heading` in docs/frameworks.md. */
function readmeBlock(readme: string, heading: string, language: string): string {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/frameworks.md has no "${heading}" section`);
  const fence = readme.indexOf(`\`\`\`${language}\n`, start);
  const end = readme.indexOf('\n```', fence + 1);
  return readme.slice(fence + language.length + 4, end);
}

describe('docs/frameworks.md: Plain HTML', () => {
  it('runs as written against the bundle', async () => {
    const readme = await (await fetch('/docs/frameworks.md')).text();
    const snippet = readmeBlock(readme, '### Plain HTML', 'html').replaceAll(
      'https://cdn.jsdelivr.net/npm/kakao-friend-picker/dist/',
      '/dist/',
    );
    const host = document.createElement('div');
    host.id = 'snippet';
    host.style.height = '600px';
    host.innerHTML = snippet;
    // Scripts parsed by innerHTML do not run: replace each with a live copy.
    for (const inert of host.querySelectorAll('script')) {
      const script = document.createElement('script');
      for (const { name, value } of inert.attributes) script.setAttribute(name, value);
      script.textContent = inert.textContent;
      inert.replaceWith(script);
    }
    document.body.append(host);
    const el = host.querySelector('kakao-friend-picker')!;
    el.style.height = '500px';
    await rendered(el);
    await pick(el, '김철수');
    const status = host.querySelector('#status')!;
    expect(status.textContent).to.equal('1 selected');
    part(el, 'confirm-button')!.click();
    await waitFor(() => status.textContent === 'To: abc', 'kfp-confirm did not reach the page');
  });
});
