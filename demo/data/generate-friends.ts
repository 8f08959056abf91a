// The demo's friend lists: the shared generator (tools/friends/generate.mjs) with locally drawn
// avatars. `npm run bench` bundles this very file for the browser, so both measure the same data.
// Same seed and count, same list, on every machine.
import {
  generateFriends as generateSharedFriends,
  generateProfile as generateSharedProfile,
} from '../../tools/friends/generate.mjs';
import type { GenerateFriendsOptions as SharedOptions } from '../../tools/friends/generate.mjs';
import type { Friend, TalkProfile } from '../../src/types.js';
import { avatarDataUrl } from './avatar.js';

/** Options of {@link generateFriends}; thumbnails are always the demo's generated avatars. */
export type GenerateFriendsOptions = Omit<SharedOptions, 'thumbnail'>;

/**
 * `count` friends with unique uuids and Kakao's field names, in no particular order (the data source
 * sorts them), most with an avatar. Deterministic for a given seed.
 */
export function generateFriends(count: number, options: GenerateFriendsOptions = {}): Friend[] {
  return generateSharedFriends(count, { ...options, thumbnail: avatarDataUrl });
}

/** The signed-in user of a generated list: no uuid, so "My profile" shows but is not pickable. */
export function generateProfile(seed = 7): TalkProfile {
  return generateSharedProfile(seed, avatarDataUrl);
}
