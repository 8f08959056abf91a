// The side-effect-free entry (`kakao-friend-picker/component`): importing it registers nothing,
// and its class works under a tag name of the app's own. This file must not import the "."
// entry (nor test/element/harness.ts, which does; the helpers of test/helpers/ register nothing).
import { expect } from '@open-wc/testing';
import { ArrayFriendSource, KakaoFriendPicker, TAG_NAME } from '../../src/component.js';
import type { KfpChangeDetail } from '../../src/types.js';
import { option, settle, waitFor } from '../helpers/dom.js';

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
      await waitFor(() => el.shadowRoot?.querySelector('[role="option"]'), 'the rows render');
      await settle(el);
      let detail: KfpChangeDetail | undefined;
      el.addEventListener('kfp-change', (event) => (detail = event.detail));
      option(el, '이영희').click();
      await settle(el);
      expect(detail?.uuids).to.deep.equal(['u-lee']);
      expect(el.selectedUuids).to.deep.equal(['u-lee']);
      // Still nothing under the package's own name.
      expect(customElements.get(TAG_NAME)).to.equal(undefined);
    } finally {
      el.remove();
    }
  });
});
