import { expect, fixture, html as testHtml, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import type { Friend, KfpErrorDetail } from '../../src/types.js';
import {
  liveText,
  mountInline,
  option,
  options,
  part,
  parts,
  pickedNames,
  sampleFriends,
  sampleProfile,
  search,
  sectionHeaders,
  settle,
  waitFor,
} from './harness.js';

const invited = new Set(['u-hong', 'u-lee']);
const alreadyInvited = (friend: Friend): string | false =>
  invited.has(friend.uuid) ? '이미 초대됨' : false;

function optionByUuid(el: KakaoFriendPicker, uuid: string): HTMLElement {
  const row = options(el).find((candidate) => candidate.dataset.uuid === uuid);
  if (row === undefined) throw new Error(`no rendered option ${uuid}`);
  return row;
}

function errors(el: KakaoFriendPicker): KfpErrorDetail[] {
  const seen: KfpErrorDetail[] = [];
  el.addEventListener('kfp-error', (event) => seen.push(event.detail));
  return seen;
}

describe('strings', () => {
  it('overrides built-in messages, placeholders filled, in any language', async () => {
    const el = await mountInline((picker) => {
      picker.strings = {
        heading: '받는 사람 고르기',
        searchPlaceholder: '이름 검색',
        confirm: '보내기',
        sectionFriends: '모든 친구',
        counter: '{max}명 중 {count}명 선택',
        results: '{count}명 찾음',
      };
    });
    expect(part(el, 'heading')!.textContent).to.equal('받는 사람 고르기');
    const input = part(el, 'search-input') as HTMLInputElement;
    expect(input.placeholder).to.equal('이름 검색');
    expect(input.getAttribute('aria-label')).to.equal('이름 검색');
    expect(part(el, 'confirm-button')!.textContent.trim()).to.equal('보내기');
    expect(sectionHeaders(el)).to.include('모든 친구');
    expect(part(el, 'counter')!.querySelector('.sr-only')!.textContent).to.equal(
      '30명 중 0명 선택',
    );
    await search(el, '김');
    expect(liveText(el)).to.equal('1명 찾음');
    await expect(el).to.be.accessible();
  });

  it('ignores values that are not strings and keeps the built-in ones', async () => {
    const el = await mountInline((picker) => {
      picker.strings = { confirm: 42 as unknown as string, heading: '친구 고르기' };
    });
    expect(part(el, 'confirm-button')!.textContent.trim()).to.equal('확인');
    expect(part(el, 'heading')!.textContent).to.equal('친구 고르기');
    // The heading property still wins over the strings.
    el.heading = '받는 사람';
    await settle(el);
    expect(part(el, 'heading')!.textContent).to.equal('받는 사람');
  });

  it('replaces the error message by code', async () => {
    const el = await fixture<KakaoFriendPicker>(
      testHtml`<kakao-friend-picker view-type="inline" lang="en"></kakao-friend-picker>`,
    );
    el.strings = { errorNetwork: 'Offline: try again when connected.' };
    el.dataSource = {
      getFriends: () => Promise.reject(new TypeError('Failed to fetch')),
    };
    await waitFor(() => part(el, 'error') !== null);
    await settle(el);
    expect(part(el, 'error')!.textContent).to.contain('Offline: try again when connected.');
  });
});

describe('isFriendDisabled', () => {
  it('dims the row, shows the reason and refuses the pick with it', async () => {
    const el = await mountInline((picker) => {
      picker.isFriendDisabled = alreadyInvited;
    });
    const row = optionByUuid(el, 'u-hong');
    expect(row.getAttribute('aria-disabled')).to.equal('true');
    expect(row.querySelector('[part~="reason"]')!.textContent).to.equal('이미 초대됨');
    // The reason is part of the option's text: a screen reader reads it with the name.
    expect(row.textContent).to.contain('이미 초대됨');
    const seen: string[] = [];
    el.addEventListener('kfp-change', () => seen.push('change'));
    row.click();
    await settle(el);
    expect(el.selectedUuids).to.deep.equal([]);
    expect(seen).to.deep.equal([]);
    expect(liveText(el)).to.equal('이미 초대됨');
    // Other rows are unaffected.
    expect(optionByUuid(el, 'u-kim').getAttribute('aria-disabled')).to.equal('false');
    expect(optionByUuid(el, 'u-kim').querySelector('[part~="reason"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets the keyboard and type-ahead land on the row, and Space announces the reason', async () => {
    const el = await mountInline((picker) => {
      picker.isFriendDisabled = alreadyInvited;
    });
    const list = part(el, 'list')!;
    list.focus();
    await settle(el);
    // A Korean keyboard reports jamo as keys; the test driver can only type them as text.
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ㅎ', bubbles: true }));
    await settle(el);
    const active = el.shadowRoot!.getElementById(list.getAttribute('aria-activedescendant')!);
    expect(active?.dataset.uuid).to.equal('u-hong');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.selectedUuids).to.deep.equal([]);
    expect(liveText(el)).to.equal('이미 초대됨');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.selectedUuids).to.have.length(1);
  });

  it('keeps disabled friends out of the selection, even through selectedUuids', async () => {
    const el = await mountInline((picker) => {
      picker.isFriendDisabled = alreadyInvited;
      picker.selectedUuids = ['u-kim', 'u-hong'];
    });
    expect(el.selectedUuids).to.deep.equal(['u-kim']);
    el.selectedUuids = ['u-lee', 'u-park'];
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['u-park']);
    expect(pickedNames(el)).to.deep.equal(['박민수']);
  });

  it('keeps the index bar and the counts unchanged', async () => {
    const plain = await mountInline();
    const withDisabled = await mountInline((picker) => {
      picker.isFriendDisabled = alreadyInvited;
    });
    expect(sectionHeaders(withDisabled)).to.deep.equal(sectionHeaders(plain));
    expect(parts(withDisabled, 'index-key').map((key) => key.textContent)).to.deep.equal(
      parts(plain, 'index-key').map((key) => key.textContent),
    );
  });

  it('reports a predicate that throws once and treats friends as pickable', async () => {
    const el = await fixture<KakaoFriendPicker>(
      testHtml`<kakao-friend-picker view-type="inline" lang="en"></kakao-friend-picker>`,
    );
    const seen = errors(el);
    el.isFriendDisabled = () => {
      throw new Error('boom');
    };
    el.dataSource = new ArrayFriendSource(sampleFriends);
    await waitFor(() => options(el).length > 0);
    await settle(el);
    expect(seen.map((detail) => detail.code)).to.deep.equal(['invalid-options']);
    expect(seen[0]!.message).to.contain('isFriendDisabled threw: boom');
    option(el, '김철수').click();
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['u-kim']);
  });
});

describe('renderFriend', () => {
  it('fills the name area and keeps the check circle, avatar and selection', async () => {
    const el = await mountInline((picker) => {
      picker.renderFriend = (_friend, state) =>
        html`<span class="name">${state.highlightedName}</span
          ><small class="status">${state.selected ? 'picked' : 'online'}</small>`;
    });
    const row = optionByUuid(el, 'u-kim');
    expect(row.querySelector('[part~="name-area"] .status')!.textContent).to.equal('online');
    expect(row.querySelector('.check')).to.not.equal(null);
    expect(row.querySelector('[part~="avatar"]')).to.not.equal(null);
    row.click();
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['u-kim']);
    expect(optionByUuid(el, 'u-kim').querySelector('.status')!.textContent).to.equal('picked');
    await search(el, '김');
    const mark = optionByUuid(el, 'u-kim').querySelector('[part~="name-area"] mark');
    expect(mark?.textContent).to.equal('김');
    await expect(el).to.be.accessible();
  });

  it("leaves the renderer's own markup unstyled by the picker's rules", async () => {
    // Lists, headings and inputs in a name area are the app's: the picker styles its own by part.
    const el = await mountInline((picker) => {
      picker.renderFriend = () =>
        html`<h2 class="app">title</h2>
          <ul class="app">
            <li class="app">VIP</li>
          </ul>`;
    });
    const area = optionByUuid(el, 'u-kim').querySelector('[part~="name-area"]')!;
    const style = (selector: string) => getComputedStyle(area.querySelector(selector)!);
    expect(style('li.app').display).to.equal('list-item');
    expect(style('ul.app').display).to.equal('block');
    const heading = getComputedStyle(part(el, 'heading')!);
    expect(style('h2.app').fontSize).to.not.equal(heading.fontSize);
  });

  it('passes the match ranges and accepts plain strings', async () => {
    const matches: unknown[] = [];
    const el = await mountInline((picker) => {
      picker.renderFriend = (friend, state) => {
        if (friend.uuid === 'u-hong') matches.push(state.match);
        return `${friend.profile_nickname ?? ''} ★`;
      };
    });
    expect(optionByUuid(el, 'u-hong').textContent).to.contain('홍길동 ★');
    matches.length = 0;
    await search(el, '길');
    expect(matches.at(-1)).to.deep.equal([[1, 2]]);
  });

  it('falls back to the default row and reports a renderer that throws, once', async () => {
    const el = await fixture<KakaoFriendPicker>(
      testHtml`<kakao-friend-picker view-type="inline" lang="en"></kakao-friend-picker>`,
    );
    const seen = errors(el);
    el.renderFriend = (friend) => {
      if (friend.uuid === 'u-kim') throw new Error('bad row');
      return html`<b>${friend.profile_nickname}</b>`;
    };
    el.dataSource = new ArrayFriendSource(sampleFriends);
    await waitFor(() => options(el).length > 0);
    await settle(el);
    await search(el, 'ㄱ');
    await search(el, '');
    expect(seen).to.have.length(1);
    expect(seen[0]!.message).to.contain('renderFriend threw: bad row');
    expect(optionByUuid(el, 'u-kim').querySelector('[part~="nickname"]')!.textContent).to.equal(
      '김철수',
    );
    expect(optionByUuid(el, 'u-hong').querySelector('b')!.textContent).to.equal('홍길동');
  });
});

describe('slots', () => {
  it('shows the default content when nothing is slotted', async () => {
    const el = await mountInline();
    await search(el, 'zzz');
    expect(part(el, 'empty')!.textContent).to.contain('검색 결과가 없습니다');
  });

  it('lets the app word the empty state, knowing the query', async () => {
    const el = await fixture<KakaoFriendPicker>(
      testHtml`<kakao-friend-picker view-type="inline" lang="en" style="height: 500px"
        ><p slot="empty" id="empty">Nobody here</p>
        <button slot="header-actions" id="invite">Invite</button>
        <p slot="footer" id="footer">Messages are free</p></kakao-friend-picker
      >`,
    );
    el.dataSource = new ArrayFriendSource(sampleFriends);
    await waitFor(() => options(el).length > 0);
    await settle(el);
    expect(el.searchQuery).to.equal('');
    expect(el.matches(':state(searching)')).to.equal(false);
    const header = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="header-actions"]')!;
    expect(header.assignedElements()[0]!.id).to.equal('invite');
    expect(header.closest('[part~="header"]')).to.not.equal(null);
    const footer = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="footer"]')!;
    expect(footer.assignedElements()[0]!.id).to.equal('footer');
    const invite = el.querySelector('#invite')!.getBoundingClientRect();
    const ok = part(el, 'confirm-button')!.getBoundingClientRect();
    const note = el.querySelector('#footer')!.getBoundingClientRect();
    expect(note.bottom).to.be.at.most(ok.top + 1);
    expect(invite.height).to.be.greaterThan(0);

    await search(el, 'zzz');
    expect(el.searchQuery).to.equal('zzz');
    expect(el.matches(':state(searching)')).to.equal(true);
    const empty = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(empty.assignedElements()[0]!.id).to.equal('empty');
    expect(el.querySelector('#empty')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    await search(el, '');
    expect(el.matches(':state(searching)')).to.equal(false);
  });

  it('replaces the error content and keeps the retry button', async () => {
    const el = await fixture<KakaoFriendPicker>(
      testHtml`<kakao-friend-picker view-type="inline" lang="en"
        ><p slot="error" id="oops">Kakao is taking a nap.</p></kakao-friend-picker
      >`,
    );
    let calls = 0;
    el.dataSource = {
      getFriends: () => {
        calls += 1;
        return Promise.reject(new TypeError('Failed to fetch'));
      },
    };
    await waitFor(() => part(el, 'error') !== null);
    await settle(el);
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="error"]')!;
    expect(slot.assignedElements()[0]!.id).to.equal('oops');
    const retry = part(el, 'error')!.querySelector('button')!;
    const before = calls;
    retry.click();
    await waitFor(() => calls > before);
    await expect(el).to.be.accessible();
  });
});

describe('kfp-request-close', () => {
  async function openPicker() {
    const el = await fixture<KakaoFriendPicker>(
      testHtml`<kakao-friend-picker view-type="popup" lang="en"></kakao-friend-picker>`,
    );
    el.dataSource = new ArrayFriendSource(sampleFriends, { profile: sampleProfile });
    await el.show();
    await waitFor(() => options(el).length > 0);
    await settle(el);
    return el;
  }

  for (const reason of ['close-button', 'escape'] as const) {
    it(`keeps the picker open when prevented (${reason})`, async () => {
      const el = await openPicker();
      const events: string[] = [];
      el.addEventListener('kfp-request-close', (event) => {
        events.push(`request:${event.detail.reason}`);
        event.preventDefault();
      });
      el.addEventListener('kfp-cancel', () => events.push('cancel'));
      if (reason === 'close-button') part(el, 'close-button')!.click();
      else {
        part(el, 'search-input')!.focus();
        await sendKeys({ press: 'Escape' });
      }
      await settle(el);
      expect(events).to.deep.equal([`request:${reason}`]);
      expect(el.open).to.equal(true);
      expect((part(el, 'dialog') as HTMLDialogElement).open).to.equal(true);
    });
  }

  it('closes with kfp-cancel when not prevented', async () => {
    const el = await openPicker();
    const request = oneEvent(el, 'kfp-request-close');
    const cancel = oneEvent(el, 'kfp-cancel');
    part(el, 'close-button')!.click();
    const requested = await request;
    expect(requested.cancelable).to.equal(true);
    expect(requested.detail.reason).to.equal('close-button');
    expect((await cancel).detail.reason).to.equal('close-button');
    await settle(el);
    expect(el.open).to.equal(false);
  });

  it('is not fired by confirm or hide()', async () => {
    const el = await openPicker();
    let requests = 0;
    el.addEventListener('kfp-request-close', () => (requests += 1));
    await el.hide();
    await el.show();
    await settle(el);
    option(el, '김철수').click();
    await settle(el);
    part(el, 'confirm-button')!.click();
    await settle(el);
    expect(el.open).to.equal(false);
    expect(requests).to.equal(0);
  });
});

describe('recentUuids', () => {
  it('shows a Recent section on top, in the given order, skipping unknown uuids', async () => {
    const el = await mountInline((picker) => {
      picker.recentUuids = ['u-hong', 'nobody', 'u-kim', 'u-hong'];
    });
    const headers = sectionHeaders(el);
    expect(headers[0]).to.equal('내 프로필');
    expect(headers[1]).to.equal('최근');
    expect(headers[2]).to.contain('즐겨찾기');
    const rows = options(el).map((row) => row.dataset.uuid);
    // My profile, then Recent in the app's order, then Favorites (김철수 again) and Friends.
    expect(rows.slice(0, 3)).to.deep.equal(['u-me', 'u-hong', 'u-kim']);
    expect(rows.filter((uuid) => uuid === 'u-kim')).to.have.length(2);
    expect(rows.filter((uuid) => uuid === 'u-hong')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('picks a friend everywhere it appears, and hides the section while searching', async () => {
    const el = await mountInline((picker) => {
      picker.recentUuids = ['u-kim'];
    });
    optionByUuid(el, 'u-kim').click();
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['u-kim']);
    const rows = options(el).filter((row) => row.dataset.uuid === 'u-kim');
    expect(rows).to.have.length(2);
    for (const row of rows) expect(row.getAttribute('aria-selected')).to.equal('true');
    await search(el, '김');
    expect(sectionHeaders(el).some((header) => header.includes('최근'))).to.equal(false);
    expect(options(el).filter((row) => row.dataset.uuid === 'u-kim')).to.have.length(1);
    await search(el, '');
    expect(sectionHeaders(el)).to.include('최근');
  });

  it('follows changes of the property and reads Recent / 最近 in other languages', async () => {
    const el = await mountInline();
    expect(sectionHeaders(el)).to.not.include('최근');
    el.recentUuids = ['u-lee'];
    el.lang = 'ja';
    await settle(el);
    expect(sectionHeaders(el)).to.include('最近');
    el.lang = 'en';
    await settle(el);
    expect(sectionHeaders(el)).to.include('Recent');
    el.recentUuids = [];
    await settle(el);
    expect(sectionHeaders(el)).to.not.include('Recent');
  });
});
