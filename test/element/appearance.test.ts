import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import { PickerError } from '../../src/errors.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import {
  ControlledSource,
  mountInline,
  openAndSettle,
  part,
  parts,
  sampleFriends,
  search,
  settle,
  toggle,
  waitFor,
} from './harness.js';

function background(el: KakaoFriendPicker): string {
  return getComputedStyle(part(el, 'base')!).backgroundColor;
}

describe('themes', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('renders light and dark through tokens, with color-scheme, accessibly', async () => {
    const el = await mountInline((picker) => (picker.theme = 'light'));
    expect(background(el)).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    await toggle(el, '홍길동');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await settle(el);
    expect(background(el)).to.equal('rgb(28, 28, 30)');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('follows prefers-color-scheme live in auto', async () => {
    const el = await mountInline();
    await emulateMedia({ colorScheme: 'light' });
    expect(background(el)).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    await waitFor(() => background(el) === 'rgb(28, 28, 30)');
    await expect(el).to.be.accessible();
  });

  it('is accessible in dark in every state: loading, list, search results, empty, error, popup', async () => {
    const dark = async (el: KakaoFriendPicker) => {
      el.theme = 'dark';
      await settle(el);
      expect(background(el)).to.equal('rgb(28, 28, 30)');
      await expect(el).to.be.accessible();
    };
    const loading = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker
        view-type="inline"
        theme="dark"
        style="height:400px"
      ></kakao-friend-picker>`,
    );
    const held = new ControlledSource(sampleFriends);
    held.hold();
    loading.dataSource = held;
    await waitFor(() => loading.shadowRoot!.querySelector('.skeleton') !== null);
    await dark(loading);
    held.failWith = new PickerError('server', 'down');
    held.open();
    await waitFor(() => part(loading, 'error') !== null);
    await dark(loading);
    loading.remove();

    const el = await mountInline();
    await dark(el);
    await search(el, 'ㄱ');
    await dark(el);
    await search(el, 'zzz');
    expect(part(el, 'empty')).to.not.equal(null);
    await dark(el);
    el.remove();

    const popup = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker view-type="popup" theme="dark"></kakao-friend-picker>`,
    );
    popup.dataSource = new ArrayFriendSource(sampleFriends);
    await popup.show();
    await waitFor(() => parts(popup, 'item').length > 0);
    await Promise.all(
      part(popup, 'dialog')!
        .getAnimations({ subtree: true })
        .map((a) => a.finished),
    );
    await dark(popup);
    await popup.hide();
  });

  it('lets apps override tokens', async () => {
    const el = await mountInline((picker) =>
      picker.style.setProperty('--kfp-color-background', 'rgb(1, 2, 3)'),
    );
    expect(background(el)).to.equal('rgb(1, 2, 3)');
  });

  it('turns animations off with prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mountInline();
    const picked = part(el, 'list')!;
    expect(picked).to.not.equal(null);
    await toggle(el, 'Bob');
    expect(getComputedStyle(part(el, 'picked')!).scrollBehavior).to.equal('auto');
    const popup = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker view-type="popup"></kakao-friend-picker>`,
    );
    const held = new ControlledSource(sampleFriends);
    held.hold();
    popup.dataSource = held;
    await popup.show();
    await waitFor(() => popup.shadowRoot!.querySelector('.bone') !== null);
    expect(getComputedStyle(part(popup, 'dialog')!).animationName).to.equal('none');
    expect(getComputedStyle(popup.shadowRoot!.querySelector('.bone')!).animationName).to.equal(
      'none',
    );
    await popup.hide();
  });
});

describe('orientation', () => {
  afterEach(async () => setViewport({ width: 800, height: 600 }));

  it('puts the picked strip in a side panel in landscape', async () => {
    const el = await mountInline((picker) => (picker.orientation = 'landscape'));
    await toggle(el, 'Bob');
    const picked = part(el, 'picked')!.getBoundingClientRect();
    const list = part(el, 'list')!.getBoundingClientRect();
    expect(picked.left).to.be.at.least(list.right - 1);
    await expect(el).to.be.accessible();
  });

  it('stays a strip below the list in portrait', async () => {
    const el = await mountInline((picker) => (picker.orientation = 'portrait'));
    await toggle(el, 'Bob');
    const picked = part(el, 'picked')!.getBoundingClientRect();
    const list = part(el, 'list')!.getBoundingClientRect();
    expect(picked.top).to.be.at.least(list.bottom - 1);
  });

  it('decides from its own width in auto', async () => {
    await setViewport({ width: 1200, height: 700 });
    const el = await mountInline();
    el.style.width = '900px';
    await toggle(el, 'Bob');
    await waitFor(() => part(el, 'base')!.classList.contains('landscape'));
    el.style.width = '400px';
    await waitFor(() => !part(el, 'base')!.classList.contains('landscape'));
  });

  it('decides again in a full picker opened a second time', async () => {
    await setViewport({ width: 1200, height: 700 });
    const el = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker view-type="full" lang="ko"></kakao-friend-picker>`,
    );
    el.dataSource = new ArrayFriendSource(sampleFriends);
    el.selectedUuids = [sampleFriends[0]!.uuid];
    for (let open = 0; open < 2; open++) {
      await openAndSettle(el);
      await waitFor(
        () => part(el, 'base')!.classList.contains('landscape'),
        `not landscape at open ${open + 1}`,
      );
      await el.hide();
    }
  });
});

describe('avatars', () => {
  it('loads safe thumbnails lazily and falls back when refused or broken', async () => {
    const origin = location.origin; // http on 127.0.0.1: allowed like https (SPEC 2.3)
    const el = await mountInline(() => {}, [
      {
        uuid: 'a',
        profile_nickname: 'Loads',
        profile_thumbnail_image: `${origin}/test/fixtures/avatar.svg`,
      },
      { uuid: 'b', profile_nickname: 'Plain', profile_thumbnail_image: 'http://example.com/a.png' },
      { uuid: 'c', profile_nickname: 'Script', profile_thumbnail_image: 'javascript:alert(1)' },
      { uuid: 'd', profile_nickname: 'Missing' },
      {
        uuid: 'e',
        profile_nickname: 'Broken',
        profile_thumbnail_image: `${origin}/test/fixtures/none.png`,
      },
    ]);
    const avatarOf = (uuid: string) =>
      el.shadowRoot!.querySelector(`[data-uuid="${uuid}"] [part~="avatar"]`)!;
    const img = avatarOf('a') as HTMLImageElement;
    expect(img.tagName).to.equal('IMG');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('alt')).to.equal('');
    await waitFor(() => img.complete && img.naturalWidth > 0, 'safe image did not load');
    for (const uuid of ['b', 'c', 'd']) expect(avatarOf(uuid).tagName).to.equal('SPAN');
    expect(avatarOf('b').textContent.trim()).to.equal('P');
    await waitFor(() => avatarOf('e').tagName === 'SPAN', 'broken image kept');
    expect(avatarOf('e').textContent.trim()).to.equal('B');
    expect(avatarOf('a').tagName).to.equal('IMG');
    expect(
      parts(el, 'avatar').every((a) => a.getAttribute('src') !== 'javascript:alert(1)'),
    ).to.equal(true);
  });
});
