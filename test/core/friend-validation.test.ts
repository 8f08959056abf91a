import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  isSafeImageUrl,
  MAX_NICKNAME_LENGTH,
  sanitizeFriend,
  sanitizeFriends,
  sanitizeProfile,
} from '../../src/core/friend-validation.js';

describe('isSafeImageUrl', () => {
  it('allows https, loopback http and data:image', () => {
    expect(isSafeImageUrl('https://k.kakaocdn.net/a.jpg')).to.equal(true);
    expect(isSafeImageUrl('http://localhost:5173/a.png')).to.equal(true);
    expect(isSafeImageUrl('http://127.0.0.1/a.png')).to.equal(true);
    expect(isSafeImageUrl('data:image/svg+xml,%3Csvg%3E')).to.equal(true);
  });

  it('refuses everything else', () => {
    for (const url of [
      'http://example.com/a.png',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>',
      '/relative.png',
      'file:///etc/passwd',
      '',
      42,
      null,
      `https://x.test/${'a'.repeat(3000)}`,
    ]) {
      expect(isSafeImageUrl(url), String(url).slice(0, 40)).to.equal(false);
    }
  });
});

describe('sanitizeFriend(s)', () => {
  it('keeps known fields with the right types only', () => {
    expect(
      sanitizeFriend({
        id: 7,
        uuid: 'u',
        profile_nickname: 'Kim',
        profile_thumbnail_image: 'https://a/b.png',
        favorite: true,
        extra: 'x',
      }),
    ).to.deep.equal({
      id: 7,
      uuid: 'u',
      profile_nickname: 'Kim',
      profile_thumbnail_image: 'https://a/b.png',
      favorite: true,
    });
    expect(
      sanitizeFriend({
        uuid: 'u',
        profile_nickname: 5,
        profile_thumbnail_image: 'javascript:x',
        favorite: 'yes',
      }),
    ).to.deep.equal({ uuid: 'u' });
  });

  it('drops entries without a string uuid', () => {
    for (const value of [null, 1, 'u', [], {}, { uuid: 1 }, { uuid: '' }]) {
      expect(sanitizeFriend(value)).to.equal(undefined);
    }
  });

  it('cuts huge nicknames', () => {
    const friend = sanitizeFriend({ uuid: 'u', profile_nickname: 'x'.repeat(1_000_000) });
    expect(friend!.profile_nickname!.length).to.equal(MAX_NICKNAME_LENGTH);
  });

  it('keeps the first of duplicate uuids, across pages too', () => {
    const seen = new Set<string>();
    expect(
      sanitizeFriends(
        [
          { uuid: 'a', id: 1 },
          { uuid: 'a', id: 2 },
        ],
        seen,
      ),
    ).to.deep.equal([{ uuid: 'a', id: 1 }]);
    expect(sanitizeFriends([{ uuid: 'a', id: 3 }, { uuid: 'b' }], seen)).to.deep.equal([
      { uuid: 'b' },
    ]);
    expect(sanitizeFriends('not an array')).to.deep.equal([]);
  });

  it('sanitizes profiles', () => {
    expect(
      sanitizeProfile({ nickName: 'Me', uuid: 'm', thumbnailURL: 'http://evil.test/x' }),
    ).to.deep.equal({
      nickName: 'Me',
      uuid: 'm',
    });
    expect(sanitizeProfile('x')).to.equal(null);
  });

  it('never throws and only returns valid friends for any JSON', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), (values) => {
        for (const friend of sanitizeFriends(values)) {
          if (typeof friend.uuid !== 'string') return false;
          if (friend.profile_nickname !== undefined && typeof friend.profile_nickname !== 'string')
            return false;
        }
        return true;
      }),
    );
  });
});
