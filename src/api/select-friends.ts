import { validateSelectOptions, type SelectSettings } from '../core/select-options.js';
import { raceAbort } from '../data/abort.js';
import { PickerError } from '../errors.js';
import type { KakaoFriendPicker } from '../kakao-friend-picker.js';
import { deepActiveElement } from '../dom/active-element.js';
import { registerKakaoFriendPicker, TAG_NAME } from '../register.js';
import type {
  KfpErrorDetail,
  SelectFriendOptions,
  SelectFriendsOptions,
  SelectFriendsResult,
  SelectionMode,
} from '../types.js';

/**
 * Calls wait for the one before them to settle (a FIFO queue), so two pickers are never open at
 * once and no call is lost; pass a `signal` to give up on a queued or open call.
 */
let lastTurn: Promise<void> = Promise.resolve();

function takeTurn(): { ready: Promise<void>; release: () => void } {
  const ready = lastTurn;
  let release!: () => void;
  lastTurn = new Promise((resolve) => (release = resolve));
  // A call given up while queued must still keep its place until the one before it is done.
  return { ready, release: () => void ready.then(release) };
}

function nameOf(mode: SelectionMode): string {
  return mode === 'single' ? 'selectFriend' : 'selectFriends';
}

function cancelled(fn: string, why: string): PickerError {
  return new PickerError('cancelled', `${fn}: ${why}`);
}

function abortedError(fn: string, signal: AbortSignal): PickerError {
  return new PickerError('cancelled', `${fn}: the call was aborted.`, { cause: signal.reason });
}

/** Rejects with `cancelled` as soon as `signal` aborts, else follows `promise`. */
function abortable<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  fn: string,
): Promise<T> {
  return signal === undefined
    ? promise
    : raceAbort(promise, signal, () => abortedError(fn, signal));
}

function errorFromDetail(detail: KfpErrorDetail): PickerError {
  const extra: { kakaoCode?: number; requiredScopes?: string[] } = {};
  if (detail.kakaoCode !== undefined) extra.kakaoCode = detail.kakaoCode;
  if (detail.requiredScopes !== undefined) extra.requiredScopes = [...detail.requiredScopes];
  return new PickerError(detail.code, detail.message, extra);
}

function configure(picker: KakaoFriendPicker, settings: SelectSettings): void {
  picker.viewType = settings.viewType;
  picker.selectionMode = settings.selectionMode;
  if (settings.heading !== undefined) picker.heading = settings.heading;
  picker.theme = settings.theme;
  picker.orientation = settings.orientation;
  picker.enableSearch = settings.enableSearch;
  picker.enableIndex = settings.enableIndex;
  picker.showMyProfile = settings.showMyProfile;
  picker.showFavorite = settings.showFavorite;
  picker.showPickedFriend = settings.showPickedFriend;
  picker.maxPickableCount = settings.maxPickableCount;
  picker.minPickableCount = settings.minPickableCount;
  if (settings.dataSource !== undefined) picker.dataSource = settings.dataSource;
  else if (settings.src !== undefined) picker.src = settings.src;
}

/** Shows one picker until the user confirms or dismisses it; always removes it afterwards. */
async function runPicker(settings: SelectSettings, fn: string): Promise<SelectFriendsResult> {
  registerKakaoFriendPicker();
  const opener = deepActiveElement();
  const picker = document.createElement(TAG_NAME);
  configure(picker, settings);
  let loadError: PickerError | undefined;
  let observer: MutationObserver | undefined;
  picker.addEventListener('kfp-error', (event) => {
    if (event.detail.code !== 'invalid-options') loadError = errorFromDetail(event.detail);
  });
  picker.addEventListener('kfp-load', () => (loadError = undefined));
  const outcome = new Promise<SelectFriendsResult>((resolve, reject) => {
    picker.addEventListener('kfp-confirm', (event) =>
      resolve({ selectedTotalCount: event.detail.selectedTotalCount, users: event.detail.users }),
    );
    // Dismissing a picker whose friends failed to load reports why, not just "cancelled".
    picker.addEventListener('kfp-cancel', () =>
      reject(loadError ?? cancelled(fn, 'the user closed the picker.')),
    );
    // The page may close (`hide()`) or remove the picker itself: the promise must still settle,
    // or every later call would wait behind it. Confirm and cancel have settled it by then.
    observer = new MutationObserver(() => {
      if (!picker.isConnected || !picker.open) {
        reject(cancelled(fn, 'the page closed or removed the picker.'));
      }
    });
  });
  (document.body ?? document.documentElement).append(picker);
  try {
    await picker.show();
    observer?.observe(picker, { attributes: true, attributeFilter: ['open'] });
    if (picker.parentNode !== null) observer?.observe(picker.parentNode, { childList: true });
    return await abortable(outcome, settings.signal, fn);
  } finally {
    observer?.disconnect();
    if (picker.open) await picker.hide();
    else await picker.updateComplete;
    picker.remove();
    const active = deepActiveElement();
    if (opener?.isConnected && (active === null || active === document.body)) opener.focus();
  }
}

async function select(options: unknown, mode: SelectionMode): Promise<SelectFriendsResult> {
  const fn = nameOf(mode);
  const validation = validateSelectOptions(options, mode);
  if (!validation.ok) throw new PickerError('invalid-options', validation.problems.join(' '));
  if (typeof document === 'undefined') {
    throw new PickerError('invalid-options', `${fn} needs a browser: there is no document here.`);
  }
  const { settings } = validation;
  const { ready, release } = takeTurn();
  try {
    await abortable(ready, settings.signal, fn);
    return await runPicker(settings, fn);
  } finally {
    release();
  }
}

/**
 * Kakao's `Kakao.Picker.selectFriends()`, in the page: opens a multiple-selection picker (a popup
 * unless `viewType: 'full'`) and resolves `{ selectedTotalCount, users }` when the user confirms.
 *
 * Rejects with a `PickerError` whose `code` is `invalid-options` (bad options; the message names
 * each one), `cancelled` (the user closed the picker, or `signal` aborted), or the data source's
 * code (`unauthorized`, `network`…) when loading failed and the user then closed the picker. The
 * picker element is always removed and focus returns to where it was. A call made while another
 * picker from this API is open waits for it to settle, then opens.
 */
export function selectFriends(options: SelectFriendsOptions): Promise<SelectFriendsResult> {
  return select(options, 'multiple');
}

/**
 * Kakao's `Kakao.Picker.selectFriend()`: like `selectFriends()`, with single selection; resolves
 * `{ selectedTotalCount: 1, users: [friend] }`.
 */
export function selectFriend(options: SelectFriendOptions): Promise<SelectFriendsResult> {
  return select(options, 'single');
}
