import { expect } from '@open-wc/testing';
import { profileAsFriend } from '../../src/core/profile-friend.js';
import { buildListModel, type ListEntry } from './naive-list-model.js';

const entry = (uuid: string, indexKey: string, favorite = false): ListEntry => ({
  friend: { uuid, profile_nickname: uuid, favorite },
  indexKey,
});

const entries = [entry('a', 'ㄱ'), entry('b', 'ㄱ', true), entry('c', 'ㄴ'), entry('d', 'A')];
const base = {
  entries,
  profile: { nickName: 'me', uuid: 'm' },
  showMyProfile: true,
  showFavorite: true,
  match: null,
  orderIndexKeys: (keys: Iterable<string>) => [...keys],
};

describe('buildListModel', () => {
  it('lays out profile, favorites and friends with index targets', () => {
    const model = buildListModel(base);
    expect(
      model.rows.map((row) => (row.type === 'header' ? `#${row.section}:${row.count}` : row.key)),
    ).to.deep.equal([
      '#profile:1',
      'profile',
      '#favorites:1',
      'friend:b',
      '#friends:3',
      'friend:a',
      'friend:c',
      'friend:d',
    ]);
    expect(model.indexKeys).to.deep.equal(['ㄱ', 'ㄴ', 'A']);
    expect(model.indexTargets.get('ㄴ')).to.equal(6);
    expect(model.resultCount).to.equal(null);
  });

  it('omits hidden and empty sections', () => {
    const model = buildListModel({ ...base, showMyProfile: false, showFavorite: false });
    expect(model.rows[0]).to.include({ type: 'header', section: 'friends', count: 4 });
    expect(buildListModel({ ...base, entries: [], profile: null }).rows).to.deep.equal([]);
  });

  it('builds one results section while searching, favorites first, no index', () => {
    const model = buildListModel({
      ...base,
      match: (e) => (e.friend.uuid === 'c' || e.friend.uuid === 'b' ? [[0, 1]] : null),
    });
    expect(model.rows.map((row) => row.key)).to.deep.equal([
      'header:results',
      'friend:b',
      'friend:c',
    ]);
    expect(model.resultCount).to.equal(2);
    expect(model.indexKeys).to.deep.equal([]);
  });

  it('turns a profile into a friend only when it has a uuid', () => {
    expect(
      profileAsFriend({ nickName: 'n', thumbnailURL: 'https://t', uuid: 'u', id: 1 }),
    ).to.deep.equal({
      uuid: 'u',
      id: 1,
      profile_nickname: 'n',
      profile_thumbnail_image: 'https://t',
    });
    expect(profileAsFriend({ nickName: 'n' })).to.equal(null);
  });
});
