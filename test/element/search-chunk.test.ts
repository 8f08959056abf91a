// The search matcher and highlighting are a chunk loaded after the first screen: a keystroke (or
// a type-ahead key) that comes before it arrives must still be searched once it does. This file
// runs in a page of its own, so the chunk is not loaded when its first test starts.
import { expect, fixture, html } from '@open-wc/testing';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { loadedSearch } from '../../src/controllers/search-loader.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import { liveText, options, part, sampleFriends, waitFor } from './harness.js';

describe('the search chunk', () => {
  it('searches a query typed before the chunk has loaded, and announces the results', async () => {
    expect(loadedSearch(), 'the chunk is not loaded before any picker shows rows').to.equal(
      undefined,
    );
    const el = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker view-type="inline" lang="en"></kakao-friend-picker>`,
    );
    el.dataSource = new ArrayFriendSource(sampleFriends);
    await waitFor(() => options(el).length > 0);
    // Right away: the chunk is requested only after the first rows are painted.
    const input = part(el, 'search-input') as HTMLInputElement;
    input.value = 'ㄱㅊ';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(loadedSearch()).to.not.equal(undefined);
    expect(options(el).map((row) => row.dataset.uuid)).to.deep.equal(['u-kim']);
    // 김철수: the initials ㄱㅊ highlight 김 and 철.
    const marks = [...options(el)[0]!.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks.join('')).to.equal('김철');
    expect(liveText(el)).to.equal('1 result');
  });
});
