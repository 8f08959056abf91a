import { expect, oneEvent } from '@open-wc/testing';
import type { KfpChangeDetail, KfpConfirmDetail } from '../../src/types.js';
import {
  confirm,
  liveText,
  mountInline,
  option,
  options,
  part,
  parts,
  pickedNames,
  settle,
  toggle,
} from './harness.js';

describe('multiple selection', () => {
  it('picks and unpicks in pick order with kfp-change', async () => {
    const el = await mountInline();
    const changes: KfpChangeDetail[] = [];
    el.addEventListener('kfp-change', (e) => changes.push(e.detail));
    await toggle(el, '홍길동');
    await toggle(el, 'Bob');
    expect(changes.at(-1)!.uuids).to.deep.equal(['u-hong', 'u-bob']);
    expect(changes.at(-1)!.users.map((u) => u.profile_nickname)).to.deep.equal(['홍길동', 'Bob']);
    expect(option(el, '홍길동').getAttribute('aria-selected')).to.equal('true');
    expect(pickedNames(el)).to.deep.equal(['홍길동', 'Bob']);
    expect(getComputedStyle(part(el, 'picked')!).overflowX).to.equal('auto');
    expect(part(el, 'counter')!.textContent).to.contain('2/30');
    await toggle(el, '홍길동');
    expect(changes.at(-1)!.uuids).to.deep.equal(['u-bob']);
    expect(el.selectedUuids).to.deep.equal(['u-bob']);
    await expect(el).to.be.accessible();
  });

  it('removes a friend from the picked strip', async () => {
    const el = await mountInline();
    await toggle(el, '홍길동');
    await toggle(el, 'alice');
    const removal = oneEvent(el, 'kfp-change');
    parts(el, 'picked-item')[0]!.querySelector('button')!.click();
    expect((await removal).detail.uuids).to.deep.equal(['u-alice']);
    await settle(el);
    expect(pickedNames(el)).to.deep.equal(['alice']);
    expect(option(el, '홍길동').getAttribute('aria-selected')).to.equal('false');
  });

  it('disables the other rows at max and says why', async () => {
    const el = await mountInline((picker) => (picker.maxPickableCount = 2));
    await toggle(el, '홍길동');
    await toggle(el, 'Bob');
    expect(liveText(el)).to.contain('친구는 한 번에 2명까지 선택할 수 있습니다.');
    const disabled = options(el).filter((row) => row.getAttribute('aria-disabled') === 'true');
    expect(disabled.map((row) => row.dataset.uuid)).to.not.include.members(['u-hong', 'u-bob']);
    expect(disabled.length).to.equal(options(el).length - 2);
    let changed = false;
    el.addEventListener('kfp-change', () => (changed = true));
    await toggle(el, 'alice');
    expect(changed).to.equal(false);
    expect(el.selectedUuids).to.deep.equal(['u-hong', 'u-bob']);
    await expect(el).to.be.accessible();
  });

  it('keeps confirm disabled below min, with a hint once OK was tried', async () => {
    const el = await mountInline((picker) => (picker.minPickableCount = 2));
    const button = part(el, 'confirm-button') as HTMLButtonElement;
    // aria-disabled, not disabled: OK pressed too early says why (issue 11).
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.contain(
      '최소 2명의 친구를 선택해주세요.',
    );
    expect(button.getAttribute('aria-describedby')).to.equal('hint');
    await toggle(el, '홍길동');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await toggle(el, 'Bob');
    expect(button.hasAttribute('aria-disabled')).to.equal(false);
    expect(el.shadowRoot!.querySelector('.hint')).to.equal(null);
    const confirmed = oneEvent(el, 'kfp-confirm');
    await confirm(el);
    const detail: KfpConfirmDetail = (await confirmed).detail;
    expect(detail).to.deep.equal({
      uuids: ['u-hong', 'u-bob'],
      users: [
        { id: 2, uuid: 'u-hong', profile_nickname: '홍길동' },
        { id: 7, uuid: 'u-bob', profile_nickname: 'Bob' },
      ],
      selectedTotalCount: 2,
    });
  });

  it('fires nothing when selectedUuids is set, and keeps picks through search', async () => {
    const el = await mountInline();
    let events = 0;
    el.addEventListener('kfp-change', () => events++);
    el.selectedUuids = ['u-lee', 'u-aoi'];
    await settle(el);
    expect(events).to.equal(0);
    expect(pickedNames(el)).to.deep.equal(['이영희', 'あおい']);
    expect(option(el, '이영희').getAttribute('aria-selected')).to.equal('true');
    el.clearSelection();
    await settle(el);
    expect(events).to.equal(0);
    expect(parts(el, 'picked-item')).to.have.length(0);
  });

  it('hides the picked strip when showPickedFriend is false', async () => {
    const el = await mountInline((picker) => (picker.showPickedFriend = false));
    await toggle(el, '홍길동');
    expect(part(el, 'picked')).to.equal(null);
  });
});

describe('single selection', () => {
  it('has radio semantics and replaces the pick', async () => {
    const el = await mountInline((picker) => (picker.selectionMode = 'single'));
    const list = part(el, 'list')!;
    expect(list.hasAttribute('aria-multiselectable')).to.equal(false);
    expect(part(el, 'counter')).to.equal(null);
    expect(part(el, 'confirm-button')!.getAttribute('aria-disabled')).to.equal('true');
    await toggle(el, '홍길동');
    await toggle(el, 'Bob');
    expect(el.selectedUuids).to.deep.equal(['u-bob']);
    expect(
      options(el).filter((row) => row.getAttribute('aria-selected') === 'true'),
    ).to.have.length(1);
    expect(part(el, 'picked')).to.equal(null);
    const confirmed = oneEvent(el, 'kfp-confirm');
    await confirm(el);
    expect((await confirmed).detail.selectedTotalCount).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('lets the profile be picked when it has a uuid', async () => {
    const el = await mountInline((picker) => (picker.selectionMode = 'single'));
    part(el, 'my-profile')!.click();
    await settle(el);
    expect(el.selectedUuids).to.deep.equal(['u-me']);
  });
});
