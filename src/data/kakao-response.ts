import { sanitizeFriends, sanitizeProfile } from '../core/friend-validation.js';
import type { Friend, FriendsPage, FriendsQuery, TalkProfile } from '../types.js';
import { badResponse } from './kakao-error-mapping.js';

/**
 * Largest `total_count` believed (a larger one is cut to it). KakaoTalk caps a user's friends far
 * below this; a larger value would make the picker plan an absurd number of page requests. It is
 * only a bound: the picker also stops paging at a short page or one that brings no new friend.
 */
export const MAX_TOTAL_COUNT = 100_000;

/** A query with the REST API's defaults applied and its bounds enforced (`limit` 1–100). */
export type NormalizedQuery = Required<FriendsQuery>;

export function normalizeQuery(query: FriendsQuery): NormalizedQuery {
  const offset = Number.isFinite(query.offset) ? Math.max(0, Math.trunc(query.offset)) : 0;
  const limit = Number.isFinite(query.limit)
    ? Math.min(100, Math.max(1, Math.trunc(query.limit)))
    : 10;
  return {
    offset,
    limit,
    order: query.order === 'desc' ? 'desc' : 'asc',
    friendOrder: query.friendOrder === 'nickname' ? 'nickname' : 'favorite',
  };
}

/** The cache key of a friends page. */
export function pageKey(query: NormalizedQuery): string {
  return `friends:${query.offset}:${query.limit}:${query.order}:${query.friendOrder}`;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Validates the body of `GET /v1/api/talk/friends`. A missing `elements` is an empty page; a body
 * that is not an object, an `elements` that is not an array or a `total_count` that is not a
 * count is `bad-response`; a `total_count` beyond `MAX_TOTAL_COUNT` is cut to it, and a page
 * longer than that to its first `MAX_TOTAL_COUNT` entries; bad entries are dropped (SPEC 2.3). `after_url` and
 * `before_url` are ignored on purpose: they come from the network, and following one could send
 * the token to another origin.
 */
export function parseFriendsBody(body: unknown): FriendsPage {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badResponse('the body is not a JSON object');
  }
  const record = body as Record<string, unknown>;
  const elements = record.elements ?? [];
  if (!Array.isArray(elements)) throw badResponse('`elements` is not an array');
  const total = record.total_count;
  if (!isCount(total)) throw badResponse('`total_count` is not a count');
  const page: FriendsPage = {
    elements: sanitizeFriends(elements.slice(0, MAX_TOTAL_COUNT)),
    totalCount: Math.min(total, MAX_TOTAL_COUNT),
  };
  if (isCount(record.favorite_count)) page.favoriteCount = record.favorite_count;
  return page;
}

/** Validates the body of `GET /v1/api/talk/profile` (every field is optional there). */
export function parseProfileBody(body: unknown): TalkProfile {
  const profile = sanitizeProfile(body);
  if (profile === null) throw badResponse('the profile is not a JSON object');
  return profile;
}

/** A deep enough copy that a caller mutating its page cannot change the cached one. */
export function copyPage(page: FriendsPage): FriendsPage {
  const copy: FriendsPage = {
    elements: page.elements.map((friend): Friend => ({ ...friend })),
    totalCount: page.totalCount,
  };
  if (page.favoriteCount !== undefined) copy.favoriteCount = page.favoriteCount;
  return copy;
}

export function copyProfile(profile: TalkProfile | null): TalkProfile | null {
  return profile === null ? null : { ...profile };
}
