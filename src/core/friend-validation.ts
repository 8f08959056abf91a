import type { Friend, TalkProfile } from '../types.js';

/**
 * Nicknames longer than this are cut: a hostile or broken source must not make one row megabytes
 * long (Kakao nicknames are at most a few dozen characters).
 */
export const MAX_NICKNAME_LENGTH = 200;
/** Image URLs longer than this are refused outright. */
export const MAX_URL_LENGTH = 2048;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether an avatar URL may be loaded: `https:` always, `http:` only on loopback, and
 * `data:image/` (for demos). Everything else (`javascript:`, `file:`, relative paths) is refused.
 */
export function isSafeImageUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) {
    return false;
  }
  if (/^data:image\/(png|jpeg|gif|webp|svg\+xml|avif)[;,]/i.test(value)) return true;
  // The common case without the URL parser: an https URL with a plain host name.
  if (/^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)*([/?#][^\s\\]*)?$/i.test(value)) return true;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && loopbackHosts.has(url.hostname);
}

/** Whether `value` is a usable `uuid`: a non-empty string of at most 256 characters. */
function isUuid(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= 256;
}

/** Whether `value` is a usable `id`: a finite number or a non-empty string. */
function isId(value: unknown): value is number | string {
  return (
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && value !== '')
  );
}

/**
 * The nickname a friend entry (or the profile) keeps: cut to its maximum length, `undefined` when
 * blank or not a string.
 */
export function cleanNickname(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.length > MAX_NICKNAME_LENGTH ? value.slice(0, MAX_NICKNAME_LENGTH) : value;
  return text.trim() === '' ? undefined : text;
}

/**
 * Validates one untrusted friend entry. Returns `undefined` when it has no usable string `uuid`;
 * otherwise a new object holding only the known fields with the right types (wrong types are
 * treated as missing, unsafe image URLs are dropped).
 */
export function sanitizeFriend(value: unknown): Friend | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entry = value as Record<string, unknown>;
  const uuid = entry.uuid;
  if (!isUuid(uuid)) return undefined;
  const friend: Friend = { uuid };
  if (isId(entry.id)) friend.id = entry.id;
  const nickname = cleanNickname(entry.profile_nickname);
  if (nickname !== undefined) friend.profile_nickname = nickname;
  if (isSafeImageUrl(entry.profile_thumbnail_image)) {
    friend.profile_thumbnail_image = entry.profile_thumbnail_image;
  }
  if (typeof entry.favorite === 'boolean') friend.favorite = entry.favorite;
  return friend;
}

const VISIBLE = /\S/;

/**
 * {@link sanitizeFriend} without the copy when there is nothing to clean: a plain object whose
 * known fields already have the right types and safe values is returned as it is (other fields
 * are ignored, and events hand out copies of the known fields only). Validating 100,000 friends
 * then allocates nothing per friend.
 */
export function validFriend(value: unknown): Friend | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return sanitizeFriend(value);
  const entry = value as Record<string, unknown>;
  const { uuid, id, profile_nickname: name, profile_thumbnail_image: image, favorite } = entry;
  if (!isUuid(uuid)) return undefined;
  const clean =
    (id === undefined || isId(id)) &&
    (name === undefined ||
      (typeof name === 'string' && name.length <= MAX_NICKNAME_LENGTH && VISIBLE.test(name))) &&
    (image === undefined || isSafeImageUrl(image)) &&
    (favorite === undefined || typeof favorite === 'boolean');
  return clean ? (entry as unknown as Friend) : sanitizeFriend(value);
}

/** Copies the known fields of a validated friend (what events hand out). */
export function copyFriend(friend: Friend): Friend {
  const copy: Friend = { uuid: friend.uuid };
  if (friend.id !== undefined) copy.id = friend.id;
  if (friend.profile_nickname !== undefined) copy.profile_nickname = friend.profile_nickname;
  if (friend.profile_thumbnail_image !== undefined) {
    copy.profile_thumbnail_image = friend.profile_thumbnail_image;
  }
  if (friend.favorite !== undefined) copy.favorite = friend.favorite;
  return copy;
}

/**
 * Validates a list of untrusted entries: bad entries are dropped, and of several entries with one
 * uuid the first is kept. `seen` carries uuids across pages.
 */
export function sanitizeFriends(values: unknown, seen: Set<string> = new Set()): Friend[] {
  if (!Array.isArray(values)) return [];
  const friends: Friend[] = [];
  for (const value of values) {
    const friend = sanitizeFriend(value);
    if (friend === undefined || seen.has(friend.uuid)) continue;
    seen.add(friend.uuid);
    friends.push(friend);
  }
  return friends;
}

/** Validates an untrusted profile; `null` when it is not an object. */
export function sanitizeProfile(value: unknown): TalkProfile | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entry = value as Record<string, unknown>;
  const profile: TalkProfile = {};
  const nickName = cleanNickname(entry.nickName);
  if (nickName !== undefined) profile.nickName = nickName;
  if (isSafeImageUrl(entry.profileImageURL)) profile.profileImageURL = entry.profileImageURL;
  if (isSafeImageUrl(entry.thumbnailURL)) profile.thumbnailURL = entry.thumbnailURL;
  if (isUuid(entry.uuid)) profile.uuid = entry.uuid;
  if (isId(entry.id)) profile.id = entry.id;
  return profile;
}
