// The list as a full rebuild computes it: the reference the incremental `ListModel`
// (src/core/list-model.ts) is tested against, row for row. Test code only.
import type { SectionId } from '../../src/core/list-model.js';
import { profileAsFriend } from '../../src/core/profile-friend.js';
import type { MatchRange } from '../../src/core/search.js';
import type { Friend, TalkProfile } from '../../src/types.js';

/** A friend as the list model sees it: validated, with its index key for the active language. */
export interface ListEntry {
  friend: Friend;
  indexKey: string;
}

export interface HeaderRow {
  type: 'header';
  key: string;
  section: SectionId;
  count: number;
}

export interface FriendRow {
  type: 'friend';
  key: string;
  section: SectionId;
  friend: Friend;
  indexKey: string;
  /** Matched characters while searching; `null` otherwise. */
  ranges: readonly MatchRange[] | null;
}

export interface ProfileRow {
  type: 'profile';
  key: string;
  section: 'profile';
  profile: TalkProfile;
  /** The profile as a pickable friend; `null` when it has no uuid (it cannot receive messages). */
  friend: Friend | null;
}

export type ListRow = HeaderRow | FriendRow | ProfileRow;

export interface NaiveListModel {
  rows: ListRow[];
  /** Index bar keys, in list order; empty while searching. */
  indexKeys: string[];
  /** Row index each index key jumps to (its first friend in the Friends section). */
  indexTargets: Map<string, number>;
  /** Number of search results, or `null` when not searching. */
  resultCount: number | null;
}

export interface ListModelInput {
  /** Friends in list order (sorted for the active language). */
  entries: readonly ListEntry[];
  profile: TalkProfile | null;
  showMyProfile: boolean;
  /** The app's recent recipients (uuids), shown in a Recent section when not searching. */
  recentUuids?: readonly string[];
  showFavorite: boolean;
  /** The active search, or `null`: returns the matched ranges of an entry, `null` for no match. */
  match: ((entry: ListEntry) => readonly MatchRange[] | null) | null;
  /** Orders index keys like the list (language-aware). */
  orderIndexKeys: (keys: Iterable<string>) => string[];
}

function friendRow(entry: ListEntry, section: SectionId, ranges: readonly MatchRange[] | null) {
  const row: FriendRow = {
    type: 'friend',
    // Keyed by friend alone, so a row's DOM is reused when it moves between sections and results.
    key: `friend:${entry.friend.uuid}`,
    section,
    friend: entry.friend,
    indexKey: entry.indexKey,
    ranges,
  };
  return row;
}

function header(section: SectionId, count: number): HeaderRow {
  return { type: 'header', key: `header:${section}`, section, count };
}

/**
 * Builds the flat row list the virtualized listbox renders (SPEC 3 "Sections"): my profile,
 * Favorites (not repeated below), Friends; or one "Search results" section while searching.
 */
export function buildListModel(input: ListModelInput): NaiveListModel {
  const { entries, match } = input;
  const rows: ListRow[] = [];
  if (match !== null) {
    const results: FriendRow[] = [];
    // Runs on every keystroke over the whole list: no intermediate arrays. Favorites keep their
    // place on top in results too, as in the unfiltered list.
    const collect = (favorites: boolean | null) => {
      for (const entry of entries) {
        if (favorites !== null && (entry.friend.favorite === true) !== favorites) continue;
        const ranges = match(entry);
        if (ranges !== null) results.push(friendRow(entry, 'results', ranges));
      }
    };
    if (input.showFavorite) {
      collect(true);
      collect(false);
    } else {
      collect(null);
    }
    rows.push(header('results', results.length));
    for (const row of results) rows.push(row);
    return { rows, indexKeys: [], indexTargets: new Map(), resultCount: results.length };
  }

  if (input.showMyProfile && input.profile !== null) {
    rows.push(header('profile', 1), {
      type: 'profile',
      key: 'profile',
      section: 'profile',
      profile: input.profile,
      friend: profileAsFriend(input.profile),
    });
  }
  const byUuid = new Map(entries.map((entry) => [entry.friend.uuid, entry]));
  const recent = [...new Set(input.recentUuids ?? [])].flatMap((uuid) => byUuid.get(uuid) ?? []);
  if (recent.length > 0) {
    rows.push(header('recent', recent.length));
    for (const entry of recent) rows.push(friendRow(entry, 'recent', null));
  }
  let rest = entries;
  if (input.showFavorite) {
    const favorites = entries.filter((entry) => entry.friend.favorite === true);
    if (favorites.length > 0) {
      rows.push(header('favorites', favorites.length));
      for (const entry of favorites) rows.push(friendRow(entry, 'favorites', null));
      rest = entries.filter((entry) => entry.friend.favorite !== true);
    }
  }
  const indexTargets = new Map<string, number>();
  if (rest.length > 0) {
    rows.push(header('friends', rest.length));
    for (const entry of rest) {
      if (!indexTargets.has(entry.indexKey)) indexTargets.set(entry.indexKey, rows.length);
      rows.push(friendRow(entry, 'friends', null));
    }
  }
  return {
    rows,
    indexKeys: input.orderIndexKeys(indexTargets.keys()),
    indexTargets,
    resultCount: null,
  };
}
