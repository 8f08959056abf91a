// The element tests' harness: registers <kakao-friend-picker> (the package's "." entry) and mounts
// pickers; re-exports the data and DOM helpers of test/helpers/, which register nothing.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import type { Friend, FriendDataSource } from '../../src/types.js';
import { options, part, settle, waitFor } from '../helpers/dom.js';
import { sampleFriends, sampleProfile } from '../helpers/friends.js';

export * from '../helpers/dom.js';
export * from '../helpers/friends.js';

/** Mounts a picker and waits until its rows (or a final state) are rendered. */
export async function mount(
  template: TemplateResult,
  source?: FriendDataSource,
): Promise<KakaoFriendPicker> {
  const el = await fixture<KakaoFriendPicker>(template);
  if (source !== undefined) el.dataSource = source;
  await waitFor(
    () =>
      options(el).length > 0 ||
      part(el, 'empty') !== null ||
      part(el, 'error') !== null ||
      source === undefined,
    'the picker did not render',
  );
  await settle(el);
  return el;
}

/** An inline picker (Korean) with the sample friends and profile; `configure` runs before loading. */
export async function mountInline(
  configure: (el: KakaoFriendPicker) => void = () => {},
  friends: Friend[] = sampleFriends,
): Promise<KakaoFriendPicker> {
  const el = await fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker
      view-type="inline"
      lang="ko"
      style="height: 640px; width: 420px"
    ></kakao-friend-picker>`,
  );
  configure(el);
  el.dataSource = new ArrayFriendSource(friends, { profile: sampleProfile });
  await waitFor(() => options(el).length > 0 || part(el, 'empty') !== null, 'no rows rendered');
  await settle(el);
  return el;
}
