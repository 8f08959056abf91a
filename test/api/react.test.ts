import { expect } from '@open-wc/testing';
import { createElement, createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { KakaoFriendPicker } from '../../src/react.js';
import type { KakaoFriendPicker as KakaoFriendPickerElement } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import type { KfpChangeDetail, KfpConfirmDetail } from '../../src/types.js';
import {
  confirm,
  option,
  options,
  part,
  sampleFriends,
  settle,
  toggle,
  waitFor,
} from '../element/harness.js';
// The README's React snippets, which test/consumers/ also builds and drives against the package.
import { Recipients } from '../consumers/apps/react/src/Recipients.js';
import { Recipients as RecipientsWrapped } from '../consumers/apps/react/src/RecipientsWrapped.js';

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  container.style.height = '600px';
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  root.unmount();
  container.remove();
});

async function rendered(): Promise<KakaoFriendPickerElement> {
  await waitFor(() => container.querySelector('kakao-friend-picker') !== null, 'no picker');
  const el = container.querySelector('kakao-friend-picker')!;
  await waitFor(() => options(el).length > 0, 'no rows rendered');
  await settle(el);
  return el;
}

describe('kakao-friend-picker/react', () => {
  it('passes props as properties and kfp-* events to onKfp* props', async () => {
    const source = new ArrayFriendSource(sampleFriends);
    const ref = createRef<KakaoFriendPickerElement>();
    const changes: KfpChangeDetail[] = [];
    const confirms: KfpConfirmDetail[] = [];
    flushSync(() =>
      root.render(
        createElement(KakaoFriendPicker, {
          ref,
          viewType: 'inline',
          lang: 'ko',
          heading: '받는 사람',
          maxPickableCount: 3,
          dataSource: source,
          onKfpChange: (event) => changes.push(event.detail),
          onKfpConfirm: (event) => confirms.push(event.detail),
        }),
      ),
    );
    const el = await rendered();
    expect(ref.current).to.equal(el);
    expect(el.dataSource).to.equal(source);
    expect(el.maxPickableCount).to.equal(3);
    expect(part(el, 'heading')!.textContent.trim()).to.equal('받는 사람');

    await toggle(el, '김철수');
    await toggle(el, '홍길동');
    expect(changes.map((detail) => detail.uuids)).to.deep.equal([['u-kim'], ['u-kim', 'u-hong']]);
    await confirm(el);
    expect(confirms).to.have.length(1);
    expect(confirms[0]!.uuids).to.deep.equal(['u-kim', 'u-hong']);
    expect(confirms[0]!.selectedTotalCount).to.equal(2);
    expect(confirms[0]!.users.map((user) => user.profile_nickname)).to.deep.equal([
      '김철수',
      '홍길동',
    ]);
  });

  it('updates the element when props change', async () => {
    const source = new ArrayFriendSource(sampleFriends);
    const render = (heading: string) =>
      flushSync(() =>
        root.render(
          createElement(KakaoFriendPicker, {
            viewType: 'inline',
            lang: 'en',
            heading,
            selectedUuids: ['u-lee'],
            dataSource: source,
          }),
        ),
      );
    render('First');
    const el = await rendered();
    expect(option(el, '이영희').getAttribute('aria-selected')).to.equal('true');
    render('Second');
    await settle(el);
    expect(part(el, 'heading')!.textContent.trim()).to.equal('Second');
    expect(el.dataSource).to.equal(source);
  });

  for (const [name, snippet] of [
    ['the bare tag', Recipients],
    ['the component', RecipientsWrapped],
  ] as const) {
    it(`runs the README React snippet with ${name}: value and onChange/onKfpChange, confirm`, async () => {
      flushSync(() => root.render(createElement(snippet)));
      const button = (label: string) =>
        [...container.querySelectorAll('button')].find((b) => b.textContent === label)!;
      button('Choose friends').click();
      const el = await rendered();
      await toggle(el, '홍길동');
      await toggle(el, 'Bob');
      await waitFor(() => container.textContent.includes('Picked: def, ghi'), 'no picks shown');
      await confirm(el);
      await waitFor(() => container.textContent.includes('Send to: def, ghi'), 'no confirm');
      // The app's state flows back into the element.
      flushSync(() => button('Clear').click());
      await waitFor(() => el.value.length === 0, 'value not cleared');
    });
  }
});
