import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { AppCallbacks } from './core/app-callbacks.js';
import { copyFriend } from './core/friend-validation.js';
import type { PickerLanguage } from './core/language.js';
import type { ModelRow } from './core/list-model.js';
import { loadSearch, loadedSearch } from './controllers/search-loader.js';
import {
  DEFAULT_MAX_PICKABLE_COUNT,
  DEFAULT_MIN_PICKABLE_COUNT,
  parseCountAttribute,
  parseTrueByDefaultAttribute,
  OptionsState,
} from './core/options.js';
import { canConfirm, canPick } from './core/selection.js';
import { Announcer } from './controllers/announcer.js';
import { FormController } from './controllers/form-controller.js';
import { FriendLoader } from './controllers/friend-loader.js';
import { DialogController } from './controllers/dialog-controller.js';
import { IndexBarController } from './controllers/index-bar-controller.js';
import { ListNavigationController } from './controllers/list-navigation-controller.js';
import { ListModelController } from './controllers/list-model-controller.js';
import { SelectionController } from './controllers/selection-controller.js';
import { WidthController } from './controllers/width-controller.js';
import { JsonFriendSource } from './data/json-source.js';
import { PickerError } from './errors.js';
import { LanguageController } from './localization/language-controller.js';
import type { PickerMessages } from './localization/messages.js';
import type { PickerStrings } from './localization/strings.js';
import { WindowedList } from './list/windowed-list.js';
import { baseStyles } from './styles/base.js';
import { headerStyles } from './styles/header.js';
import { searchFieldStyles } from './styles/search-field.js';
import { listStyles } from './styles/list.js';
import { avatarStyles } from './styles/avatar.js';
import { indexBarStyles } from './styles/index-bar.js';
import { statusStyles } from './styles/status.js';
import { pickedStripStyles } from './styles/picked-strip.js';
import { footerStyles } from './styles/footer.js';
import { renderIndexBar } from './templates/index-bar.js';
import { renderFriendList, rowFriend } from './templates/friend-list.js';
import type { FriendRenderer } from './templates/list-row.js';
import { renderFooter } from './templates/footer.js';
import { renderHeader } from './templates/header.js';
import { renderSearchField } from './templates/search-field.js';
import { renderPickedStrip } from './templates/picked-strip.js';
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

const trueByDefault = { fromAttribute: parseTrueByDefaultAttribute };
const maxCountAttribute = {
  fromAttribute: (value: string | null) => parseCountAttribute(value, DEFAULT_MAX_PICKABLE_COUNT),
};
const minCountAttribute = {
  fromAttribute: (value: string | null) => parseCountAttribute(value, DEFAULT_MIN_PICKABLE_COUNT),
};

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
 * @fires {CustomEvent<KfpRequestCloseDetail>} kfp-request-close - A full/popup picker is about to close by user action (close button, Escape, backdrop); cancelable: `preventDefault()` keeps it open.
 * @fires {CustomEvent<KfpCancelDetail>} kfp-cancel - The user dismissed a full/popup picker (after an uncancelled `kfp-request-close`).
 * @fires {CustomEvent<KfpLoadDetail>} kfp-load - Every page of friends has arrived.
 * @fires {CustomEvent<KfpErrorDetail>} kfp-error - Loading failed, or options were invalid.
 *
 * @cssstate invalid - In a form, the picks do not satisfy `required`/min/max (also `:invalid`).
 * @cssstate user-invalid - Invalid after the user changed the picks or tried to submit the form.
 * @cssstate disabled - Disabled by its own `disabled` attribute or a disabled `<fieldset>`.
 * @cssstate searching - The search box holds a query (see `searchQuery`).
 *
 * @slot empty - Replaces the empty state's text (no friends, or a search that finds nobody: read `searchQuery` or `:state(searching)`).
 * @slot error - Replaces the error state's message; the retry button stays.
 * @slot header-actions - Beside the close button in the title bar.
 * @slot footer - Above the OK button.
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
 * @csspart reason - Why a friend cannot be picked (`isFriendDisabled`), under the name.
 * @csspart name-area - The name area a `renderFriend` renderer filled.
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
  // One sheet per area, base first. The order is the cascade's where two meet at equal
  // specificity: status after list (a skeleton row is a row without its hover).
  static override styles = [
    baseStyles,
    headerStyles,
    searchFieldStyles,
    listStyles,
    avatarStyles,
    indexBarStyles,
    statusStyles,
    pickedStripStyles,
    footerStyles,
  ];
  // The reactive properties, each documented on its field below (`state: true`: internal).
  // Declared here rather than with decorators: 436 B less in the bundle.
  static override properties = {
    query: { state: true },
    broken: { state: true },
    language: { state: true },
    triedEarly: { state: true },
    viewType: { attribute: 'view-type', reflect: true },
    open: { type: Boolean, reflect: true },
    selectionMode: { attribute: 'selection-mode' },
    heading: {},
    theme: { reflect: true },
    orientation: { reflect: true },
    enableSearch: { attribute: 'enable-search', converter: trueByDefault },
    enableIndex: { attribute: 'enable-index', converter: trueByDefault },
    showMyProfile: { attribute: 'show-my-profile', converter: trueByDefault },
    showFavorite: { attribute: 'show-favorite', converter: trueByDefault },
    showPickedFriend: { attribute: 'show-picked-friend', converter: trueByDefault },
    maxPickableCount: { attribute: 'max-pickable-count', converter: maxCountAttribute },
    minPickableCount: { attribute: 'min-pickable-count', converter: minCountAttribute },
    dataSource: { attribute: false },
    src: {},
    selectedUuids: { attribute: false },
    value: { attribute: false },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    lang: { reflect: true },
    recentUuids: { attribute: false },
    isFriendDisabled: { attribute: false },
    renderFriend: { attribute: false },
    strings: { attribute: false },
  };
  /** Takes part in forms (`ElementInternals`): see `name`, `required` and `disabled`. */
  static formAssociated = true;

  readonly #languages = new LanguageController(this, (language) => {
    this.language = language;
  });
  readonly #formControl = new FormController(this, {
    rules: () => this.#options.rules,
    message: (reason, rules) =>
      this.#messages.validity(reason, reason === 'range-underflow' ? rules.min : rules.max),
    anchor: () => this.#list ?? this.#searchInput,
  });
  readonly #lists = new ListModelController(
    this,
    (totalCount) => {
      this.#selection.settle();
      this.#emit('kfp-load', { totalCount });
    },
    () => this.#window.pageSize,
  );
  readonly #loader = new FriendLoader(this, {
    onReset: () => this.#lists.reset(),
    onFriends: (elements) => this.#lists.add(elements),
    onLoad: () => this.#lists.finish(),
    onError: (error) => this.#emit('kfp-error', error.toDetail()),
  });
  readonly #window = new WindowedList(this, {
    area: () => this.#find('.list-area'),
    scroller: () => this.#list,
  });

  readonly #navigation = new ListNavigationController(this, {
    rows: () => this.#model,
    nameAt: (index) => this.#model.nameAt(index),
    pageSize: () => this.#window.pageSize,
    topIndex: () => this.#window.topIndex,
    reveal: (index, block) => this.#window.scrollToIndex(index, block),
    toggle: (index) => this.#toggle(this.#model.rowAt(index)!),
    confirm: () => this.#confirm(),
  });

  readonly #selection = new SelectionController(this, {
    rules: () => this.#options.rules,
    holds: (uuid) => this.#model.friendOf(uuid) !== undefined,
    loaded: () => this.#loader.status === 'ready' && !this.#model.busy,
    onChange: () => this.#emitChange(),
  });

  readonly #dialogs = new DialogController(this, {
    dialog: () => this.#find('dialog'),
    shouldShow: () => this.open && this.#options.dialog,
    onDismiss: (reason) => this.#dismiss(reason),
  });

  readonly #announcer = new Announcer(this);

  readonly #width = new WidthController(this, () => this.#find('[part~="base"]'));

  readonly #indexBar = new IndexBarController(this, {
    bar: () => this.#find('[part~="index"]'),
    jump: (key) => this.#jumpTo(key),
  });

  get #searchInput(): HTMLInputElement | null {
    return this.#find('[part~="search-input"]');
  }
  get #list(): HTMLElement | null {
    return this.#find('[part~="list"]');
  }
  #find<E extends Element>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  private query = '';
  private broken: ReadonlySet<string> = new Set();
  private language: PickerLanguage = 'en';
  /** The user tried to confirm too early: the "select at least" hint shows from then on. */
  private triedEarly = false;

  /** Full-screen sheet, centred modal popup, or a list in the page flow. */
  viewType: ViewType = 'full';
  /** Whether a full/popup picker is showing; ignored by the inline view. */
  open = false;
  /** `multiple` (checkboxes, Kakao `selectFriends`) or `single` (radio, Kakao `selectFriend`). */
  selectionMode: SelectionMode = 'multiple';
  /** Title bar text (Kakao `title`); a localized "Select friends" when unset. */
  heading: string | undefined;
  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`, live). Kakao `viewAppearance`. */
  theme: Theme = 'auto';
  /** `landscape` puts the picked friends in a side panel; `auto` decides from the element's width. */
  orientation: Orientation = 'auto';
  /** Shows the search box. The attribute accepts `"false"`. */
  enableSearch = true;
  /** Shows the index bar. The attribute accepts `"false"`. */
  enableIndex = true;
  /** Shows the signed-in user's own row on top. The attribute accepts `"false"`. */
  showMyProfile = true;
  /** Shows the Favorites section on top. The attribute accepts `"false"`. */
  showFavorite = true;
  /** Shows the strip of picked friends (multiple mode). The attribute accepts `"false"`. */
  showPickedFriend = true;
  /** Most friends pickable at once, an integer 1–100 (multiple mode). */
  maxPickableCount: number = DEFAULT_MAX_PICKABLE_COUNT;
  /** Fewest friends needed to confirm, an integer 1–max (multiple mode). */
  minPickableCount: number = DEFAULT_MIN_PICKABLE_COUNT;
  /** Where friends come from (`ArrayFriendSource`, `KakaoRestFriendSource`, your own…). */
  dataSource: FriendDataSource | undefined;
  /**
   * Shorthand for a data source: the URL of a JSON file holding `Friend[]` or a REST-shaped
   * `{ elements: Friend[] }`. `dataSource` wins when both are set.
   */
  src: string | undefined;
  /** The current selection (uuids in pick order). Setting it fires no event. */
  selectedUuids: string[] = [];
  /**
   * The picks as a form control's value: the same uuids in pick order as `selectedUuids`, under
   * the name frameworks bind (`v-model`, `bind:value`, `ngModel`); setting it fires no event.
   * @default []
   */
  get value(): string[] {
    return this.selectedUuids;
  }
  set value(uuids: string[]) {
    this.selectedUuids = uuids;
  }
  /** Form field name: the form data gets one `name=uuid` entry per picked friend, in pick order. */
  name: string | undefined;
  /** In a form, at least one friend must be picked (`validity.valueMissing` otherwise). */
  required = false;
  /** Takes no picks and cannot confirm (a disabled `<fieldset>` has the same effect). */
  disabled = false;
  /** The language of this picker (`ko`, `en`, `ja`); else the nearest ancestor's, else the browser's. */
  override lang!: string;
  /**
   * Friends the user messaged recently (uuids, in the order to show): a Recent section on top,
   * above Favorites, hidden while searching. Uuids the source does not hold are skipped.
   */
  recentUuids: string[] = [];
  /**
   * Friends that cannot be picked: return the reason to show under the name (e.g. "이미 초대됨"),
   * or `false`. Such a friend never enters the selection, not even through `selectedUuids`.
   */
  isFriendDisabled: ((friend: Friend) => string | false) | undefined;
  /**
   * Renders a friend row's name area (a subtitle, a badge…): a lit `TemplateResult` or a string.
   * The picker keeps the check circle, the avatar, selection and virtualization; the match to
   * highlight is in `state.match` (and ready-made in `state.highlightedName`).
   */
  renderFriend: FriendRenderer | undefined;
  /** Replaces built-in messages for this picker, in any language (docs/guide.md, "Strings"). */
  strings: Partial<PickerStrings> | undefined;

  /** What the search box holds ('' when not searching). Read-only. */
  get searchQuery(): string {
    return this.query;
  }

  readonly #options = new OptionsState(this, (report) =>
    this.#emit('kfp-error', new PickerError('invalid-options', report).toDetail()),
  );
  /** Set while a query waits for the search matcher (see `getUpdateComplete`). */
  #matcherLoading: Promise<void> | undefined;
  /** The app's callbacks; one that throws is reported once with a `kfp-error`. */
  readonly #callbacks = new AppCallbacks((message) =>
    this.#emit('kfp-error', new PickerError('invalid-options', message).toDetail()),
  );
  #disabledReason(friend: Friend | null | undefined): string | null {
    return this.#callbacks.disabledReason(this.isFriendDisabled, friend);
  }

  /**
   * A render in a language whose strings are still loading (Japanese is a lazy chunk) waits for
   * them, so the picker never shows English in their place.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Likewise the code that applies `strings`, a chunk of its own loaded only by pickers that
    // set them, and the message of an error only a Kakao answer brings.
    const ready = this.#languages.readyFor(this.strings, this.#loader.status === 'error');
    return ready === undefined ? super.scheduleUpdate() : ready.then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Before a new source starts: a hidden profile is never requested.
    if (changed.has('showMyProfile')) this.#loader.wantProfile(this.showMyProfile);
    if (changed.has('dataSource') || changed.has('src')) {
      void this.#loader.setSource(this.#source());
    }
    if (changed.has('lang')) this.#languages.refresh();
    this.#options.update(changed);
    // After the options: what the app assigned is kept as the rules in force allow.
    this.#selection.update(changed);
    if (changed.has('open') && this.open && this.#options.dialog) this.#startAfresh();
    const model = this.#model;
    model.setOptions({
      language: this.language,
      showMyProfile: this.showMyProfile,
      showFavorite: this.showFavorite,
    });
    model.setProfile(this.#loader.profile);
    model.setRecent(Array.isArray(this.recentUuids) ? this.recentUuids : []);
    model.setQuery(this.query);
    // Friends the app does not let be picked leave the selection, however they entered it.
    if (typeof this.isFriendDisabled === 'function') {
      this.#selection.drop((uuid) => this.#disabledReason(model.friendOf(uuid)) !== null);
    }
    if (changed.has('query') && this.query.trim() !== '' && loadedSearch() === undefined) {
      // The matcher is a chunk loaded after the first screen: a keystroke before it arrives is
      // searched as soon as it does.
      this.#matcherLoading = loadSearch().then(() => {
        this.#matcherLoading = undefined;
        // As if the query had just been typed (an old value Lit sees as a change).
        this.requestUpdate('query', undefined);
      });
    }
    if (changed.has('query')) {
      this.#navigation.reset();
      this.#window.scrollTo(0);
      if (model.resultCount !== null) {
        this.#announcer.announce(this.#messages.resultsAnnouncement(model.resultCount));
      }
    } else if (this.#navigation.active >= model.rowCount) {
      this.#navigation.reset();
    }
  }

  get #model() {
    return this.#lists.model;
  }

  /**
   * `updateComplete` also covers a query that waits for the search matcher's chunk, and a
   * language whose strings are still loading (Japanese, set after the first render).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (
      let pending = this.#matcherLoading ?? this.#languages.ready;
      pending !== undefined;
      pending = this.#matcherLoading ?? this.#languages.ready
    ) {
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('query')) this.#formControl.setState('searching', this.query !== '');
    if (changed.has('open') || changed.has('viewType')) this.#dialogs.sync();
  }

  #source(): FriendDataSource | undefined {
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
  get #messages(): PickerMessages {
    return this.#languages.messages(this.strings);
  }

  // --- events -------------------------------------------------------------------------------

  /** Fires a `kfp-*` event; returns false when a `cancelable` one was cancelled. */
  #emit<K extends keyof KakaoFriendPickerEventMap>(
    name: K,
    detail: KakaoFriendPickerEventMap[K]['detail'],
    cancelable = false,
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }),
    );
  }

  /**
   * A user pick or unpick: `kfp-change`, then the `input` and `change` a native form control fires,
   * which framework bindings (`v-model`, `bind:value`, `ngModel`, React's `onChange`) listen to.
   */
  #emitChange(): void {
    this.#emit('kfp-change', { uuids: [...this.selectedUuids], users: this.#pickedUsers() });
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #pickedUsers(): Friend[] {
    const users: Friend[] = [];
    for (const uuid of this.selectedUuids) {
      const friend = this.#model.friendOf(uuid);
      if (friend !== undefined) users.push(copyFriend(friend));
    }
    return users;
  }

  // --- selection ----------------------------------------------------------------------------

  /** Space, a click or a tap on a row: picks or unpicks it, or says why it cannot be picked. */
  #toggle(row: ModelRow): void {
    const friend = rowFriend(row);
    if (friend === null) return;
    const reason = this.#disabledReason(friend);
    const max = this.#options.current.maxPickableCount;
    if (reason !== null || !canPick(this.selectedUuids, friend.uuid, this.#options.rules)) {
      this.#announcer.notify(reason ?? this.#messages.maxReached(max));
      return;
    }
    if (this.#formControl.disabled) return;
    const next = this.#selection.toggle(friend.uuid);
    if (this.#options.multiple && next?.length === max)
      this.#announcer.announce(this.#messages.maxReached(max));
  }

  #confirm = (): void => {
    if (this.#formControl.disabled) return;
    if (!canConfirm(this.selectedUuids, this.#options.rules)) {
      // OK (or Enter) too early says why: the hint by OK, and the live region.
      this.triedEarly = true;
      this.#announcer.announce(this.#messages.minHint(this.#options.current.minPickableCount));
      return;
    }
    // Picks from before a source switch that the new friends do not hold never leave.
    if (!this.#selection.prune()) return;
    const uuids = [...this.selectedUuids];
    this.#emit('kfp-confirm', {
      uuids,
      users: this.#pickedUsers(),
      selectedTotalCount: uuids.length,
    });
    if (this.#options.dialog) this.open = false;
  };

  /** A user dismissal (DialogController): the app may veto it; else it closes and cancels. */
  #dismiss(reason: CancelReason): boolean {
    if (!this.open || !this.#emit('kfp-request-close', { reason }, true)) return false;
    this.open = false;
    this.#selection.restore();
    this.#emit('kfp-cancel', { reason });
    return true;
  }

  // --- dialog -------------------------------------------------------------------------------

  /** Each open starts with an empty search, the list at the top, and the picks to cancel back to. */
  #startAfresh(): void {
    this.#selection.remember();
    this.triedEarly = false;
    this.#announcer.clearToast();
    this.query = '';
    this.#navigation.reset();
    this.#window.scrollTo(0);
    this.#indexBar.release();
  }

  #handleCloseButton = (): void => this.#dialogs.dismiss('close-button');

  // --- search -------------------------------------------------------------------------------

  #clearSearch = (): void => {
    this.query = '';
    if (this.#searchInput !== null) {
      this.#searchInput.value = '';
      this.#searchInput.focus();
    }
  };

  // --- index bar ----------------------------------------------------------------------------

  /**
   * Any input in the list: the tapped index key gives way to the top row's, and the active-row
   * marker shows for keyboard use only (a tap or a click already shows where it was).
   */
  #handleAreaInput = (event: Event): void => {
    (event.currentTarget as HTMLElement).classList.toggle('pointer', event.type !== 'keydown');
    this.#indexBar.release();
  };

  #jumpTo(key: string): void {
    const index = this.#model.indexTargets.get(key);
    if (index !== undefined) this.#navigation.moveTo(index, 'start');
  }

  // --- avatars ------------------------------------------------------------------------------

  #markBroken = (url: string): void => {
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
    return this.#loader.reload();
  }

  /** Unpicks everyone (fires no event). */
  clearSelection(): void {
    this.selectedUuids = [];
  }

  // --- forms (ElementInternals; the logic lives in FormController) ---------------------------

  /** The form this picker belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#formControl.internals?.form ?? null;
  }

  /** The picker's validity in its form (`valueMissing`, `rangeUnderflow`, `customError`…). */
  get validity(): ValidityState | undefined {
    return this.#formControl.internals?.validity;
  }

  /** The localized message explaining why the picker is invalid, or `''`. */
  get validationMessage(): string {
    return this.#formControl.internals?.validationMessage ?? '';
  }

  /** Whether the picker takes part in constraint validation (not when disabled). */
  get willValidate(): boolean {
    return this.#formControl.internals?.willValidate ?? false;
  }

  /** Like `<input>.checkValidity()`: fires `invalid` and returns `false` when invalid. */
  checkValidity(): boolean {
    return this.#formControl.internals?.checkValidity() ?? true;
  }

  /** Like `<input>.reportValidity()`: also shows the browser's message. */
  reportValidity(): boolean {
    return this.#formControl.internals?.reportValidity() ?? true;
  }

  /** Like `<input>.setCustomValidity()`: a non-empty message makes the picker invalid. */
  setCustomValidity(message: string): void {
    this.#formControl.setCustomValidity(message);
  }

  /** @internal */
  formResetCallback(): void {
    this.#formControl.reset();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.#formControl.setFormDisabled(disabled);
  }

  /** @internal */
  formStateRestoreCallback(state: unknown): void {
    this.#formControl.restore(state);
  }

  // --- rendering ----------------------------------------------------------------------------

  #renderPanel() {
    const multiple = this.#options.multiple;
    const { maxPickableCount: max, minPickableCount: min } = this.#options.current;
    const count = this.selectedUuids.length;
    const picked = this.selectedUuids.map((uuid) => this.#model.friendOf(uuid) ?? { uuid });
    const showPicked = multiple && this.showPickedFriend && picked.length > 0;
    const landscape =
      multiple &&
      this.showPickedFriend &&
      (this.#options.current.orientation === 'landscape' ||
        (this.#options.current.orientation === 'auto' && this.#width.wide));
    const belowMin = multiple ? count < min : count === 0;
    // Only once the user tried OK too early, or is on the way to the minimum; never over a loading,
    // failed or empty list.
    const hint =
      belowMin &&
      (this.triedEarly || count > 0) &&
      this.#model.friendCount > 0 &&
      this.#loader.status !== 'error';
    // While searching, the index bar is concealed rather than removed: the list keeps its width,
    // so the first keystroke and clearing the box do not re-lay out every visible row.
    const indexKeys = this.#model.indexKeys;
    const topRow = this.#model.rowAt(this.#window.topIndex);
    return html`<div
      part="base"
      class=${landscape ? 'panel landscape' : 'panel'}
      lang=${this.language}
    >
      ${renderHeader({
        heading: this.heading ?? this.#messages.defaultHeading(),
        counter: multiple ? { count, max } : null,
        onClose: this.#options.dialog ? this.#handleCloseButton : null,
        messages: this.#messages,
      })}
      ${
        this.enableSearch
          ? renderSearchField({
              query: this.query,
              onQuery: (query) => (this.query = query),
              onClear: this.#clearSearch,
              onLeave: () => {
                this.#list?.focus();
                this.#navigation.enterFromAbove();
              },
              messages: this.#messages,
            })
          : nothing
      }
      <div class="body">
        ${
          // aria-hidden: the live region says the same.
          this.#announcer.toast &&
          html`<div class="toast" aria-hidden="true">${this.#announcer.toast}</div>`
        }
        <div
          class="list-area"
          @wheel=${{ handleEvent: this.#handleAreaInput, passive: true }}
          @touchstart=${{ handleEvent: this.#handleAreaInput, passive: true }}
          @pointerdown=${this.#handleAreaInput}
          @keydown=${this.#handleAreaInput}
        >
          ${renderFriendList({
            status: this.#loader.status,
            error: this.#loader.error,
            model: this.#model,
            window: this.#window,
            navigation: this.#navigation,
            multiple,
            disabled: this.#formControl.disabled,
            picked: this.selectedUuids,
            reasonOf: (friend) => this.#disabledReason(friend),
            pickable: (uuid) => canPick(this.selectedUuids, uuid, this.#options.rules),
            row: {
              broken: this.broken,
              onBroken: this.#markBroken,
              messages: this.#messages,
              renderer: typeof this.renderFriend === 'function' ? this.renderFriend : undefined,
              // Only a renderer that is set is called, so there is one to report.
              onRendererError: (error) =>
                this.#callbacks.failed('renderFriend', this.renderFriend!, error),
            },
            onRetry: () => void this.reload(),
            messages: this.#messages,
          })}
        </div>
        ${
          this.enableIndex && indexKeys.length > 0
            ? renderIndexBar(
                this.#indexBar.view(
                  indexKeys,
                  topRow?.type === 'friend' ? this.#model.indexKeyOf(topRow) : undefined,
                  this.#model.resultCount !== null,
                  this.#messages,
                ),
              )
            : nothing
        }
      </div>
      ${
        showPicked || landscape
          ? renderPickedStrip({
              side: landscape,
              picked,
              broken: this.broken,
              onBroken: this.#markBroken,
              onRemove: (uuid) => {
                if (!this.#formControl.disabled) this.#selection.remove(uuid);
              },
              disabled: this.#formControl.disabled,
              messages: this.#messages,
            })
          : nothing
      }
      ${renderFooter({
        hint: hint ? this.#messages.minHint(min) : null,
        disabled: this.#formControl.disabled,
        tooFew: !canConfirm(this.selectedUuids, this.#options.rules),
        onConfirm: this.#confirm,
        messages: this.#messages,
      })}
      <div class="sr-only" role="status" aria-live="polite">${this.#statusText()}</div>
    </div>`;
  }

  #statusText(): string {
    const { status, error } = this.#loader;
    const empty = this.#model.friendCount === 0 && this.#loader.profile === null;
    if (status === 'loading' && empty) return this.#messages.loading();
    if (status === 'error' && error !== null) return this.#messages.error(error.code);
    if (status === 'ready' && empty && !this.#model.busy) return this.#messages.empty();
    return this.#announcer.announcement;
  }

  protected override render() {
    if (!this.#options.dialog) return this.#renderPanel();
    return html`<dialog
      part="dialog"
      class=${this.#options.current.viewType}
      aria-labelledby="heading"
      @cancel=${this.#dialogs.handleCancel}
      @close=${this.#dialogs.handleClose}
      @click=${this.#dialogs.handleClick}
    >
      ${this.open ? this.#renderPanel() : nothing}
    </dialog>`;
  }
}
