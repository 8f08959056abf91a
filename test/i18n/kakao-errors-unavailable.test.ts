// A page whose chunk of Kakao error messages cannot load (offline, a blocked file): errors still
// read right, in the generic words, and the picker does not wait for the chunk again.
import { expect } from '@open-wc/testing';
import { loadKakaoErrors, loadedKakaoErrors } from '../../src/localization/locales.js';
import { messagesFor } from '../../src/localization/messages.js';

describe('the messages of errors only a Kakao answer brings, when their chunk cannot load', () => {
  it('leave the generic message in place, and are not waited for again', async () => {
    let attempts = 0;
    const unavailable = () => {
      attempts += 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
    await loadKakaoErrors(unavailable);
    expect(attempts).to.equal(1);
    expect(loadedKakaoErrors()).to.equal(undefined);
    expect(loadKakaoErrors(unavailable)).to.equal(undefined);
    expect(attempts).to.equal(1);
    const ko = messagesFor('ko');
    expect(ko.error('unauthorized')).to.equal(
      '친구 목록을 불러오는데 실패했습니다. 잠시 후 다시 시도해 주세요.',
    );
    expect(messagesFor('en').error('maintenance')).to.equal(
      'Failed to load the friends list. Please try again later.',
    );
  });
});
