// The side-effect-free entry (`kakao-friend-picker/component`): importing it registers nothing,
// and its class works under a tag name of the app's own. This file must not import the "."
// entry (nor the shared harness, which does).
import { expect, waitUntil } from '@open-wc/testing';
import { ArrayFriendSource, KakaoFriendPicker, TAG_NAME } from '../../src/component.js';
import type { KfpChangeDetail } from '../../src/types.js';

describe('kakao-friend-picker/component', () => {
  it('registers no element on import', () => {
    expect(TAG_NAME).to.equal('kakao-friend-picker');
    expect(customElements.get(TAG_NAME)).to.equal(undefined);
  });

  it('runs under a tag name of the app (a subclass, defined by the app)', async () => {
    customElements.define('my-friend-picker', class extends KakaoFriendPicker {});
    const el = document.createElement('my-friend-picker') as KakaoFriendPicker;
    el.viewType = 'inline';
    el.dataSource = new ArrayFriendSource([
      { id: 1, uuid: 'u-kim', profile_nickname: '김철수' },
      { id: 2, uuid: 'u-lee', profile_nickname: '이영희' },
    ]);
    document.body.append(el);
    try {
      const option = () =>
        el.shadowRoot?.querySelector<HTMLElement>('[role="option"][data-uuid="u-lee"]');
      await waitUntil(() => option(), 'the rows render', { timeout: 5000 });
      let detail: KfpChangeDetail | undefined;
      el.addEventListener('kfp-change', (event) => (detail = event.detail));
      option()!.click();
      await el.updateComplete;
      expect(detail?.uuids).to.deep.equal(['u-lee']);
      expect(el.selectedUuids).to.deep.equal(['u-lee']);
      // Still nothing under the package's own name.
      expect(customElements.get(TAG_NAME)).to.equal(undefined);
    } finally {
      el.remove();
    }
  });
});
