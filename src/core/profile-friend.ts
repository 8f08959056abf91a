import type { Friend, TalkProfile } from '../types.js';

/** The profile as a `Friend`, when it can be picked (it has a uuid). */
export function profileAsFriend(profile: TalkProfile): Friend | null {
  if (profile.uuid === undefined) return null;
  const friend: Friend = { uuid: profile.uuid };
  if (profile.id !== undefined) friend.id = profile.id;
  if (profile.nickName !== undefined) friend.profile_nickname = profile.nickName;
  const image = profile.thumbnailURL ?? profile.profileImageURL;
  if (image !== undefined) friend.profile_thumbnail_image = image;
  return friend;
}
