// Malformed and hostile answers, served over HTTP by the emulator to KakaoRestFriendSource.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_NICKNAME_LENGTH } from '../../src/core/friend-validation.js';
import { KakaoRestFriendSource } from '../../src/data/kakao-rest-source.js';
import { PickerError } from '../../src/errors.js';
import type { Friend, PickerErrorCode } from '../../src/types.js';
import { createScenario, rejectionOf, requestsOf, updateScenario } from './emulator-client.js';

const TOKEN = 'malformed-suite-token';
const page1 = { offset: 0, limit: 100, order: 'asc', friendOrder: 'favorite' } as const;
const pickerCodes: PickerErrorCode[] = [
  'unauthorized',
  'consent-required',
  'permission-denied',
  'quota-exceeded',
  'not-talk-user',
  'maintenance',
  'server',
  'network',
  'bad-response',
];

function signal(): AbortSignal {
  return new AbortController().signal;
}

function sourceAt(baseUrl: string): KakaoRestFriendSource {
  return new KakaoRestFriendSource({ accessToken: TOKEN, baseUrl, retry: { retries: 0 } });
}

/** Checks the invariants of any page a source hands to the picker. */
function expectCleanPage(page: { elements: Friend[]; totalCount: number }): void {
  expect(Number.isSafeInteger(page.totalCount) && page.totalCount >= 0).to.equal(true);
  const uuids = new Set<string>();
  for (const friend of page.elements) {
    expect(friend.uuid).to.be.a('string').and.not.equal('');
    expect(uuids.has(friend.uuid)).to.equal(false);
    uuids.add(friend.uuid);
    for (const key of Object.keys(friend)) {
      expect(['id', 'uuid', 'profile_nickname', 'profile_thumbnail_image', 'favorite']).to.include(
        key,
      );
    }
    if (friend.profile_nickname !== undefined) {
      expect(friend.profile_nickname).to.be.a('string');
      expect(friend.profile_nickname.length).to.be.at.most(MAX_NICKNAME_LENGTH);
    }
    if (friend.profile_thumbnail_image !== undefined) {
      expect(friend.profile_thumbnail_image).to.match(
        /^(https:|http:\/\/(127\.0\.0\.1|localhost)|data:image\/)/,
      );
    }
    if (friend.favorite !== undefined) expect(friend.favorite).to.be.a('boolean');
  }
}

describe('KakaoRestFriendSource: malformed bodies', () => {
  const wrongTypes = [
    'elements-object',
    'elements-string',
    'total-count-string',
    'total-count-missing',
    'negative-total',
    'fractional-total',
    'array-body',
    'null-body',
    'string-body',
  ];
  for (const variant of wrongTypes) {
    it(`wrong types (${variant}) → bad-response, not retried`, async () => {
      const scenario = await createScenario({ faults: [{ type: 'wrong-types', variant }] });
      const error = await rejectionOf(
        sourceAt(scenario.baseUrl).getFriends(page1, { signal: signal() }),
      );
      expect(error).to.be.instanceOf(PickerError);
      expect((error as PickerError).code).to.equal('bad-response');
      expect((error as PickerError).retryable).to.equal(false);
      expect(await requestsOf(scenario.id)).to.have.length(1);
    });
  }

  it('a total_count beyond 100,000 is cut to it, not an error (issue 9: paging has its own stops)', async () => {
    const scenario = await createScenario({
      faults: [{ type: 'wrong-types', variant: 'huge-total' }],
    });
    const page = await sourceAt(scenario.baseUrl).getFriends(page1, { signal: signal() });
    expect(page).to.deep.include({ elements: [], totalCount: 100_000 });
  });

  for (const variant of ['html', 'truncated', 'empty']) {
    it(`a 200 that is not JSON (${variant}) → bad-response`, async () => {
      const scenario = await createScenario({ faults: [{ type: 'not-json', variant }] });
      const error = await rejectionOf(
        sourceAt(scenario.baseUrl).getFriends(page1, { signal: signal() }),
      );
      expect((error as PickerError).code).to.equal('bad-response');
    });
  }

  it('a profile that is not an object → bad-response', async () => {
    const scenario = await createScenario({ profile: ['not', 'a', 'profile'] });
    const error = await rejectionOf(sourceAt(scenario.baseUrl).getProfile({ signal: signal() }));
    expect((error as PickerError).code).to.equal('bad-response');
  });

  it('an empty profile object is a profile with nothing in it', async () => {
    const scenario = await createScenario({ profile: {} });
    expect(await sourceAt(scenario.baseUrl).getProfile({ signal: signal() })).to.deep.equal({});
  });

  it('a body over the size bound → bad-response (no hang, no crash)', async () => {
    const scenario = await createScenario({ faults: [{ type: 'oversized' }] });
    const error = await rejectionOf(
      sourceAt(scenario.baseUrl).getFriends(page1, { signal: signal() }),
    );
    expect((error as PickerError).code).to.equal('bad-response');
    expect((error as PickerError).message).to.match(/larger than/);
  });
});

describe('KakaoRestFriendSource: hostile entries', () => {
  it('drops bad entries, keeps the first of duplicates, cuts a 10 MB nickname, refuses unsafe images', async () => {
    const scenario = await createScenario({ friendCount: 20, faults: [{ type: 'hostile' }] });
    const page = await sourceAt(scenario.baseUrl).getFriends(page1, { signal: signal() });
    expectCleanPage(page);
    const byUuid = new Map(page.elements.map((f) => [f.uuid, f]));
    // 20 real friends + the hostile ones that have a usable uuid, once each.
    expect(page.elements).to.have.length(20 + 6);
    expect(page.totalCount).to.equal(20);
    expect(page.elements[0]!.profile_nickname).not.to.equal('Duplicate of the first friend');
    expect(byUuid.get('hostile-dup-2')!.profile_nickname).to.equal('Twin A');
    expect(byUuid.get('hostile-long')!.profile_nickname).to.have.length(MAX_NICKNAME_LENGTH);
    const script = byUuid.get('hostile-script')!;
    expect(script.profile_thumbnail_image).to.equal(undefined);
    // Kept as text: escaping is the template's job, and Lit renders it as text.
    expect(script.profile_nickname).to.equal('<img src=x onerror="window.__kfpHacked=1">');
    expect(byUuid.get('hostile-file')).to.deep.equal({ uuid: 'hostile-file' });
    expect(byUuid.get('hostile-http')!.profile_thumbnail_image).to.equal(undefined);
    expect(byUuid.get('hostile-types')).to.deep.equal({ uuid: 'hostile-types' });
    for (const dropped of ['12345', '', 'nested']) expect(byUuid.has(dropped)).to.equal(false);
  });

  it('serves raw hostile entries given to a scenario, validated the same way', async () => {
    const scenario = await createScenario({
      friends: [
        {
          uuid: 'a',
          profile_nickname: 'A',
          profile_thumbnail_image: 'https://k.kakaocdn.net/a.jpg',
        },
        { uuid: 'a', profile_nickname: 'A again' },
        { uuid: 'b', profile_thumbnail_image: 'data:text/html,<script>1</script>' },
        { uuid: 'c', profile_nickname: '   ' },
        { uuid: 'd', favorite: 'true', id: Number.NaN },
      ],
    });
    const page = await sourceAt(scenario.baseUrl).getFriends(page1, { signal: signal() });
    expectCleanPage(page);
    expect(page.elements.map((f) => f.uuid).sort()).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(page.elements.find((f) => f.uuid === 'b')).to.deep.equal({ uuid: 'b' });
  });
});

describe('KakaoRestFriendSource: property — any body, never anything but PickerError', () => {
  const statuses = [200, 200, 200, 400, 401, 403, 404, 429, 500, 502, 503];

  const friendLike = fc.record(
    {
      id: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
      uuid: fc.oneof(fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null)),
      profile_nickname: fc.oneof(fc.string(), fc.jsonValue()),
      profile_thumbnail_image: fc.oneof(
        fc.webUrl(),
        fc.constantFrom(
          'javascript:alert(1)',
          'data:image/png;base64,AA==',
          'http://127.0.0.1/x.png',
        ),
        fc.jsonValue(),
      ),
      favorite: fc.oneof(fc.boolean(), fc.jsonValue()),
    },
    { requiredKeys: [] },
  );
  const kakaoShaped = fc.record(
    {
      elements: fc.oneof(
        fc.array(fc.oneof(friendLike, fc.jsonValue()), { maxLength: 30 }),
        fc.jsonValue(),
      ),
      total_count: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string(), fc.constant(null)),
      favorite_count: fc.jsonValue(),
      after_url: fc.oneof(fc.webUrl(), fc.jsonValue()),
      code: fc.integer({ min: -10000, max: 0 }),
      msg: fc.string(),
      required_scopes: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );
  const body = fc.oneof(
    kakaoShaped.map((value) => JSON.stringify(value)),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.string(),
    fc.constantFrom('', '{', '[1,', 'null', '"x"', '{"elements":[]}', '{"total_count":5}'),
  );

  it('getFriends settles with a clean page or a PickerError', async () => {
    const scenario = await createScenario();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...statuses), body, async (status, text) => {
        await updateScenario(scenario.id, {
          faults: [{ type: 'raw', status, body: text, times: 1 }],
        });
        try {
          expectCleanPage(await sourceAt(scenario.baseUrl).getFriends(page1, { signal: signal() }));
          expect(status).to.equal(200);
        } catch (error) {
          if (!(error instanceof PickerError)) throw error;
          expect(pickerCodes).to.include(error.code);
          expect(error.message).not.to.contain(TOKEN);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('getProfile settles with a clean profile or a PickerError', async () => {
    const scenario = await createScenario();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...statuses), body, async (status, text) => {
        await updateScenario(scenario.id, {
          faults: [{ type: 'raw', status, body: text, times: 1 }],
        });
        try {
          const profile = await sourceAt(scenario.baseUrl).getProfile({ signal: signal() });
          expect(profile).to.be.an('object');
          for (const key of Object.keys(profile!)) {
            expect(['nickName', 'profileImageURL', 'thumbnailURL', 'uuid', 'id']).to.include(key);
          }
        } catch (error) {
          if (!(error instanceof PickerError)) throw error;
          expect(pickerCodes).to.include(error.code);
        }
      }),
      { numRuns: 60 },
    );
  });
});
