import type { Friend, TalkProfile } from '../types.js';
import {
  SLOT_COUNT,
  UNKNOWN_SLOT,
  bucketRank,
  prepareCollation,
  isCollatedBucket,
  slotOfBucket,
  slotOfName,
  slotRank,
  sortBucketOf,
  sortByName,
  sortSubOf,
  sortSubOfFolded,
} from './collation.js';
import { MAX_NICKNAME_LENGTH, cleanNickname, validFriend } from './friend-validation.js';
import { indexKeyOf } from './index-keys.js';
import type { PickerLanguage } from './language.js';
import {
  prepareName,
  prepareSearchText,
  type MatchRange,
  type SearchableName,
  type SearchQuery,
} from './search.js';
import type * as SearchMatcherModule from './search-match.js';

/** The search matcher (search-match.ts): a chunk the picker loads after its first screen. */
export type SearchMatcher = Pick<
  typeof SearchMatcherModule,
  'prepareQuery' | 'matchName' | 'matchesName' | 'narrowsSearch'
>;

let matcher: SearchMatcher | undefined;

/**
 * Hands models the search matcher (the picker does once its chunk has loaded); until then they
 * do not search (see {@link ListModel.setQuery}).
 */
export function useSearchMatcher(given: SearchMatcher): void {
  matcher = given;
}
import { profileAsFriend } from './profile-friend.js';

/**
 * The most friends the picker takes from any source: a source claiming (or returning) millions
 * must not make the picker hold millions.
 */
export const MAX_FRIENDS = 100_000;

/**
 * One friend, validated, with its search text prepared once (it is the `SearchableName` the
 * matcher reads); it is also the friend's row. One object per friend, in every language. It keeps
 * no map from the folded text back to the nickname (`source` is `null`): only highlights need
 * one, and they are worked out for the rendered rows alone (see `ListModel.rangesOf`).
 */
export interface FriendEntry extends SearchableName {
  readonly type: 'friend';
  readonly friend: Friend;
  /** Position in the source's order: of two entries with one uuid, the lower keeps its place. */
  readonly seq: number;
  /** The sort bucket (`sortBucketOf` of the nickname). */
  readonly bucket: number;
}

/** The sections the list is laid out in. */
export type SectionId = 'profile' | 'recent' | 'favorites' | 'friends' | 'results';

export interface HeaderRow {
  readonly type: 'header';
  readonly section: SectionId;
  readonly count: number;
}

export interface ProfileRow {
  readonly type: 'profile';
  readonly profile: TalkProfile;
  /** The profile as a pickable friend; `null` when it has no uuid (it cannot receive messages). */
  readonly friend: Friend | null;
}

export type ModelRow = HeaderRow | ProfileRow | FriendEntry;

/** The options that shape the rows. */
export interface ListModelOptions {
  language: PickerLanguage;
  showMyProfile: boolean;
  showFavorite: boolean;
}

interface Bucket {
  readonly code: number;
  rank: number;
  readonly indexKey: string;
  /** Sorted, visible entries; favorites apart from the others (they have their own section). */
  favorites: readonly FriendEntry[];
  others: readonly FriendEntry[];
  /** Both, sorted together: the Friends section when favorites are not shown apart. */
  all: readonly FriendEntry[] | null;
  /** The language the entries were sorted for (only collated buckets depend on it). */
  sortedFor: PickerLanguage;
  /** The highest `sortSubOf` merged into `favorites` and into `others` (-1 for none yet). */
  readonly subs: [number, number];
}

/**
 * Raw entries waiting for validation, grouped by the bucket, part of it (see `sortSubOf`) and
 * favorite flag they will join.
 */
interface Pending {
  /** Its key in the pending groups (see `pendingKey`). */
  readonly key: number;
  readonly code: number;
  /**
   * The part of the bucket (see `sortSubOf`); `UNSURE` for entries whose part is only known once
   * their name is folded, `WHOLE` for a group that takes every part.
   */
  readonly sub: number;
  readonly favorite: boolean;
  /** The group's place in the work: its family (see `familyOf`), then its place in the list. */
  priority: number;
  /** Source positions of the entries (see `rawAt`). */
  readonly seqs: number[];
  next: number;
  readonly fresh: FriendEntry[];
}

/** More than any `sortSubOf` + 2. */
const SUB_SPAN = 0x20000;
const UNSURE = -1;
const WHOLE = -2;
/** Groups are split into their parts while fewer friends than this are validated. */
const PARTS_UNTIL = 256;
/** Larger groups are split at any time: one sort of them would be a long task. */
const LARGE_GROUP = 2048;
/** More than any pending group's place in the list. */
const FAMILY_SPAN = 2 ** 46;

const pendingKey = (code: number, sub: number, favorite: boolean): number =>
  (code * SUB_SPAN + sub + 2) * 2 + (favorite ? 0 : 1);

interface Segment {
  readonly start: number;
  readonly rows: readonly ModelRow[];
}

interface Layout {
  readonly rowCount: number;
  readonly segments: readonly Segment[];
  /** Row indexes of the section headers, ascending. */
  readonly headers: readonly number[];
  readonly indexKeys: readonly string[];
  readonly indexTargets: ReadonlyMap<string, number>;
  readonly resultCount: number | null;
}

interface SearchCache {
  readonly query: string;
  readonly matches: readonly FriendEntry[];
}

/** Entries classified or validated between two checks of the time budget. */
const CHUNK = 256;

const nameOf = (entry: FriendEntry): string => entry.nickname;
const foldedOf = (entry: FriendEntry): string => entry.text;

function sortEntries(entries: readonly FriendEntry[], language: PickerLanguage): FriendEntry[] {
  return sortByName(entries, nameOf, language, 'asc', foldedOf);
}

const bySeq = (a: FriendEntry, b: FriendEntry): number => a.seq - b.seq;

/** The nickname an untrusted entry will keep once validated (the one it sorts by). */
function rawNickname(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return '';
  const value = (raw as { profile_nickname?: unknown }).profile_nickname;
  if (typeof value !== 'string') return '';
  return value.length > MAX_NICKNAME_LENGTH ? (cleanNickname(value) ?? '') : value;
}

/** The slot of a nickname starting with a Hangul syllable that settles it; -1 otherwise. */
function hangulSlotOf(value: unknown): number {
  if (typeof value !== 'string') return -1;
  const code = value.charCodeAt(0);
  if (code < 0xac00 || code > 0xd7a3 || value.length > MAX_NICKNAME_LENGTH) return -1;
  // A conjoining jamo after it would fold into it.
  const second = value.charCodeAt(1);
  if ((second >= 0x1100 && second <= 0x11ff) || (second >= 0xd7b0 && second <= 0xd7ff)) return -1;
  return ((code - 0xac00) / 588) | 0;
}

/**
 * The favorites' pass over a batch: files each favorite whose nickname starts with a Hangul
 * syllable in its slot queue, marks all in `seen`, and returns the positions of the others (for
 * `scan` to file). It reads nothing of the other entries but the flag, and is a function of its
 * own: the first screen waits for this loop, and the engine optimizes a small one much sooner.
 */
function fileFavorites(batch: Batch, queues: number[][]): { filed: number; rest: number[] } {
  const { items, base, seen } = batch;
  const rest: number[] = [];
  let filed = 0;
  for (let i = batch.next; i < items.length; i++) {
    const raw = items[i] as { favorite?: unknown; profile_nickname?: unknown } | null;
    if (typeof raw !== 'object' || raw === null || raw.favorite !== true) continue;
    seen[i] = 1;
    const slot = hangulSlotOf(raw.profile_nickname);
    if (slot < 0) {
      rest.push(i);
    } else {
      queues[slot * 2]!.push(base + i);
      filed += 1;
    }
  }
  return { filed, rest };
}

/**
 * The index of the last item whose start is at or before `position`, in items sorted by start
 * (the first one starts at or before any position asked for).
 */
function lastStartingAtOrBefore<T>(
  items: readonly T[],
  position: number,
  startOf: (item: T) => number,
): number {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (startOf(items[middle]!) <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

const segmentStart = (segment: Segment): number => segment.start;
const batchBase = (batch: Batch): number => batch.base;

interface Batch {
  readonly items: readonly unknown[];
  /** The source position of `items[0]`. */
  readonly base: number;
  /** Whether the favorites from `next` on were scanned (all at once, before the others). */
  favoritesDone: boolean;
  /** The next item to scan for the others. */
  next: number;
  /** 1 for each favorite. */
  readonly seen: Uint8Array;
}

/**
 * The picker's list, DOM-free: it takes untrusted friends in batches of any size and turns them
 * into sorted, searchable rows (my profile, Favorites, Friends; or Search results) with index
 * keys, doing the whole-list work in slices so the first screen comes first.
 *
 * Friends are sorted bucket by bucket (see `sortBucketOf`): a batch is first classified into
 * buckets (one cheap pass, no folding for Hangul and ASCII names; with favorites shown apart, a
 * pass over the favorites alone first), then the buckets are validated, prepared for search and
 * sorted top of the list first, each becoming visible when it is sorted (near the top, a large
 * bucket a part at a time: see `sortSubOf`). The caller drives the work with {@link ListModel.work} and a time budget; rows, counts and index
 * keys always describe the visible buckets, and equal a full rebuild once the work is done.
 */
export class ListModel {
  /** Bumped whenever the rows may have changed. */
  version = 0;

  #options: ListModelOptions = {
    language: 'en',
    showMyProfile: true,
    showFavorite: true,
  };
  #profile: TalkProfile | null = null;
  #profileRow: ProfileRow | null = null;
  /** The app's recent recipients, distinct, in its order (see {@link setRecent}). */
  #recent: readonly string[] = [];
  #query = '';
  #searchQuery: SearchQuery | null = null;
  /** The matcher `#searchQuery` was prepared with. */
  #queryMatcher: SearchMatcher | undefined;
  /** Every batch of this load, until its entries are all validated. */
  #inputs: Batch[] = [];
  /** Batches still to scan. */
  #batches: Batch[] = [];
  /** Scanned but not yet classified: source positions per coarse slot queue (`slot * 2`, plus 1 for non-favorites). */
  #unclassified: number[][] = Array.from({ length: SLOT_COUNT * 2 }, () => []);
  #unclassifiedCount = 0;
  /** The slot queues in list order, for the current options. */
  #queueOrder: number[] = [];
  /** Every queue before this place in `#queueOrder` is empty (a scan starts it over). */
  #queueAt = 0;
  #taken = 0;
  #pending = new Map<number, Pending>();
  #buckets = new Map<number, Bucket>();
  /** Visible buckets in list order. */
  #ordered: Bucket[] = [];
  #byUuid = new Map<string, FriendEntry>();
  #searchCache = new WeakMap<readonly FriendEntry[], SearchCache>();
  #cachedLayout: Layout | null = null;

  /** Drops every friend and all pending work (a new data source, or a reload). */
  reset(): void {
    this.#inputs = [];
    this.#batches = [];
    for (const queue of this.#unclassified) queue.length = 0;
    this.#unclassifiedCount = 0;
    this.#taken = 0;
    this.#pending.clear();
    this.#buckets.clear();
    this.#ordered = [];
    this.#byUuid.clear();
    this.#searchCache = new WeakMap();
    this.#changed();
  }

  /** Queues untrusted entries; nothing is validated until {@link work} runs. */
  add(items: readonly unknown[]): void {
    const room = MAX_FRIENDS - this.#taken;
    if (room <= 0 || items.length === 0) return;
    const taken = items.length > room ? items.slice(0, room) : items;
    const batch: Batch = {
      items: taken,
      base: this.#taken,
      favoritesDone: false,
      next: 0,
      seen: new Uint8Array(taken.length),
    };
    this.#taken += batch.items.length;
    this.#inputs.push(batch);
    this.#batches.push(batch);
  }

  /**
   * The friends shown in a Recent section on top (the app's recent recipients), in this order;
   * uuids no friend has are skipped, and the section is hidden while searching.
   */
  setRecent(uuids: readonly unknown[]): void {
    const recent = [...new Set(uuids.filter((uuid): uuid is string => typeof uuid === 'string'))];
    if (recent.join('\n') === this.#recent.join('\n')) return;
    this.#recent = recent;
    this.#changed();
  }

  setProfile(profile: TalkProfile | null): void {
    if (profile === this.#profile) return;
    this.#profile = profile;
    this.#profileRow =
      profile === null ? null : { type: 'profile', profile, friend: profileAsFriend(profile) };
    this.#changed();
  }

  setOptions(options: ListModelOptions): void {
    const previous = this.#options;
    if (
      previous.language === options.language &&
      previous.showFavorite === options.showFavorite &&
      previous.showMyProfile === options.showMyProfile
    ) {
      return;
    }
    this.#options = { ...options };
    this.#queueOrder = [];
    if (previous.language !== options.language) {
      for (const bucket of this.#buckets.values()) {
        bucket.rank = bucketRank(bucket.code, options.language);
        if (isCollatedBucket(bucket.code)) this.#resort(bucket);
      }
      this.#orderBuckets();
    }
    for (const pending of this.#pending.values()) pending.priority = this.#priorityOf(pending);
    this.#changed();
  }

  /**
   * What the user typed; an empty or blank query shows the full list, and so does any query until
   * the search matcher is given (call again once it is: see {@link useSearchMatcher}).
   */
  setQuery(query: string): void {
    const current = matcher;
    if (query === this.#query && current === this.#queryMatcher) return;
    this.#query = query;
    this.#queryMatcher = current;
    this.#searchQuery = current === undefined ? null : current.prepareQuery(query);
    this.#cachedLayout = null;
  }

  /** Whether friends are still waiting to be validated, sorted or shown. */
  get busy(): boolean {
    return this.#batches.length > 0 || this.#unclassifiedCount > 0 || this.#pending.size > 0;
  }

  /** Distinct valid friends held (the profile aside), visible or not yet. */
  get friendCount(): number {
    return this.#byUuid.size;
  }

  /**
   * Does pending work until `shouldYield()` returns true (checked every few hundred friends) or
   * nothing is left; returns whether work remains. The top of the list is always done first.
   */
  work(shouldYield: () => boolean): boolean {
    while (this.busy) {
      // Top of the list first: a bucket is validated and shown once no entry still waiting to be
      // scanned or classified can sort before it; otherwise the first slot that has such entries
      // is classified, or entries are scanned. With favorites shown apart, the favorites are
      // scanned first, and the others only once their section is on screen.
      const unscanned = this.#unscannedFamily();
      const queue = this.#firstUnclassifiedQueue();
      const pending = this.#nextPending();
      if (
        pending !== undefined &&
        this.#familyOf(pending.favorite) < unscanned &&
        (queue < 0 || this.#precedes(pending, queue))
      ) {
        if (this.#split(pending)) continue;
        this.#validate(pending);
        if (pending.next >= pending.seqs.length) this.#commit(pending);
      } else if (queue >= 0 && this.#familyOf(queue % 2 === 0) < unscanned) {
        this.#classifyQueue(queue);
      } else if (this.#batches.length > 0) {
        this.#scanNext();
      } else {
        break;
      }
      if (shouldYield()) break;
    }
    // The raw entries are not needed once every one is validated.
    if (!this.busy) this.#inputs = [];
    return this.busy;
  }

  /** Starts ICU's collation for the list's language ahead of time (see `prepareCollation`). */
  prepareCollation(): void {
    prepareCollation(this.#options.language);
  }

  /** The friend with this uuid, or the profile when it is that uuid. */
  friendOf(uuid: string): Friend | undefined {
    const entry = this.#byUuid.get(uuid);
    if (entry !== undefined) return entry.friend;
    const profileFriend = this.#profileRow?.friend;
    return profileFriend?.uuid === uuid ? profileFriend : undefined;
  }

  /** The search matches of a row to highlight (only while searching). */
  rangesOf(row: ModelRow): readonly MatchRange[] | null {
    if (row.type !== 'friend' || this.#searchQuery === null) return null;
    return this.#queryMatcher!.matchName(prepareName(row.nickname), this.#searchQuery);
  }

  /** The index key a friend's row is filed under. */
  indexKeyOf(entry: FriendEntry): string {
    return this.#buckets.get(entry.bucket)?.indexKey ?? indexKeyOf(nameOf(entry));
  }

  get rowCount(): number {
    return this.#layout().rowCount;
  }

  /** Number of options (rows that are not section headers). */
  get optionCount(): number {
    const layout = this.#layout();
    return layout.rowCount - layout.headers.length;
  }

  /** 1-based position of row `index` among the options (for `aria-posinset`). */
  optionPosition(index: number): number {
    let headers = 0;
    for (const at of this.#layout().headers) if (at < index) headers += 1;
    return index - headers + 1;
  }

  /** Row indexes of the section headers, ascending. */
  get headerIndexes(): readonly number[] {
    return this.#layout().headers;
  }

  get indexKeys(): readonly string[] {
    return this.#layout().indexKeys;
  }

  /** The row each index key jumps to: its first friend in the Friends section. */
  get indexTargets(): ReadonlyMap<string, number> {
    return this.#layout().indexTargets;
  }

  /** Number of search results, or `null` when not searching. */
  get resultCount(): number | null {
    return this.#layout().resultCount;
  }

  rowAt(index: number): ModelRow | undefined {
    const { segments } = this.#layout();
    // Out of range, the index falls before the first segment's rows or after the last one's.
    const segment = segments[lastStartingAtOrBefore(segments, index, segmentStart)];
    return segment?.rows[index - segment.start];
  }

  /** Whether row `index` is an option (a friend or my profile; not a header, not past the end). */
  isOption(index: number): boolean {
    return (this.rowAt(index)?.type ?? 'header') !== 'header';
  }

  /** Row `index`'s name for type-ahead, or `null` for a header. */
  nameAt(index: number): SearchableName | null {
    const row = this.rowAt(index);
    if (row === undefined || row.type === 'header') return null;
    return row.type === 'friend' ? row : prepareName(row.profile.nickName ?? '');
  }

  // --- work ----------------------------------------------------------------------------------

  /** 0 for favorites shown in their own section, 1 for the rest: the order of the sections. */
  #familyOf(favorite: boolean): number {
    return this.#options.showFavorite && favorite ? 0 : 1;
  }

  /** The first family (see `familyOf`) with entries not yet scanned; 2 if none. */
  #unscannedFamily(): number {
    if (this.#batches.length === 0) return 2;
    return this.#options.showFavorite && this.#batches.some((b) => !b.favoritesDone) ? 0 : 1;
  }

  /**
   * Scans a chunk of the first batch; with favorites apart, the favorites of every batch first.
   */
  #scanNext(): void {
    const apart = this.#options.showFavorite;
    const batch = (apart && this.#batches.find((b) => !b.favoritesDone)) || this.#batches[0]!;
    this.#scan(batch, apart && !batch.favoritesDone);
    if (batch.next >= batch.items.length) this.#batches.splice(this.#batches.indexOf(batch), 1);
  }

  /**
   * A pass over a batch, a few nanoseconds an entry: its coarse slot from the first character of
   * its nickname (see `slotOfName`); the rare names that need folding to tell are classified into
   * their bucket at once. With favorites shown apart, a pass over the favorites comes first,
   * reading nothing of the others but the flag: the first screen waits for it alone.
   */
  #scan(batch: Batch, favorites: boolean): void {
    const { items, base, seen } = batch;
    const queues = this.#unclassified;
    let counted = 0;
    let found: number[] = [];
    if (favorites) {
      ({ filed: counted, rest: found } = fileFavorites(batch, queues));
      batch.favoritesDone = true;
    }
    const from = batch.next;
    const end = Math.min(items.length, from + CHUNK * 32);
    const count = favorites ? found.length : end - from;
    for (let k = 0; k < count; k++) {
      const i = favorites ? found[k]! : from + k;
      if (!favorites && seen[i] !== 0) continue;
      const raw = items[i] as { profile_nickname?: unknown; favorite?: unknown } | null;
      if (typeof raw !== 'object' || raw === null) continue;
      const favorite = favorites || (!batch.favoritesDone && raw.favorite === true);
      let slot = hangulSlotOf(raw.profile_nickname);
      let name = '';
      if (slot < 0) {
        name = rawNickname(raw);
        slot = slotOfName(name);
      }
      if (slot === UNKNOWN_SLOT) {
        this.#classifyEntry(base + i, name, favorite);
      } else {
        queues[slot * 2 + (favorite ? 0 : 1)]!.push(base + i);
        counted += 1;
      }
    }
    this.#unclassifiedCount += counted;
    this.#queueAt = 0;
    if (!favorites) batch.next = end;
  }

  /** Files scanned entries of one slot queue into their buckets. */
  #classifyQueue(queue: number): void {
    const seqs = this.#unclassified[queue]!;
    const favorite = queue % 2 === 0;
    const start = Math.max(0, seqs.length - CHUNK * 8);
    for (let i = start; i < seqs.length; i++) {
      const seq = seqs[i]!;
      this.#classifyEntry(seq, rawNickname(this.#rawAt(seq)), favorite);
    }
    this.#unclassifiedCount -= seqs.length - start;
    seqs.length = start;
  }

  #classifyEntry(seq: number, name: string, favorite: boolean): void {
    this.#group(sortBucketOf(name), WHOLE, favorite).seqs.push(seq);
  }

  /**
   * Near the top of the list, a large group is sorted and shown a part at a time: the first screen
   * then waits for a part of the first bucket, not for all of it (one bucket can hold a fifth of a
   * Korean list). Further down, one sort per bucket costs less.
   */
  #split(pending: Pending): boolean {
    if (
      pending.sub !== WHOLE ||
      pending.next > 0 ||
      pending.seqs.length <= (this.#byUuid.size < PARTS_UNTIL ? 16 : LARGE_GROUP) ||
      isCollatedBucket(pending.code)
    ) {
      return false;
    }
    this.#pending.delete(pending.key);
    for (const seq of pending.seqs) {
      const sub = sortSubOf(rawNickname(this.#rawAt(seq)));
      this.#group(pending.code, sub, pending.favorite).seqs.push(seq);
    }
    return true;
  }

  /** The pending group of a bucket's part, made when missing. */
  #group(code: number, sub: number, favorite: boolean): Pending {
    const key = pendingKey(code, sub, favorite);
    let pending = this.#pending.get(key);
    if (pending === undefined) {
      pending = { key, code, sub, favorite, priority: 0, seqs: [], next: 0, fresh: [] };
      pending.priority = this.#priorityOf(pending);
      this.#pending.set(key, pending);
    }
    return pending;
  }

  /** The pending group nearest the top of the list. */
  #nextPending(): Pending | undefined {
    let best: Pending | undefined;
    for (const pending of this.#pending.values()) {
      if (best === undefined || pending.priority < best.priority) best = pending;
    }
    return best;
  }

  #priorityOf(pending: Pending): number {
    const rank = bucketRank(pending.code, this.#options.language) * SUB_SPAN + pending.sub + 2;
    return this.#familyOf(pending.favorite) * FAMILY_SPAN + rank;
  }

  /** The first slot queue, in list order, that holds entries not yet classified; -1 if none. */
  #firstUnclassifiedQueue(): number {
    if (this.#unclassifiedCount === 0) return -1;
    if (this.#queueOrder.length === 0) this.#orderQueues();
    // Called before every step of the work: it goes on from where it found the last queue.
    const order = this.#queueOrder;
    while (
      this.#queueAt < order.length &&
      this.#unclassified[order[this.#queueAt]!]!.length === 0
    ) {
      this.#queueAt++;
    }
    return order[this.#queueAt] ?? -1;
  }

  #orderQueues(): void {
    // Each queue at its own place: its slot's place, then favorites first (no sort to run).
    const order = new Array<number>(SLOT_COUNT * 4).fill(-1);
    for (let queue = 0; queue < SLOT_COUNT * 2; queue++) {
      order[this.#slotPlace(queue >> 1, queue % 2 === 0) * 2 + (queue % 2)] = queue;
    }
    this.#queueOrder = order.filter((queue) => queue >= 0);
    this.#queueAt = 0;
  }

  /** Where a slot's entries come in the list: by family, then by slot rank. */
  #slotPlace(slot: number, favorite: boolean): number {
    return this.#familyOf(favorite) * SLOT_COUNT + slotRank(slot, this.#options.language);
  }

  /** Whether a pending group sorts before every entry of a slot queue. */
  #precedes(pending: Pending, queue: number): boolean {
    return (
      this.#slotPlace(slotOfBucket(pending.code), pending.favorite) <
      this.#slotPlace(queue >> 1, queue % 2 === 0)
    );
  }

  /** The raw entry at a source position. */
  #rawAt(seq: number): unknown {
    const batch = this.#inputs[lastStartingAtOrBefore(this.#inputs, seq, batchBase)]!;
    return batch.items[seq - batch.base];
  }

  #validate(pending: Pending): void {
    const end = Math.min(pending.seqs.length, pending.next + CHUNK);
    for (let i = pending.next; i < end; i++) {
      const seq = pending.seqs[i]!;
      const friend = validFriend(this.#rawAt(seq));
      if (friend === undefined) continue;
      const existing = this.#byUuid.get(friend.uuid);
      if (existing !== undefined) {
        // Duplicates keep the first in the source's order, wherever it was sorted to.
        if (existing.seq < seq) continue;
        this.#remove(existing);
      }
      const nickname = friend.profile_nickname ?? '';
      const prepared = prepareSearchText(nickname);
      const entry: FriendEntry = {
        type: 'friend',
        friend,
        nickname,
        text: prepared.text,
        initials: prepared.initials,
        source: null,
        sourceEnd: null,
        hasCompoundJamo: prepared.hasCompoundJamo,
        seq,
        bucket: pending.code,
      };
      this.#byUuid.set(friend.uuid, entry);
      // Entries whose part of the bucket the raw name did not tell join it now.
      const group =
        pending.sub === UNSURE
          ? this.#group(pending.code, sortSubOfFolded(entry.text), pending.favorite)
          : pending;
      group.fresh.push(entry);
    }
    pending.next = end;
  }

  #commit(pending: Pending): void {
    this.#pending.delete(pending.key);
    const fresh = pending.fresh;
    if (fresh.length === 0) return;
    // Entries classified at scan time and from their slot later can arrive out of source order
    // (in order, the usual case, the sort is one pass: it finds a single run).
    fresh.sort(bySeq);
    let bucket = this.#buckets.get(pending.code);
    if (bucket === undefined) {
      bucket = {
        code: pending.code,
        rank: bucketRank(pending.code, this.#options.language),
        indexKey: indexKeyOf(nameOf(fresh[0]!)),
        favorites: [],
        others: [],
        all: null,
        sortedFor: this.#options.language,
        subs: [-1, -1],
      };
      this.#buckets.set(pending.code, bucket);
      this.#orderBuckets();
    }
    const list = pending.favorite ? 0 : 1;
    const key = pending.favorite ? 'favorites' : 'others';
    // Parts of a bucket usually come in order: a part after every one shown goes after them.
    bucket[key] =
      pending.sub > bucket.subs[list]
        ? bucket[key].concat(sortEntries(fresh, this.#options.language))
        : this.#merge(bucket[key], fresh);
    // Whatever comes after a whole group is merged in.
    bucket.subs[list] = pending.sub === WHOLE ? SUB_SPAN : Math.max(bucket.subs[list], pending.sub);
    bucket.all = null;
    this.#changed();
  }

  /** `sorted` with `fresh` added, in list order: a few are merged in, many are sorted in. */
  #merge(sorted: readonly FriendEntry[], fresh: FriendEntry[]): FriendEntry[] {
    const language = this.#options.language;
    if (fresh.length * 8 > sorted.length) {
      // Equal names keep the source's order: the stable sort must see the entries in it.
      return sortEntries([...sorted, ...fresh].sort(bySeq), language);
    }
    // Equal names keep the source's order, as the stable sort does; two names, the sort's.
    const before = (other: FriendEntry, entry: FriendEntry) =>
      other.nickname === entry.nickname
        ? other.seq < entry.seq
        : sortEntries([other, entry], language)[0] === other;
    // The fresh entries in order, each placed by a search that gallops on from where the one
    // before went (steps doubling, back to 1 past the place): a part that goes after the whole
    // list (names arriving in order) costs about log2(list) comparisons, and no entry shifts the
    // list along (one copy in all).
    const result: FriendEntry[] = [];
    const n = sorted.length;
    let from = 0;
    for (const entry of sortEntries(fresh, language)) {
      for (let step = 1; from < n;) {
        const next = Math.min(from + step, n);
        if (before(sorted[next - 1]!, entry)) {
          while (from < next) result.push(sorted[from++]!);
          step *= 2;
        } else if (step > 1) step = 1;
        else break;
      }
      result.push(entry);
    }
    while (from < n) result.push(sorted[from++]!);
    return result;
  }

  #remove(entry: FriendEntry): void {
    this.#byUuid.delete(entry.friend.uuid);
    const bucket = this.#buckets.get(entry.bucket);
    if (bucket !== undefined) {
      bucket.favorites = bucket.favorites.filter((other) => other !== entry);
      bucket.others = bucket.others.filter((other) => other !== entry);
      bucket.all = null;
    }
    for (const pending of this.#pending.values()) {
      const at = pending.fresh.indexOf(entry);
      if (at >= 0) pending.fresh.splice(at, 1);
    }
    this.#changed();
  }

  #resort(bucket: Bucket): void {
    const language = this.#options.language;
    if (bucket.sortedFor === language) return;
    bucket.favorites = sortEntries(bucket.favorites, language);
    bucket.others = sortEntries(bucket.others, language);
    bucket.all = null;
    bucket.sortedFor = language;
  }

  #orderBuckets(): void {
    this.#ordered = [...this.#buckets.values()].sort((a, b) => a.rank - b.rank);
  }

  #changed(): void {
    this.version += 1;
    this.#cachedLayout = null;
  }

  // --- rows ----------------------------------------------------------------------------------

  #allOf(bucket: Bucket): readonly FriendEntry[] {
    if (bucket.favorites.length === 0) return bucket.others;
    if (bucket.others.length === 0) return bucket.favorites;
    bucket.all ??= sortEntries(
      [...bucket.favorites, ...bucket.others].sort(bySeq),
      bucket.sortedFor,
    );
    return bucket.all;
  }

  #matchesOf(entries: readonly FriendEntry[], query: SearchQuery): readonly FriendEntry[] {
    const cached = this.#searchCache.get(entries);
    if (cached?.query === this.#query) return cached.matches;
    // Typing on only narrows the results: search the previous matches, not the whole bucket.
    const { matchesName, narrowsSearch } = this.#queryMatcher!;
    const from =
      cached !== undefined && narrowsSearch(cached.query, this.#query) ? cached.matches : entries;
    const matches: FriendEntry[] = [];
    for (const entry of from) if (matchesName(entry, query)) matches.push(entry);
    this.#searchCache.set(entries, { query: this.#query, matches });
    return matches;
  }

  #layout(): Layout {
    if (this.#cachedLayout !== null) return this.#cachedLayout;
    const segments: Segment[] = [];
    const headers: number[] = [];
    const indexKeys: string[] = [];
    const indexTargets = new Map<string, number>();
    let count = 0;
    let resultCount: number | null = null;
    const push = (rows: readonly ModelRow[]) => {
      if (rows.length === 0) return;
      segments.push({ start: count, rows });
      count += rows.length;
    };
    const header = (section: SectionId, size: number) => {
      headers.push(count);
      push([{ type: 'header', section, count: size }]);
    };
    const apart = this.#options.showFavorite;
    const ordered = this.#ordered;
    const friendsOf = (bucket: Bucket) => (apart ? bucket.others : this.#allOf(bucket));
    const query = this.#searchQuery;
    if (query !== null) {
      // Favorites keep their place on top in results too, as in the unfiltered list.
      const found = (
        apart
          ? [...ordered.map((bucket) => bucket.favorites), ...ordered.map(friendsOf)]
          : ordered.map(friendsOf)
      ).map((entries) => this.#matchesOf(entries, query));
      resultCount = 0;
      for (const matches of found) resultCount += matches.length;
      header('results', resultCount);
      found.forEach(push);
    } else {
      if (this.#options.showMyProfile && this.#profileRow !== null) {
        header('profile', 1);
        push([this.#profileRow]);
      }
      // Validated friends, whether or not their bucket is sorted yet (the section stays short).
      const recent: FriendEntry[] = [];
      for (const uuid of this.#recent) {
        const entry = this.#byUuid.get(uuid);
        if (entry !== undefined) recent.push(entry);
      }
      if (recent.length > 0) {
        header('recent', recent.length);
        push(recent);
      }
      if (apart) {
        let favorites = 0;
        for (const bucket of ordered) favorites += bucket.favorites.length;
        if (favorites > 0) {
          header('favorites', favorites);
          for (const bucket of ordered) push(bucket.favorites);
        }
      }
      let friends = 0;
      for (const bucket of ordered) friends += friendsOf(bucket).length;
      if (friends > 0) header('friends', friends);
    }
    // The index bar keeps its keys while searching (concealed, so the list keeps its width); the
    // buckets of one key are next to each other.
    for (const bucket of ordered) {
      const entries = friendsOf(bucket);
      if (entries.length === 0) continue;
      if (indexKeys[indexKeys.length - 1] !== bucket.indexKey) {
        indexKeys.push(bucket.indexKey);
        if (query === null) indexTargets.set(bucket.indexKey, count);
      }
      if (query === null) push(entries);
    }
    this.#cachedLayout = {
      rowCount: count,
      segments,
      headers,
      indexKeys,
      indexTargets,
      resultCount,
    };
    return this.#cachedLayout;
  }
}
