import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { copyFriend } from './core/friend-validation.js';
import type { PickerLanguage } from './core/language.js';
import type { ModelRow } from './core/list-model.js';
import {
  DEFAULT_MAX_PICKABLE_COUNT,
  DEFAULT_MIN_PICKABLE_COUNT,
  parseCountAttribute,
  parseTrueByDefaultAttribute,
  resolveOptions,
  type PickerOptions,
} from './core/options.js';
import { matchName, prepareName, prepareQuery } from './core/search.js';
import {
  canConfirm,
  canPick,
  normalizeSelection,
  togglePick,
  type SelectionRules,
} from './core/selection.js';
import { FormController } from './controllers/form-controller.js';
import { FriendsController } from './controllers/friends-controller.js';
import { ListModelController } from './controllers/list-model-controller.js';
import { JsonFriendSource } from './data/json-source.js';
import { PickerError } from './errors.js';
import { LanguageController } from './localization/language-controller.js';
import { messagesFor, type PickerMessages } from './localization/messages.js';
import { WindowedList } from './list/windowed-list.js';
import { pickerStyles } from './styles/picker-styles.js';
import { renderIndexBar } from './templates/index-bar.js';
import { renderRow, type RowState } from './templates/list-row.js';
import { closeIcon } from './templates/icons.js';
import { renderPickedStrip } from './templates/picked-strip.js';
import { renderEmpty, renderError, renderLoading } from './templates/status.js';
import type {
  CancelReason,
  Friend,
  FriendDataSource,
  KakaoFriendPickerEventMap,
  Orientation,
  SelectionMode,
  Theme,
  ViewType,
} from './types.js';

/** Width from which `orientation="auto"` lays the picked friends out in a side panel. */
const LANDSCAPE_MIN_WIDTH = 720;
const TYPEAHEAD_RESET_MS = 700;

function rowKey(row: ModelRow): string {
  if (row.type === 'header') return `header:${row.section}`;
  // Keyed by friend alone, so a row's DOM is reused when it moves between sections and results.
  return row.type === 'profile' ? 'profile' : `friend:${row.friend.uuid}`;
}

const trueByDefault = { fromAttribute: parseTrueByDefaultAttribute };
const maxCountAttribute = {
  fromAttribute: (value: string | null) => parseCountAttribute(value, DEFAULT_MAX_PICKABLE_COUNT),
};
const minCountAttribute = {
  fromAttribute: (value: string | null) => parseCountAttribute(value, DEFAULT_MIN_PICKABLE_COUNT),
};

/** The deepest focused element, through shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * A Kakao Talk friend picker: Kakao's Friends picker in the page, as a full-screen sheet, a
 * centred popup or an inline list.
 *
 * @summary Pick Kakao Talk friends; their uuids leave as `kfp-*` events.
 *
 * @tagname kakao-friend-picker
 *
 * @fires {CustomEvent<KfpChangeDetail>} kfp-change - The user picked or unpicked a friend.
 * @fires {Event} input - The user picked or unpicked a friend (after `kfp-change`), as on `<input>`.
 * @fires {Event} change - The user picked or unpicked a friend (after `input`), as on `<input>`.
 * @fires {CustomEvent<KfpConfirmDetail>} kfp-confirm - The user confirmed; full/popup views close.
 * @fires {CustomEvent<KfpCancelDetail>} kfp-cancel - The user dismissed a full/popup picker.
 * @fires {CustomEvent<KfpLoadDetail>} kfp-load - Every page of friends has arrived.
 * @fires {CustomEvent<KfpErrorDetail>} kfp-error - Loading failed, or options were invalid.
 *
 * @cssstate invalid - In a form, the picks do not satisfy `required`/min/max (also `:invalid`).
 * @cssstate user-invalid - Invalid after the user changed the picks or tried to submit the form.
 * @cssstate disabled - Disabled by its own `disabled` attribute or a disabled `<fieldset>`.
 *
 * @csspart base - The picker's root panel; carries the theme background and text colours.
 * @csspart dialog - The `<dialog>` of the full and popup views.
 * @csspart header - The title bar.
 * @csspart heading - The title text.
 * @csspart close-button - The close button (full and popup views).
 * @csspart search-input - The `<input type="search">`.
 * @csspart list - The listbox of friends.
 * @csspart section-header - A section title (My profile, Favorites, Friends, Search results).
 * @csspart item - A friend row (`role="option"`, `data-uuid`).
 * @csspart avatar - A thumbnail or its fallback initial.
 * @csspart nickname - A friend's name.
 * @csspart my-profile - The signed-in user's own row (also an `item`).
 * @csspart index - The index bar.
 * @csspart index-key - One index key; its text is the key.
 * @csspart picked - The strip of picked friends.
 * @csspart picked-item - One picked friend, holding a remove button.
 * @csspart counter - The "3/30" counter.
 * @csspart confirm-button - The OK button.
 * @csspart empty - The empty state.
 * @csspart error - The error state, holding a retry button.
 *
 * @cssprop [--kfp-color-background=#ffffff] - Background (dark: #1c1c1e).
 * @cssprop [--kfp-color-surface=#f4f4f5] - Search field, hover and active rows (dark: #2a2a2d).
 * @cssprop [--kfp-color-text=#191919] - Text (dark: #f2f2f2).
 * @cssprop [--kfp-color-text-secondary=#5c5c5c] - Section headers, counter, hints (dark: #b4b4b8).
 * @cssprop [--kfp-color-border=#e2e2e4] - Separators (dark: #3a3a3e).
 * @cssprop [--kfp-color-control-border=#8a8a8e] - Check circles, retry button (dark: #8e8e93).
 * @cssprop [--kfp-color-accent=#fee500] - Confirm button and checked marks (Kakao yellow).
 * @cssprop [--kfp-color-accent-text=#191919] - Text and check marks on the accent.
 * @cssprop [--kfp-color-highlight=#0057b8] - Matched characters in search results (dark: #8cc4ff).
 * @cssprop [--kfp-color-focus=#0a64d6] - Focus rings and the active row marker (dark: #8cc4ff).
 * @cssprop [--kfp-color-danger=#b3261e] - Error accents (dark: #ffb4ab).
 * @cssprop [--kfp-color-backdrop=rgb(0 0 0 / 0.5)] - Behind the popup.
 * @cssprop [--kfp-color-skeleton=#e9e9eb] - Loading placeholders (dark: #333337).
 * @cssprop [--kfp-font-family=system-ui, …] - Font stack (Korean and Japanese fallbacks included).
 * @cssprop [--kfp-font-size=15px] - Base font size.
 * @cssprop [--kfp-radius=16px] - Corner radius of the popup and the inline panel.
 * @cssprop [--kfp-radius-avatar=50%] - Corner radius of avatars.
 * @cssprop [--kfp-size-avatar=40px] - Avatar size.
 * @cssprop [--kfp-size-row=60px] - Minimum height of a friend row.
 * @cssprop [--kfp-popup-width=480px] - Popup width (never wider than the viewport).
 * @cssprop [--kfp-popup-height=700px] - Popup height (never taller than the viewport).
 * @cssprop [--kfp-inline-height=480px] - Height of the inline view when its container sets none.
 * @cssprop [--kfp-motion-duration=160ms] - Opening animation (off with reduced motion).
 */
export class KakaoFriendPicker extends LitElement {
  static override styles = pickerStyles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: false };
  /** Takes part in forms (`ElementInternals`): see `name`, `required` and `disabled`. */
  static formAssociated = true;

  private readonly languages = new LanguageController(this, (language) => {
    this.language = language;
  });
  private readonly formControl = new FormController(this, {
    rules: () => this.rules,
    message: (reason, rules) =>
      this.messages.validity(reason, reason === 'range-underflow' ? rules.min : rules.max),
    anchor: () => this.list ?? this.searchInput,
  });
  private readonly lists = new ListModelController(
    this,
    (totalCount) => this.handleLoaded(totalCount),
    () => this.window.pageSize,
  );
  private readonly friends = new FriendsController(this, {
    onReset: () => this.lists.reset(),
    onFriends: (elements) => this.lists.add(elements),
    onLoad: () => this.lists.finish(),
    onError: (error) => this.emit('kfp-error', error.toDetail()),
  });
  private readonly window = new WindowedList(this);

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('[part~="search-input"]') private searchInput!: HTMLInputElement | null;
  @query('[part~="list"]') private list!: HTMLElement | null;
  @query('[part~="base"]') private base!: HTMLElement | null;

  @state() private query = '';
  @state() private activeIndex = -1;
  @state() private activeDescendant: string | undefined;
  @state() private announcement = '';
  @state() private wide = false;
  @state() private broken: ReadonlySet<string> = new Set();
  @state() private language: PickerLanguage = 'en';

  /** Full-screen sheet, centred modal popup, or a list in the page flow. */
  @property({ attribute: 'view-type', reflect: true }) viewType: ViewType = 'full';
  /** Whether a full/popup picker is showing; ignored by the inline view. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** `multiple` (checkboxes, Kakao `selectFriends`) or `single` (radio, Kakao `selectFriend`). */
  @property({ attribute: 'selection-mode' }) selectionMode: SelectionMode = 'multiple';
  /** Title bar text (Kakao `title`); a localized "Select friends" when unset. */
  @property() heading: string | undefined;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`, live). Kakao `viewAppearance`. */
  @property({ reflect: true }) theme: Theme = 'auto';
  /** `landscape` puts the picked friends in a side panel; `auto` decides from the element's width. */
  @property({ reflect: true }) orientation: Orientation = 'auto';
  /** Shows the search box. The attribute accepts `"false"`. */
  @property({ attribute: 'enable-search', converter: trueByDefault }) enableSearch = true;
  /** Shows the index bar. The attribute accepts `"false"`. */
  @property({ attribute: 'enable-index', converter: trueByDefault }) enableIndex = true;
  /** Shows the signed-in user's own row on top. The attribute accepts `"false"`. */
  @property({ attribute: 'show-my-profile', converter: trueByDefault }) showMyProfile = true;
  /** Shows the Favorites section on top. The attribute accepts `"false"`. */
  @property({ attribute: 'show-favorite', converter: trueByDefault }) showFavorite = true;
  /** Shows the strip of picked friends (multiple mode). The attribute accepts `"false"`. */
  @property({ attribute: 'show-picked-friend', converter: trueByDefault }) showPickedFriend = true;
  /** Most friends pickable at once, an integer 1–100 (multiple mode). */
  @property({ attribute: 'max-pickable-count', converter: maxCountAttribute })
  maxPickableCount: number = DEFAULT_MAX_PICKABLE_COUNT;
  /** Fewest friends needed to confirm, an integer 1–max (multiple mode). */
  @property({ attribute: 'min-pickable-count', converter: minCountAttribute })
  minPickableCount: number = DEFAULT_MIN_PICKABLE_COUNT;
  /** Where friends come from (`ArrayFriendSource`, `KakaoRestFriendSource`, your own…). */
  @property({ attribute: false }) dataSource: FriendDataSource | undefined;
  /**
   * Shorthand for a data source: the URL of a JSON file holding `Friend[]` or a REST-shaped
   * `{ elements: Friend[] }`. `dataSource` wins when both are set.
   */
  @property() src: string | undefined;
  /** The current selection (uuids in pick order). Setting it fires no event. */
  @property({ attribute: false }) selectedUuids: string[] = [];
  /**
   * The picks as a form control's value: the same uuids in pick order as `selectedUuids`, under
   * the name frameworks bind (`v-model`, `bind:value`, `ngModel`); setting it fires no event.
   * @default []
   */
  @property({ attribute: false })
  get value(): string[] {
    return this.selectedUuids;
  }
  set value(uuids: string[]) {
    this.selectedUuids = uuids;
  }
  /** Form field name: the form data gets one `name=uuid` entry per picked friend, in pick order. */
  @property({ reflect: true }) name: string | undefined;
  /** In a form, at least one friend must be picked (`validity.valueMissing` otherwise). */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Takes no picks and cannot confirm (a disabled `<fieldset>` has the same effect). */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The language of this picker (`ko`, `en`, `ja`); else the nearest ancestor's, else the browser's. */
  @property({ reflect: true }) override lang!: string;

  private options: PickerOptions = resolveOptions(this).options;
  /** Whether a data source (or `src`) was ever set: a later change is a switch. */
  private hadSource = false;
  /** Picks made before the data source changed, until its friends have loaded. */
  private picksToCheck: ReadonlySet<string> | null = null;
  /** Uuids the user picked since the app last assigned the selection. */
  private readonly userPicks = new Set<string>();
  /** The last selection the picker itself set (any other assignment is the app's). */
  private ownPicks: unknown = null;
  private reportedProblems = '';
  private opener: HTMLElement | null = null;
  private closesByUs = 0;
  private typeahead = '';
  private typeaheadTimer: ReturnType<typeof setTimeout> | undefined;
  private draggingIndex = false;
  private pointerInList = false;
  private resizeObserver: ResizeObserver | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    clearTimeout(this.typeaheadTimer);
  }

  /**
   * A render in a language whose strings are still loading (Japanese is a lazy chunk) waits for
   * them, so the picker never shows English in their place.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = this.languages.ready;
    return ready === undefined ? super.scheduleUpdate() : ready.then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    const appSetPicks = this.appSetPicks(changed);
    // Before a new source starts: a hidden profile is never requested.
    if (changed.has('showMyProfile')) this.friends.wantProfile(this.showMyProfile);
    if (changed.has('dataSource') || changed.has('src')) {
      this.holdPicksForCheck(appSetPicks);
      void this.friends.setSource(this.source());
    }
    if (changed.has('lang')) this.languages.refresh();
    if (
      changed.has('viewType') ||
      changed.has('selectionMode') ||
      changed.has('theme') ||
      changed.has('orientation') ||
      changed.has('maxPickableCount') ||
      changed.has('minPickableCount')
    ) {
      this.applyOptions();
    }
    if (
      changed.has('selectedUuids') ||
      changed.has('selectionMode') ||
      changed.has('maxPickableCount') ||
      changed.has('minPickableCount')
    ) {
      const normalized = normalizeSelection(this.selectedUuids, this.rules);
      const current: unknown = this.selectedUuids;
      // Apps may assign anything (null, duplicates, more than max): keep only what the rules allow.
      if (!Array.isArray(current) || normalized.join('\n') !== current.join('\n')) {
        this.selectedUuids = normalized;
      }
    }
    const model = this.model;
    model.setOptions({
      language: this.language,
      showMyProfile: this.showMyProfile,
      showFavorite: this.showFavorite,
    });
    model.setProfile(this.friends.profile);
    model.setQuery(this.query);
    if (changed.has('query')) {
      this.activeIndex = -1;
      this.activeDescendant = undefined;
      this.window.scrollTo(0);
      if (model.resultCount !== null) {
        this.announce(this.messages.resultsAnnouncement(model.resultCount));
      }
    } else if (this.activeIndex >= model.rowCount) {
      this.activeIndex = -1;
      this.activeDescendant = undefined;
    }
  }

  private get model() {
    return this.lists.model;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open') || changed.has('viewType')) this.syncDialog();
    this.observeSize();
  }

  private source(): FriendDataSource | undefined {
    // `null` clears like `undefined`; anything else is handed on (and refused there if it is no
    // data source, with a `kfp-error` naming the mistake).
    if (this.dataSource !== undefined && this.dataSource !== null) return this.dataSource;
    const src = this.src?.trim();
    if (!src) return undefined;
    try {
      return new JsonFriendSource(src);
    } catch (error) {
      // An unusable URL becomes the error state and a `kfp-error`, never an exception.
      return { getFriends: () => Promise.reject(error) };
    }
  }

  /** The picker's strings in its own language, whatever the page's @lit/localize locale is. */
  private get messages(): PickerMessages {
    return messagesFor(this.language);
  }

  private get rules(): SelectionRules {
    return {
      mode: this.options.selectionMode,
      max: this.options.maxPickableCount,
      min: this.options.minPickableCount,
    };
  }

  private get isMultiple(): boolean {
    return this.options.selectionMode === 'multiple';
  }

  private get isDialog(): boolean {
    return this.options.viewType !== 'inline';
  }

  private applyOptions(): void {
    const { options, problems } = resolveOptions(this);
    this.options = options;
    const report = problems.join(' ');
    if (report !== '' && report !== this.reportedProblems) {
      this.emit('kfp-error', new PickerError('invalid-options', report).toDetail());
    }
    this.reportedProblems = report;
  }

  // --- events -------------------------------------------------------------------------------

  private emit<K extends keyof KakaoFriendPickerEventMap>(
    name: K,
    detail: KakaoFriendPickerEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /**
   * A user pick or unpick: `kfp-change`, then the `input` and `change` a native form control fires,
   * which framework bindings (`v-model`, `bind:value`, `ngModel`, React's `onChange`) listen to.
   */
  private emitChange(): void {
    this.emit('kfp-change', { uuids: [...this.selectedUuids], users: this.pickedUsers() });
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private pickedUsers(): Friend[] {
    const users: Friend[] = [];
    for (const uuid of this.selectedUuids) {
      const friend = this.model.friendOf(uuid);
      if (friend !== undefined) users.push(copyFriend(friend));
    }
    return users;
  }

  private announce(text: string): void {
    // The same sentence twice in a row must still be spoken: vary it invisibly.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  // --- selection ----------------------------------------------------------------------------

  private rowFriend(row: ModelRow | undefined): Friend | null {
    if (row === undefined || row.type === 'header') return null;
    return row.friend;
  }

  private isPickable(row: ModelRow): boolean {
    const friend = this.rowFriend(row);
    return friend !== null && canPick(this.selectedUuids, friend.uuid, this.rules);
  }

  private pick(row: ModelRow): void {
    const friend = this.rowFriend(row);
    if (friend === null || this.formControl.disabled) return;
    const next = togglePick(this.selectedUuids, friend.uuid, this.rules);
    if (next === undefined) {
      this.announce(this.messages.maxReached(this.options.maxPickableCount));
      return;
    }
    const unchanged = next.join('\n') === this.selectedUuids.join('\n');
    if (unchanged) return;
    this.setPicks(next, friend.uuid);
    if (this.isMultiple && next.length === this.options.maxPickableCount) {
      this.announce(this.messages.maxReached(this.options.maxPickableCount));
    }
    this.emitChange();
  }

  private unpick(uuid: string): void {
    if (!this.selectedUuids.includes(uuid) || this.formControl.disabled) return;
    this.setPicks(this.selectedUuids.filter((picked) => picked !== uuid));
    this.emitChange();
  }

  private confirm(): void {
    if (this.formControl.disabled || !canConfirm(this.selectedUuids, this.rules)) return;
    // Picks from before a source switch that the new friends do not hold never leave.
    if (this.dropPicksNotHeld(false) && !canConfirm(this.selectedUuids, this.rules)) return;
    const uuids = [...this.selectedUuids];
    this.emit('kfp-confirm', {
      uuids,
      users: this.pickedUsers(),
      selectedTotalCount: uuids.length,
    });
    if (this.isDialog) this.open = false;
  }

  /** Picks changed by the user (or by the picker for the user), not assigned by the app. */
  private setPicks(next: string[], picked?: string): void {
    if (picked !== undefined) this.userPicks.add(picked);
    for (const uuid of this.userPicks) if (!next.includes(uuid)) this.userPicks.delete(uuid);
    this.ownPicks = next;
    this.selectedUuids = next;
  }

  /**
   * Whether the app assigned `selectedUuids` (or `value`) in this update; the picks are then all
   * its own (earlier user picks and picks held since a source switch included).
   */
  private appSetPicks(changed: PropertyValues): boolean {
    if (!changed.has('selectedUuids') || this.selectedUuids === this.ownPicks) return false;
    this.userPicks.clear();
    this.picksToCheck = null;
    return true;
  }

  /**
   * The data source is changing (not a reload): the picks made so far belong to the previous
   * friends (maybe another account's) and are checked against the new ones once they have loaded.
   * Picks the app sets together with the new source are its own, and kept as they are.
   */
  private holdPicksForCheck(appSetNow: boolean): void {
    const switching = this.hadSource;
    this.hadSource = true;
    if (appSetNow) {
      this.picksToCheck = null;
      return;
    }
    if (!switching || !Array.isArray(this.selectedUuids) || this.selectedUuids.length === 0) return;
    this.picksToCheck = new Set([...(this.picksToCheck ?? []), ...this.selectedUuids]);
  }

  /**
   * Unpicks, with one `kfp-change`, the picks the current friends do not hold among: the picks
   * held since a source switch (see `holdPicksForCheck`), and at a confirm (`final` false) once
   * every friend has loaded, the user's own picks (a `reload()` may have dropped a friend). Uuids
   * the app assigned are left alone. `final` once the new source has loaded. Returns whether any
   * pick was dropped.
   */
  private dropPicksNotHeld(final: boolean): boolean {
    const held = this.picksToCheck;
    if (final) this.picksToCheck = null;
    const loaded = this.friends.status === 'ready' && !this.model.busy;
    const checked = (uuid: string) =>
      held?.has(uuid) === true || (!final && loaded && this.userPicks.has(uuid));
    const kept = this.selectedUuids.filter(
      (uuid) => !checked(uuid) || this.model.friendOf(uuid) !== undefined,
    );
    if (kept.length === this.selectedUuids.length) return false;
    this.setPicks(kept);
    this.emitChange();
    return true;
  }

  private handleLoaded(totalCount: number): void {
    this.dropPicksNotHeld(true);
    this.emit('kfp-load', { totalCount });
  }

  private dismiss(reason: CancelReason): void {
    if (!this.open) return;
    this.open = false;
    this.emit('kfp-cancel', { reason });
  }

  // --- dialog -------------------------------------------------------------------------------

  private syncDialog(): void {
    const dialog = this.dialog;
    if (dialog === null || !this.isConnected) return;
    const shouldOpen = this.open && this.isDialog;
    if (shouldOpen && !dialog.open) {
      this.opener = deepActiveElement();
      dialog.showModal();
      (this.searchInput ?? this.list)?.focus();
    } else if (!shouldOpen && dialog.open) {
      // The `close` event arrives later, possibly after a quick `show()` reopened the dialog.
      this.closesByUs += 1;
      dialog.close();
      this.restoreFocus();
    }
  }

  private restoreFocus(): void {
    const opener = this.opener;
    this.opener = null;
    if (opener === null || !opener.isConnected) return;
    const active = deepActiveElement();
    if (active === null || active === document.body || this.shadowRoot?.contains(active)) {
      opener.focus();
    }
  }

  private handleDialogCancel(event: Event): void {
    // Escape: handled here so it becomes a `kfp-cancel` and `open` stays the source of truth.
    event.preventDefault();
    this.dismiss('escape');
  }

  private handleDialogClose(event: Event): void {
    if (this.closesByUs > 0) {
      this.closesByUs -= 1;
      return;
    }
    // A dialog dropped by a re-render (e.g. switching to the inline view) is no user dismissal.
    if (!this.open || event.target !== this.dialog) return;
    // Closed by the browser itself (e.g. a cancel it would not let us prevent).
    this.open = false;
    this.restoreFocus();
    this.emit('kfp-cancel', { reason: 'escape' });
  }

  private handleDialogClick(event: MouseEvent): void {
    const dialog = this.dialog;
    if (dialog === null || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) this.dismiss('backdrop');
  }

  // --- search -------------------------------------------------------------------------------

  private handleSearchInput(event: Event): void {
    // The search box's `input` is composed: outside, it would look like the picker's own `input`
    // (a change of `value`) to `v-model` and friends. Only picks fire that.
    event.stopPropagation();
    // Runs for every `input`, including while an IME composes (`isComposing`): the value then
    // holds the syllable being typed, which the matcher treats as a prefix.
    this.query = (event.target as HTMLInputElement).value;
  }

  private handleSearchChange(event: Event): void {
    event.stopPropagation();
  }

  private handleCompositionUpdate(event: CompositionEvent): void {
    const input = event.target as HTMLInputElement;
    // The value reflects the update only after this event: read it once the task settles.
    queueMicrotask(() => {
      this.query = input.value;
    });
  }

  private handleSearchKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    if (event.key === 'Escape' && this.query !== '') {
      event.preventDefault();
      event.stopPropagation();
      this.clearSearch();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.list?.focus();
      this.moveActive(this.firstOption());
    }
  }

  private clearSearch(): void {
    this.query = '';
    if (this.searchInput !== null) {
      this.searchInput.value = '';
      this.searchInput.focus();
    }
  }

  // --- list keyboard ------------------------------------------------------------------------

  private isOption(index: number): boolean {
    const row = this.model.rowAt(index);
    return row !== undefined && row.type !== 'header';
  }

  private firstOption(): number {
    return this.stepOption(-1, 1);
  }

  private lastOption(): number {
    return this.stepOption(this.model.rowCount, -1);
  }

  /** The option `count` options away from `from` (clamped to the first/last option). */
  private stepOption(from: number, delta: number, count = 1): number {
    const rowCount = this.model.rowCount;
    let found = from >= 0 && from < rowCount && this.isOption(from) ? from : -1;
    let index = from;
    let left = count;
    while (left > 0) {
      index += delta;
      if (index < 0 || index >= rowCount) break;
      if (this.isOption(index)) {
        found = index;
        left -= 1;
      }
    }
    return found;
  }

  /** Makes row `index` the active option and scrolls it into view (below the sticky header). */
  private moveActive(index: number, block: 'start' | 'nearest' = 'nearest'): void {
    if (index < 0) return;
    this.activeIndex = index;
    this.window.scrollToIndex(index, block);
    // The row is rendered by this very update: aria-activedescendant can point at it now.
    this.activeDescendant = this.optionId(index);
  }

  private handleListKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const active = this.activeIndex;
    const page = this.window.pageSize;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = active < 0 ? this.firstOption() : this.stepOption(active, 1);
        break;
      case 'ArrowUp':
        next = active < 0 ? this.firstOption() : this.stepOption(active, -1);
        break;
      case 'Home':
        next = this.firstOption();
        break;
      case 'End':
        next = this.lastOption();
        break;
      case 'PageDown':
        next = this.stepOption(Math.max(active, -1), 1, page);
        break;
      case 'PageUp':
        next = this.stepOption(active < 0 ? 0 : active, -1, page);
        break;
      case ' ': {
        const row = this.model.rowAt(active);
        if (row !== undefined) {
          event.preventDefault();
          if (this.isPickable(row)) this.pick(row);
          else this.announce(this.messages.maxReached(this.options.maxPickableCount));
        }
        return;
      }
      case 'Enter':
        event.preventDefault();
        this.confirm();
        return;
      default:
        if ([...event.key].length === 1 && event.key.trim() !== '') {
          this.typeAhead(event.key);
        }
        return;
    }
    event.preventDefault();
    this.moveActive(next);
  }

  private typeAhead(key: string): void {
    clearTimeout(this.typeaheadTimer);
    this.typeaheadTimer = setTimeout(() => (this.typeahead = ''), TYPEAHEAD_RESET_MS);
    const repeated = this.typeahead === key;
    this.typeahead = repeated ? key : this.typeahead + key;
    const query = prepareQuery(this.typeahead);
    if (query === null) return;
    const rowCount = this.model.rowCount;
    const start =
      this.activeIndex < 0
        ? 0
        : this.activeIndex + (repeated || this.typeahead.length === 1 ? 1 : 0);
    for (let step = 0; step < rowCount; step++) {
      const index = (start + step) % rowCount;
      const row = this.model.rowAt(index);
      if (row === undefined || row.type === 'header') continue;
      const searchable = row.type === 'friend' ? row : prepareName(row.profile.nickName ?? '');
      const ranges = matchName(searchable, query);
      if (ranges !== null && ranges[0]?.[0] === 0) {
        this.moveActive(index);
        return;
      }
    }
  }

  private handleListFocus(): void {
    // A click focuses the list too: its own row becomes active, and the list must not jump.
    if (this.pointerInList || this.activeIndex >= 0) return;
    // Keyboard users start on the first option in view, so focusing never scrolls the list away.
    this.moveActive(this.stepOption(Math.max(this.window.topIndex, 0) - 1, 1));
  }

  private handleListPointerDown(): void {
    this.pointerInList = true;
    setTimeout(() => (this.pointerInList = false));
  }

  private handleListClick(event: MouseEvent): void {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (option === null) return;
    const index = Number(option.dataset.index);
    const row = this.model.rowAt(index);
    if (row === undefined) return;
    this.activeIndex = index;
    this.activeDescendant = this.optionId(index);
    if (this.isPickable(row)) this.pick(row);
    else if (this.rowFriend(row) !== null)
      this.announce(this.messages.maxReached(this.options.maxPickableCount));
  }

  // --- index bar ----------------------------------------------------------------------------

  private jumpTo(key: string): void {
    const index = this.model.indexTargets.get(key);
    if (index !== undefined) this.moveActive(index, 'start');
  }

  private keyAtPoint(event: PointerEvent): string | undefined {
    const bar = event.currentTarget as HTMLElement;
    const box = bar.getBoundingClientRect();
    const root = this.renderRoot as ShadowRoot;
    const hit = root.elementFromPoint(box.left + box.width / 2, event.clientY);
    return hit?.closest<HTMLElement>('[part~="index-key"]')?.dataset.key;
  }

  private handleIndexPointerDown(event: PointerEvent): void {
    this.draggingIndex = true;
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    const key = this.keyAtPoint(event);
    if (key !== undefined) this.jumpTo(key);
  }

  private handleIndexPointerMove(event: PointerEvent): void {
    if (!this.draggingIndex) return;
    const key = this.keyAtPoint(event);
    if (key !== undefined) this.jumpTo(key);
  }

  private handleIndexPointerUp(): void {
    this.draggingIndex = false;
  }

  // --- layout -------------------------------------------------------------------------------

  private observeSize(): void {
    const base = this.base;
    if (base === null || this.resizeObserver !== undefined) return;
    this.resizeObserver = new ResizeObserver((records) => {
      const width = records[records.length - 1]?.contentRect.width ?? 0;
      const wide = width >= LANDSCAPE_MIN_WIDTH;
      if (wide !== this.wide) this.wide = wide;
    });
    this.resizeObserver.observe(base);
  }

  private markBroken = (url: string): void => {
    if (this.broken.has(url)) return;
    this.broken = new Set([...this.broken, url]);
  };

  // --- public methods -----------------------------------------------------------------------

  /** Opens a full/popup picker (no-op for inline) and resolves once it is showing. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the picker without confirming and without `kfp-cancel` (that is for user dismissals). */
  async hide(): Promise<void> {
    this.open = false;
    await this.updateComplete;
  }

  /** Loads the friends again, bypassing caches; the selection is kept. */
  reload(): Promise<void> {
    return this.friends.reload();
  }

  /** Unpicks everyone (fires no event). */
  clearSelection(): void {
    this.selectedUuids = [];
  }

  // --- forms (ElementInternals; the logic lives in FormController) ---------------------------

  /** The form this picker belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.formControl.internals?.form ?? null;
  }

  /** The picker's validity in its form (`valueMissing`, `rangeUnderflow`, `customError`…). */
  get validity(): ValidityState | undefined {
    return this.formControl.internals?.validity;
  }

  /** The localized message explaining why the picker is invalid, or `''`. */
  get validationMessage(): string {
    return this.formControl.internals?.validationMessage ?? '';
  }

  /** Whether the picker takes part in constraint validation (not when disabled). */
  get willValidate(): boolean {
    return this.formControl.internals?.willValidate ?? false;
  }

  /** Like `<input>.checkValidity()`: fires `invalid` and returns `false` when invalid. */
  checkValidity(): boolean {
    return this.formControl.internals?.checkValidity() ?? true;
  }

  /** Like `<input>.reportValidity()`: also shows the browser's message. */
  reportValidity(): boolean {
    return this.formControl.internals?.reportValidity() ?? true;
  }

  /** Like `<input>.setCustomValidity()`: a non-empty message makes the picker invalid. */
  setCustomValidity(message: string): void {
    this.formControl.setCustomValidity(message);
  }

  /** @internal */
  formResetCallback(): void {
    this.formControl.reset();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formControl.setFormDisabled(disabled);
  }

  /** @internal */
  formStateRestoreCallback(state: unknown): void {
    this.formControl.restore(state);
  }

  // --- rendering ----------------------------------------------------------------------------

  private optionId(index: number): string {
    return `kfp-option-${index}`;
  }

  private rowState = (row: ModelRow, index: number): RowState => {
    const friend = this.rowFriend(row);
    const selected = friend !== null && this.selectedUuids.includes(friend.uuid);
    return {
      id: this.optionId(index),
      selected,
      disabled:
        friend === null ||
        this.formControl.disabled ||
        !canPick(this.selectedUuids, friend.uuid, this.rules),
      active: index === this.activeIndex,
      position: this.model.optionPosition(index),
      setSize: this.model.optionCount,
      // Highlights are computed for the rendered rows only, not for every match.
      ranges: this.model.rangesOf(row),
    };
  };

  private headerLabel = (row: ModelRow): string =>
    row.type === 'header' ? this.messages.section(row.section, row.count) : '';

  private renderItem = (row: ModelRow, index: number) =>
    renderRow(
      row,
      index,
      {
        stateOf: this.rowState,
        broken: this.broken,
        onBroken: this.markBroken,
        messages: this.messages,
      },
      this.headerLabel,
    );

  private renderList() {
    const { status, error } = this.friends;
    if (status === 'error' && error !== null)
      return renderError(error, () => void this.reload(), this.messages);
    const model = this.model;
    const searching = model.resultCount !== null;
    if (!searching && model.rowCount === 0) {
      return status === 'ready' && !model.busy
        ? renderEmpty(this.messages.empty())
        : renderLoading();
    }
    if (searching && model.resultCount === 0) {
      return html`${this.renderStickyHeader(0)}
        <div class="spacer"></div>
        ${renderEmpty(this.messages.noResults())}`;
    }
    return html`${this.renderStickyHeader(this.window.firstIndex)}
      <div
        part="list"
        class=${this.isMultiple ? 'scroller' : 'scroller single'}
        role="listbox"
        tabindex="0"
        aria-labelledby="heading"
        aria-multiselectable=${this.isMultiple ? 'true' : nothing}
        aria-disabled=${this.formControl.disabled ? 'true' : nothing}
        aria-activedescendant=${this.activeDescendant ?? nothing}
        ${this.window.scroller}
        @keydown=${this.handleListKeydown}
        @click=${this.handleListClick}
        @focus=${this.handleListFocus}
        @pointerdown=${this.handleListPointerDown}
      >
        ${this.window.renderWindow({
          rowCount: model.rowCount,
          headers: model.headerIndexes,
          rowAt: (index) => model.rowAt(index),
          keyOf: rowKey,
          renderRow: this.renderItem,
        })}
      </div>`;
  }

  private renderStickyHeader(index: number) {
    const model = this.model;
    let header: ModelRow | undefined;
    for (const at of model.headerIndexes) {
      if (at > Math.max(index, 0)) break;
      header = model.rowAt(at);
    }
    if (header === undefined || header.type !== 'header') return nothing;
    return html`<div class="sticky" aria-hidden="true">
      <div part="section-header">${this.headerLabel(header)}</div>
    </div>`;
  }

  private renderPanel() {
    const multiple = this.isMultiple;
    const { maxPickableCount: max, minPickableCount: min } = this.options;
    const count = this.selectedUuids.length;
    const picked = this.selectedUuids.map((uuid) => this.model.friendOf(uuid) ?? { uuid });
    const showPicked = multiple && this.showPickedFriend && picked.length > 0;
    const landscape =
      multiple &&
      this.showPickedFriend &&
      (this.options.orientation === 'landscape' ||
        (this.options.orientation === 'auto' && this.wide));
    const belowMin = multiple ? count < min : count === 0;
    // While searching, the index bar is concealed rather than removed: the list keeps its width,
    // so the first keystroke and clearing the box do not re-lay out every visible row.
    const indexKeys = this.model.indexKeys;
    const showIndex = this.enableIndex && indexKeys.length > 0;
    const topRow = this.model.rowAt(this.window.topIndex);
    const currentKey = topRow?.type === 'friend' ? this.model.indexKeyOf(topRow) : undefined;
    return html`<div
      part="base"
      class=${landscape ? 'panel landscape' : 'panel'}
      lang=${this.language}
    >
      <div part="header" class="header">
        <h2 part="heading" id="heading">${this.heading ?? this.messages.defaultHeading()}</h2>
        ${
          multiple
            ? html`<span part="counter"
                ><span aria-hidden="true">${count}/${max}</span
                ><span class="sr-only">${this.messages.counterLabel(count, max)}</span></span
              >`
            : nothing
        }
        ${
          this.isDialog
            ? html`<button
                part="close-button"
                class="icon-button"
                type="button"
                aria-label=${this.messages.close()}
                @click=${() => this.dismiss('close-button')}
              >
                ${closeIcon}
              </button>`
            : nothing
        }
      </div>
      ${
        this.enableSearch
          ? html`<div class="search">
              <input
                part="search-input"
                type="search"
                enterkeyhint="search"
                autocomplete="off"
                spellcheck="false"
                aria-label=${this.messages.searchPlaceholder()}
                placeholder=${this.messages.searchPlaceholder()}
                .value=${this.query}
                @input=${this.handleSearchInput}
                @change=${this.handleSearchChange}
                @compositionupdate=${this.handleCompositionUpdate}
                @keydown=${this.handleSearchKeydown}
              />
              ${
                this.query !== ''
                  ? html`<button
                      class="icon-button clear"
                      type="button"
                      aria-label=${this.messages.clearSearch()}
                      @click=${this.clearSearch}
                    >
                      ${closeIcon}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <div class="body">
        <div class="list-area">${this.renderList()}</div>
        ${
          showIndex
            ? renderIndexBar({
                keys: indexKeys,
                concealed: this.model.resultCount !== null,
                current: currentKey,
                onKey: (key) => this.jumpTo(key),
                onPointerDown: (event) => this.handleIndexPointerDown(event),
                onPointerMove: (event) => this.handleIndexPointerMove(event),
                onPointerUp: () => this.handleIndexPointerUp(),
                messages: this.messages,
              })
            : nothing
        }
      </div>
      ${
        showPicked
          ? renderPickedStrip({
              picked,
              broken: this.broken,
              onBroken: this.markBroken,
              onRemove: (uuid) => this.unpick(uuid),
              disabled: this.formControl.disabled,
              messages: this.messages,
            })
          : nothing
      }
      <div class="footer">
        ${belowMin && multiple ? html`<p class="hint" id="hint">${this.messages.minHint(min)}</p>` : nothing}
        <button
          part="confirm-button"
          type="button"
          ?disabled=${this.formControl.disabled || !canConfirm(this.selectedUuids, this.rules)}
          aria-describedby=${belowMin && multiple ? 'hint' : nothing}
          @click=${this.confirm}
        >
          ${this.messages.confirm()}
        </button>
      </div>
      <div class="sr-only" role="status" aria-live="polite">${this.statusText()}</div>
    </div>`;
  }

  private statusText(): string {
    const { status, error } = this.friends;
    const empty = this.model.friendCount === 0 && this.friends.profile === null;
    if (status === 'loading' && empty) return this.messages.loading();
    if (status === 'error' && error !== null) return this.messages.error(error.code);
    if (status === 'ready' && empty && !this.model.busy) return this.messages.empty();
    return this.announcement;
  }

  protected override render() {
    if (!this.isDialog) return this.renderPanel();
    return html`<dialog
      part="dialog"
      class=${this.options.viewType}
      aria-labelledby="heading"
      @cancel=${this.handleDialogCancel}
      @close=${this.handleDialogClose}
      @click=${this.handleDialogClick}
    >
      ${this.open ? this.renderPanel() : nothing}
    </dialog>`;
  }
}
