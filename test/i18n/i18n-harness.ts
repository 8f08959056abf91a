import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { KakaoFriendPicker } from '../../src/kakao-friend-picker.js';
import { ArrayFriendSource } from '../../src/data/array-source.js';
import type { Friend, FriendDataSource, TalkProfile } from '../../src/types.js';
import {
  options,
  part,
  sampleFriends,
  sampleProfile,
  settle,
  waitFor,
} from '../element/harness.js';

export type Language = 'ko' | 'en' | 'ja';

export const languages: Language[] = ['ko', 'en', 'ja'];

/** A mixed-script list: Hangul, Latin (with accents and full width), kana, digit- and symbol-led. */
export const mixedFriends: Friend[] = [
  'タナカ',
  'Bob',
  '7번가',
  'さくら',
  '김철수',
  'José',
  'あおい',
  '#태그',
  'alice',
  '박민수',
  'かいと',
  '10cm',
].map((name, i) => ({ id: i + 1, uuid: `m-${i}`, profile_nickname: name }));

/** Sets `<html lang>` for one test; call the returned function (e.g. in `afterEach`) to restore. */
export function setDocumentLang(lang: string): () => void {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  root.setAttribute('lang', lang);
  return () => {
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  };
}

export interface MountOptions {
  /** The picker's own `lang` attribute (none by default: it follows its ancestors). */
  lang?: string;
  dir?: string;
  /** Inline style; keep pickers mounted together within the viewport (the virtualizer renders
   * no rows for a list outside it). */
  style?: string;
  viewType?: 'inline' | 'popup' | 'full';
  friends?: Friend[];
  profile?: TalkProfile | null;
  /** A data source to use instead of `friends` and `profile`. */
  source?: FriendDataSource;
  /** Wait for rows, or for the empty or error state (the default); else only for a render. */
  waitForRows?: boolean;
  configure?: (el: KakaoFriendPicker) => void;
}

/** Mounts a picker with no language of its own unless asked, and waits for its rows. */
export async function mountPicker(opts: MountOptions = {}): Promise<KakaoFriendPicker> {
  const el = await fixture<KakaoFriendPicker>(
    html`<kakao-friend-picker
      view-type=${opts.viewType ?? 'inline'}
      lang=${ifDefined(opts.lang)}
      dir=${ifDefined(opts.dir)}
      style=${opts.style ?? 'height: 640px; width: 420px'}
    ></kakao-friend-picker>`,
  );
  opts.configure?.(el);
  const profile = opts.profile === undefined ? sampleProfile : opts.profile;
  el.dataSource =
    opts.source ??
    new ArrayFriendSource(opts.friends ?? sampleFriends, profile === null ? {} : { profile });
  if (opts.viewType === 'popup' || opts.viewType === 'full') await el.show();
  if (opts.waitForRows ?? true) {
    await waitFor(
      () => options(el).length > 0 || part(el, 'empty') !== null || part(el, 'error') !== null,
      'no rows rendered',
    );
  }
  await settle(el);
  return el;
}

/** The texts of the index keys, top to bottom. */
export function indexKeys(el: KakaoFriendPicker): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part~="index-key"]')].map((key) =>
    key.textContent.trim(),
  );
}
