import { expect } from '@open-wc/testing';
import { str } from '@lit/localize';
import { createMsg } from '../../src/localization/local-msg.js';
import { loadKakaoErrors, loadedKakaoErrors } from '../../src/localization/locales.js';
import { hasMessages, loadMessages, messagesFor } from '../../src/localization/messages.js';

// First: nothing on this page has asked for Japanese yet.
describe('Japanese strings', () => {
  it('load on demand, and the same messages object reads in Japanese from then on', async () => {
    expect(hasMessages('en')).to.equal(true);
    expect(hasMessages('ko')).to.equal(true);
    expect(hasMessages('ja')).to.equal(false);
    const ja = messagesFor('ja');
    expect(ja.confirm()).to.equal('OK');
    expect(await loadMessages('ja')).to.equal(ja);
    expect(hasMessages('ja')).to.equal(true);
    expect(ja.confirm()).to.equal('決定');
  });
});

// Then: nothing on this page has shown a Kakao error yet.
describe('the messages of errors only a Kakao answer brings', () => {
  it('read as the generic error until their chunk is loaded, then in their own words', async () => {
    const en = messagesFor('en');
    const ko = messagesFor('ko');
    expect(loadedKakaoErrors()).to.equal(undefined);
    expect(en.error('unauthorized')).to.equal(en.error('server'));
    expect(ko.error('quota-exceeded')).to.equal(ko.error('server'));
    // The network message is in the core: it reads right even offline.
    expect(ko.error('network')).to.equal(
      '연결할 수 없습니다. 네트워크 연결을 확인한 후 다시 시도해 주세요.',
    );
    const loading = loadKakaoErrors();
    expect(loading).to.be.instanceOf(Promise);
    await loading;
    expect(loadKakaoErrors()).to.equal(undefined);
    expect(en.error('unauthorized')).to.equal('Your Kakao login has expired. Please log in again.');
    expect(ko.error('unauthorized')).to.equal(
      '카카오 로그인이 만료되었습니다. 다시 로그인해 주세요.',
    );
    expect(ko.error('quota-exceeded')).to.equal(
      '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.',
    );
    expect(messagesFor('ja').error('maintenance')).to.equal(
      'カカオはただいまメンテナンス中です。しばらくしてからもう一度お試しください。',
    );
  });
});

describe('messagesFor', () => {
  before(() => Promise.all([loadMessages('ja'), loadKakaoErrors()]));

  it('uses English plural forms and grouped numbers', () => {
    const en = messagesFor('en');
    expect(en.minHint(1)).to.equal('Select at least 1 friend.');
    expect(en.minHint(3)).to.equal('Select at least 3 friends.');
    expect(en.maxReached(1)).to.equal('You can select only 1 friend at a time.');
    expect(en.maxReached(30)).to.equal('You can select up to 30 friends at a time.');
    expect(en.resultsAnnouncement(0)).to.equal('0 results');
    expect(en.resultsAnnouncement(1)).to.equal('1 result');
    expect(en.resultsAnnouncement(12345)).to.equal('12,345 results');
    expect(en.section('results', 1234)).to.equal('Search results (1,234)');
    expect(en.counterLabel(3, 30)).to.equal('3 of 30 selected');
  });

  it('puts placeholders where the translation wants them', () => {
    expect(messagesFor('ko').counterLabel(3, 30)).to.equal('30명 중 3명 선택됨');
    expect(messagesFor('ja').counterLabel(3, 30)).to.equal('30人中3人を選択中');
    expect(messagesFor('ko').remove('Bob')).to.equal('Bob 선택 해제');
    expect(messagesFor('ja').section('results', 1234)).to.equal('検索結果（1,234）');
  });

  it('has one form for every count in Korean and Japanese, with the official wording', () => {
    const ko = messagesFor('ko');
    expect(ko.maxReached(1)).to.equal('친구는 한 번에 1명까지 선택할 수 있습니다.');
    expect(ko.maxReached(30)).to.equal('친구는 한 번에 30명까지 선택할 수 있습니다.');
    expect(ko.minHint(1)).to.equal('최소 1명의 친구를 선택해주세요.');
    expect(ko.minHint(2)).to.equal('최소 2명의 친구를 선택해주세요.');
    expect(ko.resultsAnnouncement(1)).to.equal('검색 결과 1건');
    expect(ko.error('server')).to.equal(
      '친구 목록을 불러오는데 실패했습니다. 잠시 후 다시 시도해 주세요.',
    );
    const ja = messagesFor('ja');
    expect(ja.defaultHeading()).to.equal('友だちを選択');
    expect(ja.minHint(1)).to.equal('友だちを1人以上選択してください。');
    expect(ja.resultsAnnouncement(2)).to.equal('検索結果 2件');
  });

  it('translates every message and every error code', () => {
    const codes = [
      'unauthorized',
      'consent-required',
      'permission-denied',
      'quota-exceeded',
      'not-talk-user',
      'maintenance',
      'server',
      'network',
      'bad-response',
      'invalid-options',
      'cancelled',
    ] as const;
    const en = messagesFor('en');
    for (const language of ['ko', 'ja'] as const) {
      const m = messagesFor(language);
      expect(m.language).to.equal(language);
      for (const code of codes) {
        expect(m.error(code), `${language} ${code}`).to.not.equal(en.error(code));
        expect(m.error(code), `${language} ${code}`).to.not.match(/[A-Za-z]{3}/);
      }
      const nullary = [
        'defaultHeading',
        'close',
        'searchPlaceholder',
        'clearSearch',
        'confirm',
        'retry',
        'empty',
        'noResults',
        'loading',
        'pickedLabel',
        'indexLabel',
        'me',
        'unknownName',
      ] as const;
      for (const name of nullary) {
        expect(m[name](), `${language} ${name}`).to.not.equal(en[name]());
      }
      for (const section of ['profile', 'favorites', 'friends', 'results'] as const) {
        expect(m.section(section, 2)).to.not.equal(en.section(section, 2));
      }
    }
  });

  it('returns the same table for a language every time', () => {
    expect(messagesFor('ko')).to.equal(messagesFor('ko'));
    expect(messagesFor('ko')).to.not.equal(messagesFor('ja'));
  });
});

describe('createMsg', () => {
  const msg = createMsg({
    'x.plain': 'Bonjour',
    'x.params': str`${1} puis ${0}`,
  });

  it('looks messages up by id and reorders str placeholders', () => {
    expect(msg('Hello', { id: 'x.plain' })).to.equal('Bonjour');
    const first = 'A';
    const second = 'B';
    expect(msg(str`${first} then ${second}`, { id: 'x.params' })).to.equal('B puis A');
  });

  it('falls back to the source text for unknown ids and without templates', () => {
    const who = 'Kim';
    expect(msg('Hello', { id: 'x.unknown' })).to.equal('Hello');
    expect(msg(str`Hi ${who}`, { id: 'x.unknown' })).to.equal('Hi Kim');
    expect(msg('Hello')).to.equal('Hello');
    expect(createMsg(undefined)(str`Hi ${who}`, { id: 'x.params' })).to.equal('Hi Kim');
  });
});
