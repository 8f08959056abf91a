import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { selectFriend, selectFriends } from '../../src/index.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import { PickerError } from '../../src/errors.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type { SelectFriendsOptions } from '../../src/types.js';
import {
  ControlledSource,
  confirm,
  options,
  part,
  sampleFriends,
  settle,
  toggle,
  waitFor,
} from '../element/harness.js';

function pickers(): KakaoFriendPicker[] {
  return [...document.querySelectorAll('kakao-friend-picker')];
}

/** The picker a call opened, once its rows are showing. */
async function openedPicker(): Promise<KakaoFriendPicker> {
  await waitFor(() => pickers().length === 1 && pickers()[0]!.open, 'no picker opened');
  const el = pickers()[0]!;
  await waitFor(
    () => options(el).length > 0 || part(el, 'error') !== null,
    'the picker did not render',
  );
  await settle(el);
  return el;
}

/** Observes a call at once, so a rejection that comes before the test awaits it is not reported. */
function track<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

async function rejection(promise: Promise<unknown>): Promise<PickerError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(PickerError);
    return error as PickerError;
  }
  throw new Error('expected a rejection');
}

async function opener(): Promise<HTMLButtonElement> {
  const button = await fixture<HTMLButtonElement>(html`<button>Choose friends</button>`);
  button.focus();
  return button;
}

const dataSource = () => new ArrayFriendSource(sampleFriends);

afterEach(() => {
  for (const picker of pickers()) picker.remove();
});

describe('selectFriends()', () => {
  it('opens a popup titled by `title` and resolves the Kakao response on confirm', async () => {
    const button = await opener();
    const result = track(
      selectFriends({
        title: '받는 사람',
        maxPickableCount: 3,
        dataSource: dataSource(),
      }),
    );
    const el = await openedPicker();
    expect(part(el, 'dialog')!.classList.contains('popup')).to.equal(true);
    expect((part(el, 'dialog') as HTMLDialogElement).open).to.equal(true);
    expect(part(el, 'heading')!.textContent.trim()).to.equal('받는 사람');
    expect(el.maxPickableCount).to.equal(3);
    await expect(el).to.be.accessible();
    await toggle(el, '김철수');
    await toggle(el, 'Bob');
    await confirm(el);
    expect(await result).to.deep.equal({
      selectedTotalCount: 2,
      users: [
        { id: 1, uuid: 'u-kim', profile_nickname: '김철수', favorite: true },
        { id: 7, uuid: 'u-bob', profile_nickname: 'Bob' },
      ],
    });
    expect(pickers()).to.have.length(0);
    expect(document.activeElement).to.equal(button);
  });

  it('rejects with `cancelled` on Escape and removes the picker', async () => {
    const button = await opener();
    const result = track(selectFriends({ dataSource: dataSource() }));
    await openedPicker();
    await sendKeys({ press: 'Escape' });
    const error = await rejection(result);
    expect(error.code).to.equal('cancelled');
    expect(pickers()).to.have.length(0);
    expect(document.activeElement).to.equal(button);
  });

  it('rejects with `cancelled` when the close button dismisses it', async () => {
    const result = track(selectFriends({ dataSource: dataSource() }));
    const el = await openedPicker();
    part(el, 'close-button')!.click();
    expect((await rejection(result)).code).to.equal('cancelled');
    expect(pickers()).to.have.length(0);
  });

  it("rejects with the data source's error when loading failed and the user closed", async () => {
    const source = new ControlledSource(sampleFriends);
    source.failWith = new PickerError('unauthorized', 'The token expired.', { kakaoCode: -401 });
    const result = track(selectFriends({ dataSource: source }));
    const el = await openedPicker();
    expect(part(el, 'error')).to.not.equal(null);
    part(el, 'close-button')!.click();
    const error = await rejection(result);
    expect(error.code).to.equal('unauthorized');
    expect(error.kakaoCode).to.equal(-401);
    expect(pickers()).to.have.length(0);
  });

  it('rejects with `cancelled` when a failed load was retried successfully before closing', async () => {
    const source = new ControlledSource(sampleFriends);
    source.failWith = new PickerError('network', 'offline');
    const result = track(selectFriends({ dataSource: source }));
    const el = await openedPicker();
    source.failWith = undefined;
    part(el, 'error')!.querySelector('button')!.click();
    await waitFor(() => options(el).length > 0, 'the retry did not load');
    await sendKeys({ press: 'Escape' });
    expect((await rejection(result)).code).to.equal('cancelled');
  });

  for (const [bad, option] of [
    [{ maxPickableCount: 0 }, 'maxPickableCount'],
    [{ maxPickableCount: 101 }, 'maxPickableCount'],
    [{ maxPickableCount: 2.5 }, 'maxPickableCount'],
    [{ minPickableCount: 5, maxPickableCount: 2 }, 'minPickableCount'],
    [{ minPickableCount: '2' }, 'minPickableCount'],
    [{ title: 42 }, 'title'],
    [{ enableSearch: 'no' }, 'enableSearch'],
    [{ viewAppearance: 'blue' }, 'viewAppearance'],
    [{ viewType: 'inline' }, 'viewType'],
    [{ orientation: 'diagonal' }, 'orientation'],
    [{ returnUrl: 'https://example.com' }, 'returnUrl'],
    [{ dataSource: { elements: [] } }, 'dataSource'],
    [{ dataSource: undefined }, 'dataSource'],
  ] as const) {
    it(`rejects ${JSON.stringify(bad)} with invalid-options naming ${option}`, async () => {
      const options = { dataSource: dataSource(), ...bad } as unknown as SelectFriendsOptions;
      const error = await rejection(selectFriends(options));
      expect(error.code).to.equal('invalid-options');
      expect(error.message).to.contain(option);
      expect(pickers()).to.have.length(0);
    });
  }

  it('rejects a missing options object with invalid-options', async () => {
    const error = await rejection((selectFriends as (options?: unknown) => Promise<unknown>)());
    expect(error.code).to.equal('invalid-options');
  });

  it("applies the Android/iOS options, including Kakao's upper-case values", async () => {
    const result = track(
      selectFriends({
        dataSource: dataSource(),
        viewAppearance: 'DARK',
        viewType: 'FULL',
        orientation: 'landscape',
        enableSearch: false,
        enableIndex: false,
        showFavorite: false,
        minPickableCount: 2,
      }),
    );
    const el = await openedPicker();
    expect(el.theme).to.equal('dark');
    expect(part(el, 'dialog')!.classList.contains('full')).to.equal(true);
    expect(el.orientation).to.equal('landscape');
    expect(part(el, 'search-input')).to.equal(null);
    expect(part(el, 'index')).to.equal(null);
    expect(el.minPickableCount).to.equal(2);
    await sendKeys({ press: 'Escape' });
    expect((await rejection(result)).code).to.equal('cancelled');
  });

  it('rejects with `cancelled` when the page hides the picker itself', async () => {
    const result = track(selectFriends({ dataSource: dataSource() }));
    const el = await openedPicker();
    await el.hide();
    expect((await rejection(result)).code).to.equal('cancelled');
    expect(pickers()).to.have.length(0);
  });

  it('rejects with `cancelled` when the page removes the picker itself', async () => {
    const result = track(selectFriends({ dataSource: dataSource() }));
    const el = await openedPicker();
    el.remove();
    expect((await rejection(result)).code).to.equal('cancelled');
    // …and the next call is not stuck behind it.
    const next = track(selectFriends({ dataSource: dataSource() }));
    await openedPicker();
    await sendKeys({ press: 'Escape' });
    expect((await rejection(next)).code).to.equal('cancelled');
  });

  it('loads friends from `src` when no dataSource is given', async () => {
    const result = track(selectFriends({ src: '/test/data/fixtures/friends.json' }));
    const el = await openedPicker();
    expect(options(el).length).to.be.greaterThan(0);
    await sendKeys({ press: 'Escape' });
    expect((await rejection(result)).code).to.equal('cancelled');
  });

  it('queues a second call until the first one settles', async () => {
    const first = track(selectFriends({ title: 'First', dataSource: dataSource() }));
    const second = track(selectFriends({ title: 'Second', dataSource: dataSource() }));
    let el = await openedPicker();
    expect(part(el, 'heading')!.textContent.trim()).to.equal('First');
    await toggle(el, '홍길동');
    await confirm(el);
    expect((await first).users.map((user) => user.uuid)).to.deep.equal(['u-hong']);
    el = await openedPicker();
    expect(pickers()).to.have.length(1);
    expect(part(el, 'heading')!.textContent.trim()).to.equal('Second');
    await sendKeys({ press: 'Escape' });
    expect((await rejection(second)).code).to.equal('cancelled');
    expect(pickers()).to.have.length(0);
  });

  it('closes the picker and rejects with `cancelled` when its signal aborts', async () => {
    const controller = new AbortController();
    const result = track(selectFriends({ dataSource: dataSource(), signal: controller.signal }));
    await openedPicker();
    controller.abort();
    expect((await rejection(result)).code).to.equal('cancelled');
    expect(pickers()).to.have.length(0);
  });

  it('drops a queued call whose signal aborts, without opening it', async () => {
    const controller = new AbortController();
    const first = track(selectFriends({ title: 'First', dataSource: dataSource() }));
    const second = track(selectFriends({ dataSource: dataSource(), signal: controller.signal }));
    const third = track(selectFriends({ title: 'Third', dataSource: dataSource() }));
    await openedPicker();
    controller.abort();
    expect((await rejection(second)).code).to.equal('cancelled');
    expect(pickers(), 'the first stays the only picker').to.have.length(1);
    await sendKeys({ press: 'Escape' });
    await rejection(first);
    const el = await openedPicker();
    expect(part(el, 'heading')!.textContent.trim()).to.equal('Third');
    await sendKeys({ press: 'Escape' });
    await rejection(third);
  });
});

describe('selectFriend()', () => {
  it('picks exactly one friend', async () => {
    const result = track(selectFriend({ dataSource: dataSource() }));
    const el = await openedPicker();
    expect(el.selectionMode).to.equal('single');
    expect(part(el, 'list')!.hasAttribute('aria-multiselectable')).to.equal(false);
    await toggle(el, '김철수');
    await toggle(el, '홍길동');
    await confirm(el);
    expect(await result).to.deep.equal({
      selectedTotalCount: 1,
      users: [{ id: 2, uuid: 'u-hong', profile_nickname: '홍길동' }],
    });
    expect(pickers()).to.have.length(0);
  });

  it('rejects the multiple-selection options', async () => {
    const error = await rejection(
      selectFriend({ dataSource: dataSource(), maxPickableCount: 3 } as SelectFriendsOptions),
    );
    expect(error.code).to.equal('invalid-options');
    expect(error.message).to.contain('maxPickableCount');
  });
});
