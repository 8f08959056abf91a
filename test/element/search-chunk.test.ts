// The search matcher and highlighting are a chunk the first screen never waits for: a keystroke (or
// a type-ahead key) that comes before it arrives must still be searched once it does. This file
// runs in a page of its own, so the chunk is not loaded when its first test starts.
import { expect } from '@open-wc/testing';
import '../../src/kakao-friend-picker.js';
import { loadedSearch } from '../../src/controllers/search-loader.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import { liveText, options, part, sampleFriends } from './harness.js';

describe('the search chunk', () => {
  it('searches a query typed before the chunk has loaded, and announces the results', async () => {
    expect(loadedSearch(), 'no picker has asked for the chunk yet').to.equal(undefined);
    // All in microtasks: the chunk is requested on a task of its own once the picker connects,
    // so the query below is typed before it can have arrived.
    const el = document.createElement('kakao-friend-picker');
    el.viewType = 'inline';
    el.lang = 'en';
    document.body.append(el);
    el.dataSource = new ArrayFriendSource(sampleFriends);
    await el.updateComplete;
    expect(options(el).length).to.be.greaterThan(0);
    expect(loadedSearch()).to.equal(undefined);
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
    el.remove();
  });
});
