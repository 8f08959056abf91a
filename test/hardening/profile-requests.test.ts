// Issue 9, item 10: with show-my-profile="false" the picker never asks for the profile (an extra
// request, and one that needs a consent scope the app may not have), through both Kakao sources,
// counted over real HTTP by the emulator.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { KakaoRestFriendSource } from '../../src/data/kakao-rest-source.js';
import { KakaoSdkFriendSource } from '../../src/data/kakao-sdk-source.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import type { FriendDataSource } from '../../src/types.js';
import {
  createScenario,
  fastRetry,
  requestsOf,
  sdkOverHttp,
  until,
} from '../data/emulator-client.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import { part, settle, waitFor } from '../element/harness.js';

const TOKEN = 'profile-suite-token_5Qw';

const sources: [string, (baseUrl: string) => FriendDataSource][] = [
  [
    'KakaoRestFriendSource',
    (baseUrl) => new KakaoRestFriendSource({ accessToken: TOKEN, baseUrl, retry: fastRetry }),
  ],
  ['KakaoSdkFriendSource', (baseUrl) => new KakaoSdkFriendSource(sdkOverHttp(baseUrl, TOKEN))],
];

async function profileRequests(id: string): Promise<number> {
  return (await requestsOf(id)).filter((request) => request.endpoint === 'profile').length;
}

describe('no profile request when the profile is hidden (issue 9, item 10)', () => {
  for (const [name, make] of sources) {
    it(`${name}: show-my-profile="false" sends friends requests only`, async () => {
      const scenario = await createScenario({ friendCount: 250 });
      const el = await fixture<KakaoFriendPicker>(
        html`<kakao-friend-picker
          view-type="inline"
          show-my-profile="false"
        ></kakao-friend-picker>`,
      );
      const loaded = oneEvent(el, 'kfp-load');
      el.dataSource = make(scenario.baseUrl);
      expect((await loaded).detail.totalCount).to.equal(250);
      const requests = await requestsOf(scenario.id);
      expect(requests.filter((r) => r.endpoint === 'friends')).to.have.length(3);
      expect(await profileRequests(scenario.id)).to.equal(0);

      // Shown later: asked for then, once, and rendered.
      el.showMyProfile = true;
      await until(async () => (await profileRequests(scenario.id)) === 1, 'no profile request');
      await waitFor(() => part(el, 'my-profile') !== null, 'the profile row did not appear');
      expect(await profileRequests(scenario.id)).to.equal(1);
    });

    it(`${name}: the default (shown) asks for the profile once per load`, async () => {
      const scenario = await createScenario({ friendCount: 20 });
      const el = await fixture<KakaoFriendPicker>(
        html`<kakao-friend-picker view-type="inline"></kakao-friend-picker>`,
      );
      const loaded = oneEvent(el, 'kfp-load');
      el.dataSource = make(scenario.baseUrl);
      await loaded;
      await settle(el);
      expect(await profileRequests(scenario.id)).to.equal(1);
      expect(part(el, 'my-profile')).to.not.equal(null);
    });
  }

  it('an app source: getProfile() is not called while the profile is hidden', async () => {
    let calls = 0;
    const inner = new ArrayFriendSource([{ uuid: 'a', profile_nickname: 'A' }]);
    const source: FriendDataSource = {
      getFriends: (query, options) => inner.getFriends(query, options),
      getProfile: async () => {
        calls += 1;
        return { nickName: 'Me', uuid: 'me' };
      },
    };
    const el = await fixture<KakaoFriendPicker>(
      html`<kakao-friend-picker view-type="inline"></kakao-friend-picker>`,
    );
    el.showMyProfile = false;
    const loaded = oneEvent(el, 'kfp-load');
    el.dataSource = source;
    await loaded;
    await el.reload();
    await settle(el);
    expect(calls).to.equal(0);
  });
});
