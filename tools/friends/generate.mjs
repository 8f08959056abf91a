// @ts-check
// The one generator of Kakao Talk friend lists for the demo, `npm run bench`, the Kakao API
// emulator and the browser tests. Plain JavaScript with JSDoc types: the emulator and the bench
// run it in plain Node, the demo and the tests import it from TypeScript. Pure (no DOM, no Node
// APIs): same seed and count, same list, on every machine.
//
// One seeded pseudo-random source, three mixes, each kept exactly as its users know it:
// - `generateFriends`: realistic lists (weighted Korean surnames, nicknames, Latin, Japanese,
//   digit- and symbol-led names) for the demo and the bench;
// - `generateEmulatorFriends`: the emulator's scenarios (names by position, avatar numbers);
// - `numberedFriends`: predictable names (`김친구00000`…) that tests can search and scroll to.

/**
 * A friend as Kakao's REST API names the fields.
 *
 * @typedef {object} GeneratedFriend
 * @property {number} id
 * @property {string} uuid
 * @property {string} profile_nickname
 * @property {boolean} favorite
 * @property {string} [profile_thumbnail_image]
 */

/**
 * Options of {@link generateFriends}.
 *
 * @typedef {object} GenerateFriendsOptions
 * @property {number} [seed] Seed of the pseudo-random sequence; the default gives the lists the
 *   bench reports on.
 * @property {number} [favoriteRatio] Share of favorites, 0–1 (default 0.05).
 * @property {number} [missingAvatarRatio] Share of friends without a thumbnail, who show the
 *   fallback avatar, 0–1 (default 0.15).
 * @property {(nickname: string, uuid?: string) => string} [thumbnail] The thumbnail URL of a friend
 *   who has one; without it nobody gets a thumbnail (the sequence of names is the same).
 */

/**
 * A seeded pseudo-random source: `next()` returns a float in [0, 1).
 *
 * @typedef {object} Random
 * @property {() => number} next
 * @property {(maxExclusive: number) => number} int
 * @property {<T>(items: readonly T[]) => T} pick
 */

/**
 * mulberry32: tiny, fast and good enough for test data (not for anything secret).
 *
 * @param {number} seed
 * @returns {Random}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** @param {number} maxExclusive */
  const int = (maxExclusive) => Math.floor(next() * maxExclusive);
  return {
    next,
    int,
    pick: (items) => /** @type {(typeof items)[number]} */ (items[int(items.length)]),
  };
}

// ---------------------------------------------------------------------------------------------
// Realistic lists (the demo and the bench)

// Pools are written as `|`-separated lists to keep them readable; `list()` splits them.
/** @param {string} text */
function list(text) {
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
  return /** @type {const} */ ([name, Number(weight)]);
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

/** @param {string} hiragana */
function toKatakana(hiragana) {
  return hiragana.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/**
 * @template T
 * @param {ReadonlyArray<readonly [T, number]>} entries
 * @returns {(random: Random) => T}
 */
function weightedPicker(entries) {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  return (random) => {
    let roll = random.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return /** @type {readonly [T, number]} */ (entries[entries.length - 1])[0];
  };
}

const pickSurname = weightedPicker(KOREAN_SURNAMES);

/** @param {Random} random */
function koreanName(random, allowNickname = true) {
  if (allowNickname && random.next() < 0.08) return random.pick(KOREAN_NICKNAMES);
  const given = random.pick(GIVEN_FIRST) + (random.next() < 0.04 ? '' : random.pick(GIVEN_SECOND));
  const suffix = random.next() < 0.15 ? random.pick(KOREAN_SUFFIXES) : '';
  return pickSurname(random) + given + suffix;
}

/** @param {Random} random */
function latinName(random) {
  const first = random.pick(LATIN_FIRST);
  const roll = random.next();
  if (roll < 0.2) return first;
  const last = random.pick(LATIN_LAST);
  if (roll < 0.3) return `${first} ${last[0]}.`;
  if (roll < 0.35) return `${first.toLowerCase()}.${last.toLowerCase()}`;
  return `${first} ${last}`;
}

/** @param {Random} random */
function japaneseName(random) {
  const roll = random.next();
  if (roll < 0.45) return `${random.pick(JAPANESE_SURNAMES)} ${random.pick(JAPANESE_GIVEN_KANJI)}`;
  if (roll < 0.7) return random.pick(KANA_GIVEN);
  if (roll < 0.9) return toKatakana(`${random.pick(KANA_SURNAMES)} ${random.pick(KANA_GIVEN)}`);
  return `${random.pick(JAPANESE_SURNAMES)} ${random.pick(KANA_GIVEN)}`;
}

/**
 * One nickname: ~70% Korean, ~15% Latin, ~12% Japanese, ~3% starting with a digit or symbol.
 *
 * @param {Random} random
 * @returns {string}
 */
export function generateNickname(random) {
  const roll = random.next();
  if (roll < 0.7) return koreanName(random);
  if (roll < 0.85) return latinName(random);
  if (roll < 0.97) return japaneseName(random);
  return random.next() < 0.7 ? random.pick(DIGIT_LED) : random.pick(SYMBOL_LED);
}

/**
 * A Kakao-looking uuid: an opaque URL-safe string (Kakao's are base64-like, 20–40 chars).
 *
 * @param {Random} random
 * @returns {string}
 */
export function generateUuid(random, length = 22) {
  let uuid = '';
  for (let i = 0; i < length; i++) uuid += UUID_ALPHABET[random.int(UUID_ALPHABET.length)];
  return uuid;
}

/**
 * `count` friends with unique uuids and Kakao's field names, in no particular order (the data
 * source sorts them). Deterministic for a given seed.
 *
 * @param {number} count
 * @param {GenerateFriendsOptions} [options]
 * @returns {GeneratedFriend[]}
 */
export function generateFriends(count, options = {}) {
  const random = createRandom(options.seed ?? 20_240_601);
  const favoriteRatio = options.favoriteRatio ?? 0.05;
  const missingAvatarRatio = options.missingAvatarRatio ?? 0.15;
  const seen = new Set();
  /** @type {GeneratedFriend[]} */
  const friends = [];
  for (let i = 0; i < count; i++) {
    let uuid = generateUuid(random);
    while (seen.has(uuid)) uuid = generateUuid(random);
    seen.add(uuid);
    const nickname = generateNickname(random);
    /** @type {GeneratedFriend} */
    const friend = {
      id: 1_000_000_000 + i * 1000 + random.int(1000),
      uuid,
      profile_nickname: nickname,
      favorite: random.next() < favoriteRatio,
    };
    // Drawn with or without a `thumbnail`: the lists stay the same either way.
    if (random.next() >= missingAvatarRatio && options.thumbnail !== undefined) {
      friend.profile_thumbnail_image = options.thumbnail(nickname, uuid);
    }
    friends.push(friend);
  }
  return friends;
}

/**
 * The signed-in user of a generated list: no uuid, so "My profile" shows but is not pickable.
 *
 * @param {number} [seed]
 * @param {(nickname: string) => string} [thumbnail]
 * @returns {{ nickName: string, thumbnailURL?: string, id: number }}
 */
export function generateProfile(seed = 7, thumbnail) {
  const random = createRandom(seed);
  const nickName = koreanName(random, false);
  return thumbnail === undefined
    ? { nickName, id: 999_000_001 }
    : { nickName, thumbnailURL: thumbnail(nickName), id: 999_000_001 };
}

// ---------------------------------------------------------------------------------------------
// The emulator's scenarios

const EMULATOR_KO_SURNAMES = [...'김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허남심노'];
const EMULATOR_KO_SYLLABLES = [...'민서지현수영준우하은도윤예진호연주성경아유나리태희재원동혜소시'];
const EMULATOR_KO_NICKNAMES = [
  '엄마',
  '아빠',
  '할머니',
  '누나',
  '형',
  '막내',
  '회사 팀장님',
  '동네 친구',
];
const EMULATOR_LATIN_FIRST = list(
  'Alice|brian|Chloé|Daniel|Emma|Felix|Grace|henry|Isla|Jack|Kate|Liam|Mia|Noah|Olivia|Paul|' +
    'Quinn|Ruby|Sam|Tara|Uma|Victor|Wendy|Xavier|Yuna|Zoe|Élodie|Ömer',
);
const EMULATOR_LATIN_LAST = list('Kim|Lee|Park|Smith|Brown|García|Müller|Dubois|Choi');
const EMULATOR_JA_NAMES = list(
  'さくら|はると|ゆい|そうた|みお|アキラ|ケンジ|ハナ|ユウキ|タロウ|佐藤 花子|鈴木 一郎|田中 ゆき|' +
    '山田 タロウ|高橋 みく|わたなべ',
);
const EMULATOR_DIGIT_NAMES = list(
  '7번가 친구|2NE1 팬클럽|010 택배|1학년 3반|#해시태그|(주)카카오 동기|_밑줄|😀 스마일|3월의 Alice|99ers',
);

/** Half Korean, then Latin, Japanese and digit/symbol-led names, by position in tens. */
function emulatorNickname(/** @type {number} */ index, /** @type {Random} */ random) {
  const kind = index % 10;
  if (kind <= 4) {
    if (random.next() < 0.06) return random.pick(EMULATOR_KO_NICKNAMES);
    return (
      random.pick(EMULATOR_KO_SURNAMES) +
      random.pick(EMULATOR_KO_SYLLABLES) +
      random.pick(EMULATOR_KO_SYLLABLES)
    );
  }
  if (kind <= 6) return `${random.pick(EMULATOR_LATIN_FIRST)} ${random.pick(EMULATOR_LATIN_LAST)}`;
  if (kind <= 8) return random.pick(EMULATOR_JA_NAMES);
  return random.pick(EMULATOR_DIGIT_NAMES);
}

/**
 * `count` deterministic friends as the emulator serves them: Korean (half), Latin, Japanese and
 * digit/symbol-led names, every `favoriteEvery`-th a favorite, most with an avatar number (the
 * emulator turns it into a URL of its own).
 *
 * @param {number} count
 * @param {{ seed?: number, favoriteEvery?: number }} [options]
 * @returns {Array<{ id: number, uuid: string, profile_nickname: string, favorite: boolean,
 *   avatar: number | null }>}
 */
export function generateEmulatorFriends(count, { seed = 1, favoriteEvery = 9 } = {}) {
  const random = createRandom(seed * 7919 + 17);
  const friends = [];
  for (let index = 0; index < count; index += 1) {
    let tail = '';
    for (let i = 0; i < 10; i += 1) tail += UUID_ALPHABET[random.int(64)];
    friends.push({
      id: 3_000_000_000 + seed * 1_000_000 + index,
      uuid: `emu${seed.toString(36)}${index.toString(36).padStart(4, '0')}${tail}`,
      profile_nickname: emulatorNickname(index, random),
      favorite: favoriteEvery > 0 && index % favoriteEvery === favoriteEvery - 1,
      avatar: index % 6 === 5 ? null : index % 64,
    });
  }
  return friends;
}

// ---------------------------------------------------------------------------------------------
// Predictable lists (the tests)

const NUMBERED_SURNAMES = [...'김이박최정강조윤장임한오서신권황'];

/**
 * `김친구00000`, `이친구00001`… (uuid `gen-<n>`, id n + 1), every 250th a favorite: names a test
 * can compute, for virtualization, index-bar and selection tests.
 *
 * @param {number} count
 * @returns {GeneratedFriend[]}
 */
export function numberedFriends(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    uuid: `gen-${i}`,
    profile_nickname: `${NUMBERED_SURNAMES[i % NUMBERED_SURNAMES.length]}친구${String(i).padStart(5, '0')}`,
    favorite: i % 250 === 0,
  }));
}
