// Every state the gallery (demo/gallery.html) shows, and how to put a picker in it. The browser
// suite mounts the same states and runs axe on each (test/element/gallery.test.ts).
import '../src/index.js';
import { ArrayFriendSource, PickerError } from '../src/index.js';
import type { Friend, FriendDataSource, KakaoFriendPicker, ViewType } from '../src/index.js';
import { generateFriends } from './data/generate-friends.js';
import { sampleFriends, sampleProfile } from './data/sample-friends.js';

export type GalleryKind =
  | 'list'
  | 'loading'
  | 'empty'
  | 'error'
  | 'max'
  | 'min'
  | 'single'
  | 'search'
  | 'rtl'
  | 'landscape'
  | 'full-strip';

export interface GalleryState {
  /** Stable id, used in the URL (`gallery.html?state=…`) and the screenshot's name. */
  id: string;
  title: string;
  view: ViewType;
  theme: 'light' | 'dark';
  lang: 'ko' | 'en' | 'ja';
  kind: GalleryKind;
  /** The frame (viewport) the state is shown in, in CSS pixels. */
  width: number;
  height: number;
}

const VIEWS: ViewType[] = ['full', 'popup', 'inline'];
const THEMES = ['light', 'dark'] as const;
const LANGS = ['ko', 'en', 'ja'] as const;
const STATE_KINDS: GalleryKind[] = [
  'loading',
  'empty',
  'error',
  'max',
  'min',
  'single',
  'search',
  'rtl',
  'landscape',
];
const SIZES = [
  [320, 480],
  [390, 844],
  [844, 390],
  [1280, 800],
] as const;

function state(
  view: ViewType,
  theme: 'light' | 'dark',
  lang: 'ko' | 'en' | 'ja',
  kind: GalleryKind,
  [width, height]: readonly [number, number],
): GalleryState {
  const id = `${kind}-${view}-${theme}-${lang}-${width}x${height}`;
  return {
    id,
    title: `${kind} · ${view} · ${theme} · ${lang} · ${width}×${height}`,
    view,
    theme,
    lang,
    kind,
    width,
    height,
  };
}

/** Views × themes × languages, then each state in both themes, then the screen sizes. */
export const GALLERY_STATES: readonly GalleryState[] = [
  ...VIEWS.flatMap((view) =>
    THEMES.flatMap((theme) => LANGS.map((lang) => state(view, theme, lang, 'list', [390, 844]))),
  ),
  ...STATE_KINDS.flatMap((kind) =>
    THEMES.map((theme) =>
      state(
        kind === 'landscape' ? 'full' : 'popup',
        theme,
        kind === 'rtl' ? 'en' : 'ko',
        kind,
        kind === 'landscape' ? [844, 390] : [390, 844],
      ),
    ),
  ),
  ...SIZES.flatMap((size) =>
    (['full', 'popup'] as const).map((view) => state(view, 'light', 'ko', 'full-strip', size)),
  ),
];

/** Names written right to left, for the RTL state. */
const rtlFriends: Friend[] = [
  { uuid: 'rtl-1', profile_nickname: 'محمد عبد الرحمن الطويل' },
  { uuid: 'rtl-2', profile_nickname: 'שרה לוי' },
  { uuid: 'rtl-3', profile_nickname: 'فاطمة' },
];

function friendsFor(kind: GalleryKind): Friend[] {
  const friends = [...sampleFriends, ...generateFriends(80)];
  return kind === 'rtl' ? [...rtlFriends, ...friends] : friends;
}

function sourceFor(kind: GalleryKind): FriendDataSource {
  if (kind === 'loading') return { getFriends: () => new Promise(() => {}) };
  if (kind === 'error') {
    return {
      getFriends: () => Promise.reject(new PickerError('network', 'The gallery is offline.')),
    };
  }
  return new ArrayFriendSource(kind === 'empty' ? [] : friendsFor(kind), {
    profile: sampleProfile,
  });
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) await nextFrame();
}

function rows(picker: KakaoFriendPicker): HTMLElement[] {
  return [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
}

/**
 * Puts a picker in `galleryState` inside `container` (open, for the full and popup views) and
 * resolves once it shows that state.
 */
export async function mountGalleryState(
  container: HTMLElement,
  galleryState: GalleryState,
): Promise<KakaoFriendPicker> {
  const { view, theme, lang, kind } = galleryState;
  const picker = document.createElement('kakao-friend-picker');
  picker.viewType = view;
  picker.theme = theme;
  picker.lang = lang;
  if (kind === 'rtl') picker.dir = 'rtl';
  if (kind === 'landscape') picker.orientation = 'landscape';
  if (kind === 'single') picker.selectionMode = 'single';
  if (kind === 'max') picker.maxPickableCount = 3;
  if (kind === 'min') picker.minPickableCount = 3;
  if (view === 'inline') picker.style.height = '100%';
  const friends = friendsFor(kind);
  const picks = { max: 3, min: 1, single: 1, landscape: 4, 'full-strip': 12, rtl: 2 } as const;
  const count = picks[kind as keyof typeof picks] ?? 0;
  picker.selectedUuids = friends.slice(0, count).map((friend) => friend.uuid);
  picker.dataSource = sourceFor(kind);
  container.append(picker);
  if (view !== 'inline') await picker.show();
  const root = picker.shadowRoot!;
  await until(() =>
    kind === 'loading'
      ? root.querySelector('.skeleton') !== null
      : kind === 'error' || kind === 'empty'
        ? root.querySelector(`[part~="${kind}"]`) !== null
        : rows(picker).length > 0,
  );
  if (kind === 'max') {
    // A pick past the maximum: the toast, and the dimmed rows.
    rows(picker)
      .find((row) => row.getAttribute('aria-disabled') === 'true')
      ?.click();
  }
  if (kind === 'search') {
    const input = root.querySelector<HTMLInputElement>('[part~="search-input"]')!;
    input.value = 'ㄱㅊ';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await picker.updateComplete;
  await nextFrame();
  // The opening animation, not the skeleton's endless pulse.
  const opening = root
    .getAnimations()
    .filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
  await Promise.all(opening.map((animation) => animation.finished));
  return picker;
}
