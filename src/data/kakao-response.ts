import { sanitizeFriends, sanitizeProfile } from '../core/friend-validation.js';
import type { FriendsPage, TalkProfile } from '../types.js';
import { failure } from './kakao-error-mapping.js';

/**
 * Largest `total_count` believed (a larger one is cut to it). KakaoTalk caps a user's friends far
 * below this; a larger value would make the picker plan an absurd number of page requests. It is
 * only a bound: the picker also stops paging at a short page or one that brings no new friend.
 */
export const MAX_TOTAL_COUNT = 100000;

const isCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * Validates the body of `GET /v1/api/talk/friends`: an object whose `total_count` is a count and
 * whose `elements`, when present (Kakao leaves it out of an empty answer), is an array; anything
 * else is `bad-response`. A `total_count` beyond `MAX_TOTAL_COUNT` is cut to it, and a page longer
 * than that to its first `MAX_TOTAL_COUNT` entries; bad entries are dropped (SPEC 2.3).
 * `after_url` and `before_url` are ignored on purpose: they come from the network, and following
 * one could send the token to another origin.
 */
export function parseFriends(body: unknown): FriendsPage {
  // Object() lets one check refuse every body that is not an object: none has a `total_count`.
  const {
    elements: listed,
    total_count: total,
    favorite_count: favoriteCount,
  } = Object(body) as Record<string, unknown>;
  const elements = listed ?? [];
  if (!Array.isArray(elements) || !isCount(total)) {
    throw failure('bad-response', 'not a friends page');
  }
  const page: FriendsPage = {
    elements: sanitizeFriends(elements.slice(0, MAX_TOTAL_COUNT)),
    totalCount: Math.min(total, MAX_TOTAL_COUNT),
  };
  if (isCount(favoriteCount)) page.favoriteCount = favoriteCount;
  return page;
}

/** Validates the body of `GET /v1/api/talk/profile` (every field is optional there). */
export function parseProfile(body: unknown): TalkProfile {
  const profile = sanitizeProfile(body);
  if (!profile) throw failure('bad-response', 'not a profile');
  return profile;
}
