import { expect, html, fixture } from '@open-wc/testing';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import {
  mountInline,
  optionNames,
  options,
  part,
  parts,
  sampleFriends,
  sampleProfile,
  sectionHeaders,
  settle,
  waitFor,
} from './harness.js';

describe('sections and order', () => {
  it('shows my profile, favorites, then friends in 가나다 order with digits last', async () => {
    const el = await mountInline();
    expect(sectionHeaders(el)).to.deep.equal(['내 프로필', '즐겨찾기', '친구']);
    expect(optionNames(el)).to.deep.equal([
      '나',
      '김철수',
      '박민수',
      '강하늘',
      '이영희',
      '최지우',
      '홍길동',
      'alice',
      'Bob',
      'José',
      'あおい',
      'タナカ',
      '7번가',
    ]);
    await expect(el).to.be.accessible();
  });

  it('does not repeat favorites below and hides sections that are turned off', async () => {
    const el = await mountInline((picker) => {
      picker.showFavorite = false;
      picker.showMyProfile = false;
    });
    expect(sectionHeaders(el)).to.deep.equal(['친구']);
    expect(optionNames(el)).to.have.length(12);
    expect(optionNames(el)[0]).to.equal('강하늘');
  });

  it('marks my profile row and makes it pickable only with a uuid', async () => {
    const el = await mountInline();
    const me = part(el, 'my-profile')!;
    expect(me.getAttribute('role')).to.equal('option');
    expect(me.dataset.uuid).to.equal('u-me');
    expect(me.getAttribute('aria-disabled')).to.equal('false');
    // The virtualizer renders only what is inside the window: make room for the second picker.
    el.remove();

    const noUuid = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker view-type="inline" style="height:500px"></kakao-friend-picker>`,
    );
    noUuid.dataSource = new ArrayFriendSource(sampleFriends, { profile: { nickName: '나' } });
    await waitFor(() => part(noUuid, 'my-profile') !== null);
    expect(part(noUuid, 'my-profile')!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('renders every friend field as text, never markup', async () => {
    const el = await mountInline(() => {}, [
      { uuid: 'x', profile_nickname: '<img src=x onerror="window.__pwned=1">' },
    ]);
    const name = el.shadowRoot!.querySelector('[data-uuid="x"] [part~="nickname"]')!;
    expect(name.textContent).to.contain('<img');
    expect(el.shadowRoot!.querySelector('[part~="list"] img[src="x"]')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('drops entries without a string uuid and keeps the first of duplicates', async () => {
    const el = await mountInline(() => {}, [
      { uuid: 'a', profile_nickname: 'First' },
      { uuid: 'a', profile_nickname: 'Second' },
      { profile_nickname: 'No uuid' } as never,
      { uuid: 42, profile_nickname: 'Number uuid' } as never,
      { uuid: 'b', profile_nickname: 123 as never },
    ]);
    expect(options(el).map((row) => row.dataset.uuid)).to.deep.equal(['u-me', 'a', 'b']);
    expect(optionNames(el)).to.include('First').and.not.include('Second');
  });

  it('has the listbox and option semantics of SPEC 2.4', async () => {
    const el = await mountInline();
    const list = part(el, 'list')!;
    expect(list.getAttribute('role')).to.equal('listbox');
    expect(list.getAttribute('aria-multiselectable')).to.equal('true');
    for (const row of options(el)) {
      expect(row.getAttribute('aria-selected')).to.be.oneOf(['true', 'false']);
      expect(row.dataset.uuid).to.be.a('string');
    }
    expect(parts(el, 'avatar').length).to.equal(options(el).length);
    await settle(el);
  });

  it('uses the heading property and the counter', async () => {
    const el = await mountInline((picker) => {
      picker.heading = '받는 사람';
      picker.maxPickableCount = 5;
    });
    expect(part(el, 'heading')!.textContent.trim()).to.equal('받는 사람');
    expect(part(el, 'counter')!.textContent.replace(/\s+/g, ' ')).to.contain('0/5');
    void sampleProfile;
  });
});

describe('sticky section header', () => {
  it('names the section at the top of the scrolled list', async () => {
    const el = await mountInline(() => {}, [
      ...Array.from({ length: 30 }, (_, i) => ({
        uuid: `f${i}`,
        profile_nickname: `가${String(i).padStart(2, '0')}`,
        favorite: true,
      })),
      ...Array.from({ length: 60 }, (_, i) => ({ uuid: `n${i}`, profile_nickname: `나${i}` })),
    ]);
    const sticky = () => el.shadowRoot!.querySelector('.sticky')!.textContent.trim();
    expect(sticky()).to.equal('내 프로필');
    const list = part(el, 'list')!;
    list.scrollTop = 60 * 10;
    await waitFor(() => sticky().startsWith('즐겨찾기'), 'sticky header did not follow');
    list.scrollTop = 60 * 50;
    await waitFor(() => sticky().startsWith('친구'), 'sticky header did not follow');
    expect(el.shadowRoot!.querySelector('.sticky')!.getAttribute('aria-hidden')).to.equal('true');
  });
});
