// The small hand-written data set: every script the picker sorts and searches (Hangul, Latin,
// kana, kanji, digit-led), favorites, and every avatar case (generated, missing, broken, refused).
import type { Friend, TalkProfile } from '../../src/types.js';
import { avatarDataUrl } from './avatar.js';

function friend(
  id: number,
  uuid: string,
  nickname: string,
  extra: { favorite?: boolean; /** `generated`, `none` or a URL. */ avatar?: string } = {},
): Friend {
  const avatar = extra.avatar ?? 'generated';
  const entry: Friend = { id, uuid, profile_nickname: nickname, favorite: extra.favorite ?? false };
  if (avatar === 'generated') entry.profile_thumbnail_image = avatarDataUrl(nickname, uuid);
  else if (avatar !== 'none') entry.profile_thumbnail_image = avatar;
  return entry;
}

/** Twelve friends; uuids are readable so the event log is easy to follow. */
export const sampleFriends: Friend[] = [
  friend(1001, 'uuid-kim-cheolsu', '김철수', { favorite: true }),
  friend(1002, 'uuid-hong-gildong', '홍길동'),
  friend(1003, 'uuid-lee-younghee', '이영희', { favorite: true }),
  friend(1004, 'uuid-park-jimin', '박지민', { avatar: 'none' }),
  friend(1005, 'uuid-kim-chaewon', '김채원'),
  friend(1006, 'uuid-ssangdungi', '쌍둥이맘', { avatar: 'data:image/png;base64,broken' }),
  friend(1007, 'uuid-olivia-brown', 'Olivia Brown', { favorite: true }),
  friend(1008, 'uuid-zoe-muller', 'Zoë Müller'),
  friend(1009, 'uuid-james-lee', 'james lee', { avatar: 'javascript:alert(1)' }),
  friend(1010, 'uuid-tanaka-yui', 'タナカ ユイ'),
  friend(1011, 'uuid-sato-hanako', '佐藤 花子', { avatar: 'none' }),
  friend(1012, 'uuid-1004-angel', '1004 천사'),
];

/** The signed-in user; with a uuid, so "My profile" can be picked (send to yourself). */
export const sampleProfile: TalkProfile = {
  id: 1000,
  uuid: 'uuid-me',
  nickName: '나 (Me)',
  thumbnailURL: avatarDataUrl('나', 'uuid-me'),
};
