// Issue 9, items 2 and 3: the access token never leaves for a foreign or plain-http origin, and a
// server echoing it back (emulator fault `echo-token`, over real HTTP) cannot get it into
// `kfp-error`, `requiredScopes`, the console or the DOM.
import { expect, fixture, html } from '@open-wc/testing';
import { KakaoRestFriendSource } from '../../src/data/kakao-rest-source.js';
import { KakaoSdkFriendSource } from '../../src/data/kakao-sdk-source.js';
import { PickerError } from '../../src/errors.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type { FriendDataSource, KfpErrorDetail } from '../../src/types.js';
import { createScenario, fastRetry, requestsOf, sdkOverHttp } from '../data/emulator-client.js';
import { part, settle, waitFor } from '../element/harness.js';

/** Kakao-like: 54 characters of base64url. */
const TOKEN = 'kFp9Echo_Tok3n-Q2w7RzX4vB8nM1aS5dF0gH6jK2lP9oI3uY7tR4';

function construct(baseUrl: string, fetchSpy: () => void): unknown {
  try {
    new KakaoRestFriendSource({
      accessToken: TOKEN,
      baseUrl,
      fetch: () => {
        fetchSpy();
        return Promise.reject(new TypeError('Failed to fetch'));
      },
    });
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the token stays with the page’s own or a secure origin (issue 9, item 2)', () => {
  const refused = [
    // Plain http off this machine, directly or through a protocol-relative URL.
    'http://api.example.com',
    'http://127.0.0.1.attacker.example',
    '//attacker.example/kakao',
    // Starts with '/', but a browser reads it as another host.
    '/\\attacker.example/kakao',
    '/\t/attacker.example/kakao',
    '/\n/attacker.example',
    '\\\\attacker.example',
    'https:\\\\attacker.example',
    // Stripped or reinterpreted characters, even where the result would be harmless.
    ' /api/kakao',
    '/api/kakao\n',
    '/api\u0000/kakao',
    '/api/\u00a0kakao',
    // Not a place to send a token.
    'javascript:alert(1)',
    'data:text/plain,x',
    'ftp://example.com',
    'https://user:password@kapi.kakao.com',
    '/api?x=1',
    '/api#x',
    '',
  ];
  for (const baseUrl of refused) {
    it(`refuses ${JSON.stringify(baseUrl)} with invalid-options, before any request`, () => {
      let fetched = 0;
      const error = construct(baseUrl, () => (fetched += 1));
      expect(error).to.be.instanceOf(PickerError);
      expect((error as PickerError).code).to.equal('invalid-options');
      expect(fetched).to.equal(0);
    });
  }

  it('accepts the page’s origin, https and loopback http, resolved against the page', () => {
    for (const baseUrl of [
      'https://kapi.kakao.com',
      'https://proxy.example/kakao/',
      '/api/kakao',
      'api/kakao',
      `${location.origin}/api`,
      'http://localhost:8787',
      'http://127.0.0.1:1',
      'http://[::1]:8787',
    ]) {
      expect(
        construct(baseUrl, () => {}),
        baseUrl,
      ).to.equal(undefined);
    }
  });

  it('a page-relative baseUrl sends requests to the page’s origin, as resolved', async () => {
    const scenario = await createScenario({ friendCount: 3 });
    const relative = scenario.baseUrl.replace(/^\//, '');
    const source = new KakaoRestFriendSource({ accessToken: TOKEN, baseUrl: relative });
    const page = await source.getFriends(
      { offset: 0, limit: 100 },
      { signal: new AbortController().signal },
    );
    expect(page.elements).to.have.length(3);
    const [request] = await requestsOf(scenario.id);
    expect(request!.tokenAccepted).to.equal(true);
  });
});

/** Every way the token could show: 12-character pieces of it. */
function pieces(token: string): string[] {
  const result: string[] = [];
  for (let at = 0; at + 12 <= token.length; at += 6) result.push(token.slice(at, at + 12));
  return result;
}

function expectNoToken(where: string, text: string): void {
  for (const piece of pieces(TOKEN)) {
    expect(text.includes(piece), `${where} holds part of the token: ${text}`).to.equal(false);
  }
}

describe('an echoed token never comes back out (issue 9, item 3)', () => {
  const cases: [string, (baseUrl: string) => FriendDataSource][] = [
    [
      'KakaoRestFriendSource',
      (baseUrl) => new KakaoRestFriendSource({ accessToken: TOKEN, baseUrl, retry: fastRetry }),
    ],
    ['KakaoSdkFriendSource', (baseUrl) => new KakaoSdkFriendSource(sdkOverHttp(baseUrl, TOKEN))],
  ];
  for (const [name, make] of cases) {
    for (const kakaoCode of [-402, -401, -1]) {
      it(`${name}, Kakao ${kakaoCode}: not in kfp-error, requiredScopes, the console or the DOM`, async () => {
        const scenario = await createScenario({
          friendCount: 10,
          faults: [{ type: 'echo-token', kakaoCode, status: kakaoCode === -1 ? 500 : 403 }],
        });
        const logged: string[] = [];
        const original = { error: console.error, warn: console.warn, log: console.log };
        for (const level of ['error', 'warn', 'log'] as const) {
          console[level] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
        }
        try {
          const el = await fixture<KakaoFriendPicker>(
            html`<kakao-friend-picker view-type="inline"></kakao-friend-picker>`,
          );
          const errors: KfpErrorDetail[] = [];
          el.addEventListener('kfp-error', (event) => errors.push(event.detail));
          el.dataSource = make(scenario.baseUrl);
          await waitFor(() => part(el, 'error') !== null, 'no error state');
          await settle(el);
          expect(errors).to.have.length(1);
          const [detail] = errors;
          expectNoToken('kfp-error', JSON.stringify(detail));
          if (kakaoCode === -402) {
            expect(detail!.code).to.equal('consent-required');
            expect(detail!.requiredScopes).to.deep.equal(['friends']);
          }
          // Kakao's own words stay (only the token is cut out of them).
          expect(detail!.message).to.include('lacks a scope');
          expectNoToken('the DOM', el.shadowRoot!.innerHTML + document.body.innerHTML);
        } finally {
          Object.assign(console, original);
        }
        expectNoToken('the console', logged.join('\n'));
      });
    }
  }
});
