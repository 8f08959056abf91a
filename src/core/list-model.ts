import type { Friend, TalkProfile } from '../types.js';
import {
  SLOT_COUNT,
  UNKNOWN_SLOT,
  bucketRank,
  createNameComparator,
  isCollatedBucket,
  slotOfBucket,
  slotOfName,
  slotRank,
  sortBucketOf,
  sortByName,
} from './collation.js';
import { MAX_NICKNAME_LENGTH, cleanNickname, validFriend } from './friend-validation.js';
import { indexKeyOf } from './index-keys.js';
import type { PickerLanguage } from './language.js';
import {
  matchName,
  matchesName,
  narrowsSearch,
  prepareName,
  prepareQuery,
  prepareSearchText,
  type MatchRange,
  type SearchableName,
  type SearchQuery,
} from './search.js';
import { profileAsFriend, type SectionId } from './sections.js';

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
}

/** Raw entries waiting for validation, grouped by the bucket and favorite flag they will join. */
interface Pending {
  readonly code: number;
  readonly favorite: boolean;
  rank: number;
  /** Source positions of the entries (see `rawAt`). */
  readonly seqs: number[];
  next: number;
  readonly fresh: FriendEntry[];
}

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
  /** The next item to classify. */
  next: number;
}

/**
 * The picker's list, DOM-free: it takes untrusted friends in batches of any size and turns them
 * into sorted, searchable rows (my profile, Favorites, Friends; or Search results) with index
 * keys, doing the whole-list work in slices so the first screen comes first.
 *
 * Friends are sorted bucket by bucket (see `sortBucketOf`): a batch is first classified into
 * buckets (one cheap pass, no folding for Hangul and ASCII names), then the buckets are validated,
 * prepared for search and sorted top of the list first, each becoming visible when it is sorted.
 * The caller drives the work with {@link ListModel.work} and a time budget; rows, counts and index
 * keys always describe the visible buckets, and equal a full rebuild once the work is done.
 */
export class ListModel {
  /** Bumped whenever the rows may have changed. */
  version = 0;

  private options: ListModelOptions = {
    language: 'en',
    showMyProfile: true,
    showFavorite: true,
  };
  private profile: TalkProfile | null = null;
  private profileRow: ProfileRow | null = null;
  private query = '';
  private searchQuery: SearchQuery | null = null;
  /** Every batch of this load, until its entries are all validated. */
  private inputs: Batch[] = [];
  /** Batches still to scan. */
  private batches: Batch[] = [];
  /** Scanned but not yet classified: source positions per coarse slot queue (`slot * 2`, plus 1 for non-favorites). */
  private unclassified: number[][] = Array.from({ length: SLOT_COUNT * 2 }, () => []);
  private unclassifiedCount = 0;
  /** The slot queues in list order, for the current options. */
  private queueOrder: number[] = [];
  private taken = 0;
  private pending = new Map<number, Pending>();
  private buckets = new Map<number, Bucket>();
  /** Visible buckets in list order. */
  private ordered: Bucket[] = [];
  private byUuid = new Map<string, FriendEntry>();
  private searchCache = new WeakMap<readonly FriendEntry[], SearchCache>();
  private cachedLayout: Layout | null = null;

  /** Drops every friend and all pending work (a new data source, or a reload). */
  reset(): void {
    this.inputs = [];
    this.batches = [];
    for (const queue of this.unclassified) queue.length = 0;
    this.unclassifiedCount = 0;
    this.taken = 0;
    this.pending.clear();
    this.buckets.clear();
    this.ordered = [];
    this.byUuid.clear();
    this.searchCache = new WeakMap();
    this.changed();
  }

  /** Queues untrusted entries; nothing is validated until {@link work} runs. */
  add(items: readonly unknown[]): void {
    const room = MAX_FRIENDS - this.taken;
    if (room <= 0 || items.length === 0) return;
    const batch: Batch = {
      items: items.length > room ? items.slice(0, room) : items,
      base: this.taken,
      next: 0,
    };
    this.taken += batch.items.length;
    this.inputs.push(batch);
    this.batches.push(batch);
  }

  setProfile(profile: TalkProfile | null): void {
    if (profile === this.profile) return;
    this.profile = profile;
    this.profileRow =
      profile === null ? null : { type: 'profile', profile, friend: profileAsFriend(profile) };
    this.changed();
  }

  setOptions(options: ListModelOptions): void {
    const previous = this.options;
    if (
      previous.language === options.language &&
      previous.showFavorite === options.showFavorite &&
      previous.showMyProfile === options.showMyProfile
    ) {
      return;
    }
    this.options = { ...options };
    this.queueOrder = [];
    if (previous.language !== options.language) {
      for (const bucket of this.buckets.values()) {
        bucket.rank = bucketRank(bucket.code, options.language);
        if (isCollatedBucket(bucket.code)) this.resort(bucket);
      }
      for (const pending of this.pending.values()) {
        pending.rank = bucketRank(pending.code, options.language);
      }
      this.orderBuckets();
    }
    this.changed();
  }

  /** What the user typed; an empty or blank query shows the full list. */
  setQuery(query: string): void {
    if (query === this.query) return;
    this.query = query;
    this.searchQuery = prepareQuery(query);
    this.cachedLayout = null;
  }

  /** Whether friends are still waiting to be validated, sorted or shown. */
  get busy(): boolean {
    return this.batches.length > 0 || this.unclassifiedCount > 0 || this.pending.size > 0;
  }

  /** Distinct valid friends held (the profile aside), visible or not yet. */
  get friendCount(): number {
    return this.byUuid.size;
  }

  /**
   * Does pending work until `shouldYield()` returns true (checked every few hundred friends) or
   * nothing is left; returns whether work remains. The top of the list is always done first.
   */
  work(shouldYield: () => boolean): boolean {
    while (this.busy) {
      const batch = this.batches[0];
      if (batch !== undefined) {
        this.scan(batch);
        if (batch.next >= batch.items.length) this.batches.shift();
      } else {
        // Top of the list first: a bucket is validated and shown once no entry still waiting to
        // be classified can sort before it; otherwise the first slot that has such entries is
        // classified.
        const queue = this.firstUnclassifiedQueue();
        const pending = this.nextPending();
        if (pending !== undefined && (queue < 0 || this.precedes(pending, queue))) {
          this.validate(pending);
          if (pending.next >= pending.seqs.length) this.commit(pending);
        } else if (queue >= 0) {
          this.classifyQueue(queue);
        } else {
          break;
        }
      }
      if (shouldYield()) break;
    }
    // The raw entries are not needed once every one is validated.
    if (!this.busy) this.inputs = [];
    return this.busy;
  }

  /** The friend with this uuid, or the profile when it is that uuid. */
  friendOf(uuid: string): Friend | undefined {
    const entry = this.byUuid.get(uuid);
    if (entry !== undefined) return entry.friend;
    const profileFriend = this.profileRow?.friend;
    return profileFriend?.uuid === uuid ? profileFriend : undefined;
  }

  /** The search matches of a row to highlight (only while searching). */
  rangesOf(row: ModelRow): readonly MatchRange[] | null {
    if (row.type !== 'friend' || this.searchQuery === null) return null;
    return matchName(prepareName(row.nickname), this.searchQuery);
  }

  /** The index key a friend's row is filed under. */
  indexKeyOf(entry: FriendEntry): string {
    return this.buckets.get(entry.bucket)?.indexKey ?? indexKeyOf(nameOf(entry));
  }

  get rowCount(): number {
    return this.layout().rowCount;
  }

  /** Number of options (rows that are not section headers). */
  get optionCount(): number {
    const layout = this.layout();
    return layout.rowCount - layout.headers.length;
  }

  /** 1-based position of row `index` among the options (for `aria-posinset`). */
  optionPosition(index: number): number {
    let headers = 0;
    for (const at of this.layout().headers) if (at < index) headers += 1;
    return index - headers + 1;
  }

  /** Row indexes of the section headers, ascending. */
  get headerIndexes(): readonly number[] {
    return this.layout().headers;
  }

  get indexKeys(): readonly string[] {
    return this.layout().indexKeys;
  }

  /** The row each index key jumps to: its first friend in the Friends section. */
  get indexTargets(): ReadonlyMap<string, number> {
    return this.layout().indexTargets;
  }

  /** Number of search results, or `null` when not searching. */
  get resultCount(): number | null {
    return this.layout().resultCount;
  }

  rowAt(index: number): ModelRow | undefined {
    const { segments, rowCount } = this.layout();
    if (index < 0 || index >= rowCount) return undefined;
    const segment = segments[lastStartingAtOrBefore(segments, index, segmentStart)]!;
    return segment.rows[index - segment.start];
  }

  // --- work ----------------------------------------------------------------------------------

  /**
   * The first pass over a batch, a few nanoseconds an entry: its coarse slot from the first
   * character of its nickname (see `slotOfName`); the rare names that need folding to tell are
   * classified into their bucket at once.
   */
  private scan(batch: Batch): void {
    const { items, base } = batch;
    const end = Math.min(items.length, batch.next + CHUNK * 32);
    const queues = this.unclassified;
    let counted = 0;
    // The first screen waits for this loop, which runs before the engine has optimized anything:
    // the common case (a plain entry whose nickname starts with a Hangul syllable) is written out
    // here rather than through the helpers.
    for (let i = batch.next; i < end; i++) {
      const raw = items[i] as { profile_nickname?: unknown; favorite?: unknown } | null;
      if (typeof raw !== 'object' || raw === null) continue;
      const value = raw.profile_nickname;
      const favorite = raw.favorite === true;
      let slot = UNKNOWN_SLOT;
      let name = '';
      if (typeof value === 'string') {
        name = value;
        const code = value.charCodeAt(0);
        if (code >= 0xac00 && code <= 0xd7a3 && value.length <= MAX_NICKNAME_LENGTH) {
          const next = value.charCodeAt(1);
          if (!(next >= 0x1100 && next <= 0x11ff) && !(next >= 0xd7b0 && next <= 0xd7ff)) {
            slot = ((code - 0xac00) / 588) | 0;
          }
        }
      }
      if (slot === UNKNOWN_SLOT) {
        name = rawNickname(raw);
        slot = slotOfName(name);
      }
      if (slot === UNKNOWN_SLOT) {
        this.classifyEntry(base + i, name, favorite);
      } else {
        queues[slot * 2 + (favorite ? 0 : 1)]!.push(base + i);
        counted += 1;
      }
    }
    this.unclassifiedCount += counted;
    batch.next = end;
  }

  /** Files scanned entries of one slot queue into their buckets. */
  private classifyQueue(queue: number): void {
    const seqs = this.unclassified[queue]!;
    const favorite = queue % 2 === 0;
    const start = Math.max(0, seqs.length - CHUNK * 8);
    for (let i = start; i < seqs.length; i++) {
      const seq = seqs[i]!;
      this.classifyEntry(seq, rawNickname(this.rawAt(seq)), favorite);
    }
    this.unclassifiedCount -= seqs.length - start;
    seqs.length = start;
  }

  private classifyEntry(seq: number, name: string, favorite: boolean): void {
    const code = sortBucketOf(name);
    const key = code * 2 + (favorite ? 0 : 1);
    let pending = this.pending.get(key);
    if (pending === undefined) {
      pending = {
        code,
        favorite,
        rank: bucketRank(code, this.options.language),
        seqs: [],
        next: 0,
        fresh: [],
      };
      this.pending.set(key, pending);
    }
    pending.seqs.push(seq);
  }

  /** The first slot queue, in list order, that holds entries not yet classified; -1 if none. */
  private firstUnclassifiedQueue(): number {
    if (this.unclassifiedCount === 0) return -1;
    if (this.queueOrder.length === 0) this.orderQueues();
    for (const queue of this.queueOrder) if (this.unclassified[queue]!.length > 0) return queue;
    return -1;
  }

  private orderQueues(): void {
    const { language, showFavorite } = this.options;
    const rankOf = (queue: number) =>
      (showFavorite && queue % 2 === 0 ? 0 : SLOT_COUNT) + slotRank(queue >> 1, language);
    this.queueOrder = Array.from({ length: SLOT_COUNT * 2 }, (_, queue) => queue).sort(
      (a, b) => rankOf(a) - rankOf(b) || a - b,
    );
  }

  /** Whether a pending group sorts before every entry of a slot queue. */
  private precedes(pending: Pending, queue: number): boolean {
    const { language, showFavorite } = this.options;
    const family = (favorite: boolean) => (showFavorite && favorite ? 0 : 1);
    const a = family(pending.favorite);
    const b = family(queue % 2 === 0);
    if (a !== b) return a < b;
    return slotRank(slotOfBucket(pending.code), language) < slotRank(queue >> 1, language);
  }

  /** The raw entry at a source position. */
  private rawAt(seq: number): unknown {
    const batch = this.inputs[lastStartingAtOrBefore(this.inputs, seq, batchBase)]!;
    return batch.items[seq - batch.base];
  }

  /** The pending group nearest the top of the list. */
  private nextPending(): Pending | undefined {
    const apart = this.options.showFavorite;
    let best: Pending | undefined;
    for (const pending of this.pending.values()) {
      if (best === undefined) {
        best = pending;
        continue;
      }
      const family = apart && pending.favorite ? 0 : 1;
      const bestFamily = apart && best.favorite ? 0 : 1;
      if (family < bestFamily || (family === bestFamily && pending.rank < best.rank)) {
        best = pending;
      }
    }
    return best;
  }

  private validate(pending: Pending): void {
    const end = Math.min(pending.seqs.length, pending.next + CHUNK);
    for (let i = pending.next; i < end; i++) {
      const seq = pending.seqs[i]!;
      const friend = validFriend(this.rawAt(seq));
      if (friend === undefined) continue;
      const existing = this.byUuid.get(friend.uuid);
      if (existing !== undefined) {
        // Duplicates keep the first in the source's order, wherever it was sorted to.
        if (existing.seq < seq) continue;
        this.remove(existing);
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
      this.byUuid.set(friend.uuid, entry);
      pending.fresh.push(entry);
    }
    pending.next = end;
  }

  private commit(pending: Pending): void {
    this.pending.delete(pending.code * 2 + (pending.favorite ? 0 : 1));
    const fresh = pending.fresh;
    if (fresh.length === 0) return;
    // Entries classified at scan time and from their slot later can arrive out of source order.
    for (let i = 1; i < fresh.length; i++) {
      if (fresh[i - 1]!.seq > fresh[i]!.seq) {
        fresh.sort(bySeq);
        break;
      }
    }
    let bucket = this.buckets.get(pending.code);
    if (bucket === undefined) {
      bucket = {
        code: pending.code,
        rank: pending.rank,
        indexKey: indexKeyOf(nameOf(fresh[0]!)),
        favorites: [],
        others: [],
        all: null,
        sortedFor: this.options.language,
      };
      this.buckets.set(pending.code, bucket);
      this.orderBuckets();
    }
    const target = pending.favorite ? bucket.favorites : bucket.others;
    const merged = this.merge(target, fresh);
    if (pending.favorite) bucket.favorites = merged;
    else bucket.others = merged;
    bucket.all = null;
    this.changed();
  }

  /** `sorted` with `fresh` added, in list order: a few are inserted, many are sorted in. */
  private merge(sorted: readonly FriendEntry[], fresh: FriendEntry[]): FriendEntry[] {
    const language = this.options.language;
    if (sorted.length === 0 || fresh.length * 8 > sorted.length) {
      // Equal names keep the source's order: the stable sort must see the entries in it.
      return sortEntries(sorted.length === 0 ? fresh : [...sorted, ...fresh].sort(bySeq), language);
    }
    const compare = createNameComparator(language);
    const result = [...sorted];
    for (const entry of fresh) {
      const name = nameOf(entry);
      let low = 0;
      let high = result.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        // Equal names keep the source's order, as the stable sort does.
        const other = result[middle]!;
        if ((compare(nameOf(other), name) || other.seq - entry.seq) <= 0) low = middle + 1;
        else high = middle;
      }
      result.splice(low, 0, entry);
    }
    return result;
  }

  private remove(entry: FriendEntry): void {
    this.byUuid.delete(entry.friend.uuid);
    const bucket = this.buckets.get(entry.bucket);
    if (bucket !== undefined) {
      bucket.favorites = bucket.favorites.filter((other) => other !== entry);
      bucket.others = bucket.others.filter((other) => other !== entry);
      bucket.all = null;
    }
    for (const pending of this.pending.values()) {
      const at = pending.fresh.indexOf(entry);
      if (at >= 0) pending.fresh.splice(at, 1);
    }
    this.changed();
  }

  private resort(bucket: Bucket): void {
    const language = this.options.language;
    if (bucket.sortedFor === language) return;
    bucket.favorites = sortEntries(bucket.favorites, language);
    bucket.others = sortEntries(bucket.others, language);
    bucket.all = null;
    bucket.sortedFor = language;
  }

  private orderBuckets(): void {
    this.ordered = [...this.buckets.values()].sort((a, b) => a.rank - b.rank);
  }

  private changed(): void {
    this.version += 1;
    this.cachedLayout = null;
  }

  // --- rows ----------------------------------------------------------------------------------

  private allOf(bucket: Bucket): readonly FriendEntry[] {
    if (bucket.favorites.length === 0) return bucket.others;
    if (bucket.others.length === 0) return bucket.favorites;
    bucket.all ??= sortEntries(
      [...bucket.favorites, ...bucket.others].sort(bySeq),
      bucket.sortedFor,
    );
    return bucket.all;
  }

  private matchesOf(entries: readonly FriendEntry[], query: SearchQuery): readonly FriendEntry[] {
    const cached = this.searchCache.get(entries);
    if (cached?.query === this.query) return cached.matches;
    // Typing on only narrows the results: search the previous matches, not the whole bucket.
    const from =
      cached !== undefined && narrowsSearch(cached.query, this.query) ? cached.matches : entries;
    const matches: FriendEntry[] = [];
    for (const entry of from) if (matchesName(entry, query)) matches.push(entry);
    this.searchCache.set(entries, { query: this.query, matches });
    return matches;
  }

  private layout(): Layout {
    if (this.cachedLayout !== null) return this.cachedLayout;
    const segments: Segment[] = [];
    const headers: number[] = [];
    let count = 0;
    const push = (rows: readonly ModelRow[]) => {
      if (rows.length === 0) return;
      segments.push({ start: count, rows });
      count += rows.length;
    };
    const header = (section: SectionId, size: number) => {
      headers.push(count);
      push([{ type: 'header', section, count: size }]);
    };
    const apart = this.options.showFavorite;
    const query = this.searchQuery;
    if (query !== null) {
      const found: (readonly FriendEntry[])[] = [];
      let total = 0;
      const collect = (entries: readonly FriendEntry[]) => {
        const matches = this.matchesOf(entries, query);
        total += matches.length;
        found.push(matches);
      };
      // Favorites keep their place on top in results too, as in the unfiltered list.
      if (apart) {
        for (const bucket of this.ordered) collect(bucket.favorites);
        for (const bucket of this.ordered) collect(bucket.others);
      } else {
        for (const bucket of this.ordered) collect(this.allOf(bucket));
      }
      header('results', total);
      for (const matches of found) push(matches);
      // The index bar keeps its keys while searching (concealed, so the list keeps its width).
      const indexKeys: string[] = [];
      for (const bucket of this.ordered) {
        const size = apart ? bucket.others.length : bucket.favorites.length + bucket.others.length;
        if (size > 0 && indexKeys[indexKeys.length - 1] !== bucket.indexKey) {
          indexKeys.push(bucket.indexKey);
        }
      }
      this.cachedLayout = {
        rowCount: count,
        segments,
        headers,
        indexKeys,
        indexTargets: new Map(),
        resultCount: total,
      };
      return this.cachedLayout;
    }
    if (this.options.showMyProfile && this.profileRow !== null) {
      header('profile', 1);
      push([this.profileRow]);
    }
    if (apart) {
      let favorites = 0;
      for (const bucket of this.ordered) favorites += bucket.favorites.length;
      if (favorites > 0) {
        header('favorites', favorites);
        for (const bucket of this.ordered) push(bucket.favorites);
      }
    }
    let friends = 0;
    for (const bucket of this.ordered) {
      friends += apart ? bucket.others.length : bucket.favorites.length + bucket.others.length;
    }
    const indexTargets = new Map<string, number>();
    const indexKeys: string[] = [];
    if (friends > 0) {
      header('friends', friends);
      for (const bucket of this.ordered) {
        const entries = apart ? bucket.others : this.allOf(bucket);
        if (entries.length === 0) continue;
        if (!indexTargets.has(bucket.indexKey)) {
          indexTargets.set(bucket.indexKey, count);
          indexKeys.push(bucket.indexKey);
        }
        push(entries);
      }
    }
    this.cachedLayout = {
      rowCount: count,
      segments,
      headers,
      indexKeys,
      indexTargets,
      resultCount: null,
    };
    return this.cachedLayout;
  }
}
