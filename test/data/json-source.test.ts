import { expect } from '@open-wc/testing';
import { JsonFriendSource } from '../../src/data/json-source.js';
import { isAbortError, PickerError } from '../../src/errors.js';
import type { Friend } from '../../src/types.js';
import {
  createScenario,
  loadAll,
  quietPeriod,
  rejectionOf,
  requestsOf,
  until,
  updateScenario,
} from './emulator-client.js';

const fixtures = new URL('./fixtures/', import.meta.url).href;
const page1 = { offset: 0, limit: 100 } as const;

function signal(): AbortSignal {
  return new AbortController().signal;
}

/** A URL on the emulator that answers whatever the scenario's `raw` fault says (logged there). */
async function servedFile(body: string, status = 200, extra: { latencyMs?: number } = {}) {
  const scenario = await createScenario({
    ...extra,
    faults: [{ type: 'raw', status, body, endpoint: 'friends' }],
  });
  return { scenario, url: `${scenario.baseUrl}/v1/api/talk/friends` };
}

describe('JsonFriendSource', () => {
  it('reads a Friend[] file, validated (bad and duplicate entries dropped, unsafe images refused)', async () => {
    const source = new JsonFriendSource(`${fixtures}friends.json`);
    const page = await source.getFriends(page1, { signal: signal() });
    expect(page.totalCount).to.equal(5);
    expect(page.favoriteCount).to.equal(1);
    expect(page.elements[0]!.uuid).to.equal('json-1');
    expect(page.elements.map((f) => f.uuid).sort()).to.deep.equal([
      'json-1',
      'json-2',
      'json-3',
      'json-4',
      'json-5',
    ]);
    const sakura = page.elements.find((f) => f.uuid === 'json-3')!;
    expect(sakura.profile_thumbnail_image).to.equal(undefined);
    expect(page.elements.find((f) => f.uuid === 'json-1')!.profile_nickname).to.equal('김철수');
  });

  it('reads a REST-shaped { elements } file', async () => {
    const source = new JsonFriendSource(`${fixtures}friends-elements.json`);
    const page = await source.getFriends(
      { ...page1, friendOrder: 'nickname' },
      { signal: signal() },
    );
    expect(page.elements.map((f) => f.profile_nickname)).to.deep.equal(['가나다', '홍길동', 'Bob']);
  });

  for (const [file, reason] of [
    ['empty-object.json', 'an object without elements (issue 9: the wrong file, not no friends)'],
    ['wrong-shape.json', 'elements that is not an array'],
    ['number.json', 'a number'],
    ['truncated-json.txt', 'truncated JSON'],
  ] as const) {
    it(`reports ${reason} as bad-response`, async () => {
      const source = new JsonFriendSource(`${fixtures}${file}`);
      const error = await rejectionOf(source.getFriends(page1, { signal: signal() }));
      expect(error).to.be.instanceOf(PickerError);
      expect((error as PickerError).code).to.equal('bad-response');
    });
  }

  it('reports a missing file (HTTP 404) as server', async () => {
    const { url } = await servedFile('<h1>Not found</h1>', 404);
    const source = new JsonFriendSource(url);
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('server');
    expect(error.message).to.contain('404');
  });

  it('maps HTTP 401 to unauthorized and 500 to server', async () => {
    for (const [status, code] of [
      [401, 'unauthorized'],
      [403, 'permission-denied'],
      [500, 'server'],
    ] as const) {
      const { url } = await servedFile('{}', status);
      const error = (await rejectionOf(
        new JsonFriendSource(url).getFriends(page1, { signal: signal() }),
      )) as PickerError;
      expect(error.code, String(status)).to.equal(code);
    }
  });

  it('reports a dropped connection as network', async () => {
    const scenario = await createScenario({ faults: [{ type: 'network' }] });
    const source = new JsonFriendSource(`${scenario.baseUrl}/v1/api/talk/friends`);
    const error = (await rejectionOf(
      source.getFriends(page1, { signal: signal() }),
    )) as PickerError;
    expect(error.code).to.equal('network');
  });

  it('fetches the file once for all pages and orders, again on reload', async () => {
    const friends: Friend[] = Array.from({ length: 1234 }, (_, i) => ({
      uuid: `file-${i}`,
      profile_nickname: `친구 ${String(i).padStart(4, '0')}`,
      favorite: i % 10 === 0,
    }));
    const { scenario, url } = await servedFile(JSON.stringify({ elements: friends }));
    const source = new JsonFriendSource(url);
    const all = await loadAll(source);
    expect(all.first.totalCount).to.equal(1234);
    expect(new Set(all.friends.map((f) => f.uuid)).size).to.equal(1234);
    expect(all.friends.slice(0, 124).every((f) => f.favorite === true)).to.equal(true);
    await source.getFriends({ offset: 0, limit: 10, order: 'desc' }, { signal: signal() });
    expect(await requestsOf(scenario.id)).to.have.length(1);
    await updateScenario(scenario.id, {
      faults: [{ type: 'raw', body: JSON.stringify(friends.slice(0, 3)) }],
    });
    const reloaded = await source.getFriends(page1, { signal: signal(), reload: true });
    expect(reloaded.totalCount).to.equal(3);
    expect(await requestsOf(scenario.id)).to.have.length(2);
  });

  it('honours the signal: aborting stops the download', async () => {
    const { scenario, url } = await servedFile('[]', 200, { latencyMs: 400 });
    const source = new JsonFriendSource(url);
    const controller = new AbortController();
    const loading = source.getFriends(page1, { signal: controller.signal });
    await until(async () => (await requestsOf(scenario.id)).length === 1, 'the request');
    controller.abort();
    expect(isAbortError(await rejectionOf(loading))).to.equal(true);
    await until(async () => (await requestsOf(scenario.id))[0]!.aborted, 'the cancellation');
    await quietPeriod(500);
    expect(await requestsOf(scenario.id)).to.have.length(1);
  });

  it('uses the given fetch', async () => {
    const seen: string[] = [];
    const source = new JsonFriendSource(`${fixtures}friends.json`, {
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await source.getFriends(page1, { signal: signal() });
    expect(seen).to.deep.equal([`${fixtures}friends.json`]);
  });

  it('refuses an empty URL', () => {
    expect(() => new JsonFriendSource('')).to.throw(PickerError);
  });
});
