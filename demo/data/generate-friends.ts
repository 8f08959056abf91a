// A deterministic generator of realistic Kakao Talk friend lists for the demo and `npm run bench`.
// Pure (no DOM, no Lit): the bench bundles this very file for the browser, so both measure the
// same data. Same seed and count, same list, on every machine.
import type { Friend, TalkProfile } from '../../src/types.js';
import { avatarDataUrl } from './avatar.js';

/** Options of {@link generateFriends}. */
export interface GenerateFriendsOptions {
  /** Seed of the pseudo-random sequence; the default gives the lists the bench reports on. */
  seed?: number;
  /** Share of favorites, 0–1 (default 0.05). */
  favoriteRatio?: number;
  /** Share of friends without a thumbnail, who show the fallback avatar, 0–1 (default 0.15). */
  missingAvatarRatio?: number;
}

/** A seeded pseudo-random source: `next()` returns a float in [0, 1). */
export interface Random {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (maxExclusive: number): number => Math.floor(next() * maxExclusive);
  return { next, int, pick: (items) => items[int(items.length)] as (typeof items)[number] };
}

// Pools are written as `|`-separated lists to keep them readable; `list()` splits them.
function list(text: string): string[] {
  return text.split('|');
}

// Surnames with rough weights from Korean census frequencies (per mille, `name:weight`), so
// 김/이/박 dominate as they do in a real contact list and `김ㅊ` has plenty of hits.
const KOREAN_SURNAMES = list(
  '김:215|이:147|박:84|최:47|정:43|강:23|조:21|윤:21|장:20|임:17|한:15|오:15|서:15|신:15|' +
    '권:14|황:14|안:14|송:13|류:12|전:11|홍:11|고:9|문:9|양:9|손:9|배:8|백:8|허:7|유:7|남:6|' +
    '심:6|노:6|하:5|곽:4|성:4|차:4|주:4|우:4|구:4|민:3|진:3|나:3|지:3|엄:3|변:3|채:3|원:3|' +
    '천:2|방:2|공:2|현:2|함:2|탁:1|표:1|편:1|태:1|도:1|석:1|설:1|연:1|위:1|황보:1|남궁:1|' +
    '제갈:1|선우:1|독고:1',
).map((entry) => {
  const [name = '', weight = '1'] = entry.split(':');
  return [name, Number(weight)] as const;
});
const GIVEN_FIRST = Array.from(
  '민서지도하예주수시현준우건유은채윤다소태승재성철영정혜미경동상진나가세연아초희보형종기인규',
);
const GIVEN_SECOND = Array.from('준우윤연서아민진호은원현희수빈율훈혁린영경석환철숙정미지하온담');
// Names people give contacts in Korea; they cover ㅋ ㅌ ㅍ and the double consonants ㄲ ㄸ ㅃ ㅆ ㅉ.
const KOREAN_NICKNAMES = list(
  '엄마|아빠|할머니|우리 누나|막내|코코|쿠키맘|토리아빠|파란하늘|퐁퐁|꼬마|또또|빵순이|쌍둥이맘|' +
    '짱구|별빛|하늘|치킨집 사장님|카페 사장님|팀장님|부장님|과장님|택배 기사님|헬스 트레이너|' +
    '피아노 선생님',
);
// About one contact in seven carries a note, as in a phone's contact list.
const KOREAN_SUFFIXES = list(' (회사)| (대학 동기)| 선배| 후배| 님');

const LATIN_FIRST = list(
  'James|Olivia|Emma|Liam|Noah|Ava|Sophia|Lucas|Mia|Ethan|Chloé|Daniel|Grace|Henry|Isabella|' +
    'Jack|Julia|Kevin|Laura|Mason|Nora|Oscar|Paul|Quinn|Rachel|Samuel|Thomas|Uma|Victor|' +
    'William|Xavier|Yuna|Zoë|José|André|Minjun|Jiwoo|Seoyeon|Jay|Chris|Brian|Erin',
);
const LATIN_LAST = list(
  "Kim|Lee|Park|Choi|Smith|Johnson|Brown|García|Müller|Dubois|Nguyen|Tanaka|López|O'Brien|" +
    'Zhang|Wilson|Martin|Novak|Rossi|Silva',
);

const JAPANESE_SURNAMES = list(
  '佐藤|鈴木|高橋|田中|伊藤|渡辺|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|林|清水|斎藤',
);
const JAPANESE_GIVEN_KANJI = list(
  '翔太|蓮|陽翔|大翔|結衣|陽菜|美咲|花子|健太|拓海|葵|凛|湊|芽依|悠真|紬',
);
const KANA_SURNAMES = list('さとう|すずき|たなか|わたなべ|やまもと|なかむら|はやし');
const KANA_GIVEN = list(
  'さくら|ゆい|はると|みなと|あおい|りん|そうた|ひなた|ゆうと|めい|けんじ|まさき|えみ|のぞみ|らん|わかな|ようこ',
);

const DIGIT_LED = list(
  '1004|2NE1 팬클럽|7번방|3반 반장|010-2345-6789|119 안전센터|24시 편의점|4885 택시|1st Avenue|' +
    '9 Lives|0시의 라디오|5号室の住人',
);
const SYMBOL_LED = list('★별님★|(주)카카오|@home|_sun_|#해시태그|♡하트♡');

const UUID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toKatakana(hiragana: string): string {
  return hiragana.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

function weightedPicker<T>(entries: ReadonlyArray<readonly [T, number]>): (random: Random) => T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => {
    let roll = random.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  };
}

const pickSurname = weightedPicker(KOREAN_SURNAMES);

function koreanName(random: Random, allowNickname = true): string {
  if (allowNickname && random.next() < 0.08) return random.pick(KOREAN_NICKNAMES);
  const given = random.pick(GIVEN_FIRST) + (random.next() < 0.04 ? '' : random.pick(GIVEN_SECOND));
  const suffix = random.next() < 0.15 ? random.pick(KOREAN_SUFFIXES) : '';
  return pickSurname(random) + given + suffix;
}

function latinName(random: Random): string {
  const first = random.pick(LATIN_FIRST);
  const roll = random.next();
  if (roll < 0.2) return first;
  const last = random.pick(LATIN_LAST);
  if (roll < 0.3) return `${first} ${last[0]}.`;
  if (roll < 0.35) return `${first.toLowerCase()}.${last.toLowerCase()}`;
  return `${first} ${last}`;
}

function japaneseName(random: Random): string {
  const roll = random.next();
  if (roll < 0.45) return `${random.pick(JAPANESE_SURNAMES)} ${random.pick(JAPANESE_GIVEN_KANJI)}`;
  if (roll < 0.7) return random.pick(KANA_GIVEN);
  if (roll < 0.9) return toKatakana(`${random.pick(KANA_SURNAMES)} ${random.pick(KANA_GIVEN)}`);
  return `${random.pick(JAPANESE_SURNAMES)} ${random.pick(KANA_GIVEN)}`;
}

/** One nickname: ~70% Korean, ~15% Latin, ~12% Japanese, ~3% starting with a digit or symbol. */
export function generateNickname(random: Random): string {
  const roll = random.next();
  if (roll < 0.7) return koreanName(random);
  if (roll < 0.85) return latinName(random);
  if (roll < 0.97) return japaneseName(random);
  return random.next() < 0.7 ? random.pick(DIGIT_LED) : random.pick(SYMBOL_LED);
}

/** A Kakao-looking uuid: an opaque URL-safe string (Kakao's are base64-like, 20–40 chars). */
export function generateUuid(random: Random, length = 22): string {
  let uuid = '';
  for (let i = 0; i < length; i++) uuid += UUID_ALPHABET[random.int(UUID_ALPHABET.length)];
  return uuid;
}

/**
 * `count` friends with unique uuids and Kakao's field names, in no particular order (the data source
 * sorts them). Deterministic for a given seed.
 */
export function generateFriends(count: number, options: GenerateFriendsOptions = {}): Friend[] {
  const random = createRandom(options.seed ?? 20_240_601);
  const favoriteRatio = options.favoriteRatio ?? 0.05;
  const missingAvatarRatio = options.missingAvatarRatio ?? 0.15;
  const seen = new Set<string>();
  const friends: Friend[] = [];
  for (let i = 0; i < count; i++) {
    let uuid = generateUuid(random);
    while (seen.has(uuid)) uuid = generateUuid(random);
    seen.add(uuid);
    const nickname = generateNickname(random);
    const friend: Friend = {
      id: 1_000_000_000 + i * 1000 + random.int(1000),
      uuid,
      profile_nickname: nickname,
      favorite: random.next() < favoriteRatio,
    };
    if (random.next() >= missingAvatarRatio) {
      friend.profile_thumbnail_image = avatarDataUrl(nickname, uuid);
    }
    friends.push(friend);
  }
  return friends;
}

/** The signed-in user of a generated list: no uuid, so "My profile" shows but is not pickable. */
export function generateProfile(seed = 7): TalkProfile {
  const random = createRandom(seed);
  const nickName = koreanName(random, false);
  return { nickName, thumbnailURL: avatarDataUrl(nickName), id: 999_000_001 };
}
