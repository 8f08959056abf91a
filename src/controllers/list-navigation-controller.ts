import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  navigationTarget,
  stepOption,
  typeAheadStep,
  type OptionRows,
} from '../core/list-navigation.js';
import type { SearchableName } from '../core/search.js';
import { loadSearch, loadedSearch } from './search-loader.js';

/** How long type-ahead keeps what was typed before starting over. */
const TYPEAHEAD_RESET_MS = 700;

export interface ListNavigationOptions {
  /** The list's rows now. */
  rows(): OptionRows;
  /** A row's name for type-ahead, or `null` for a row that has none (a header). */
  nameAt: (index: number) => SearchableName | null;
  /** Rows in view (Page Up/Down). */
  pageSize(): number;
  /** The first row in view (where keyboard focus starts). */
  topIndex(): number;
  /** Scrolls row `index` into view. */
  reveal(index: number, block: 'start' | 'nearest'): void;
  /** Space on the active row, or a click on a row. */
  toggle(index: number): void;
  /** Enter. */
  confirm(): void;
}

/**
 * The list's active row (`aria-activedescendant`) and the keys that move it: arrows, Home, End,
 * Page Up/Down and type-ahead, over the plain functions of core/list-navigation.ts. Space and
 * Enter are handed to the host. Focus by keyboard starts on the first option in view; a click
 * makes its own row active without scrolling.
 */
export class ListNavigationController implements ReactiveController {
  /** The active row, or -1. */
  active = -1;
  #typed = '';
  #typedTimer: ReturnType<typeof setTimeout> | undefined;
  #pointerDown = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ListNavigationOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#typedTimer);
  }

  /** The id of row `index`'s option element. */
  static idOf(index: number): string {
    return `kfp-option-${index}`;
  }

  /** `aria-activedescendant`: the active option's id. */
  get activeId(): string | undefined {
    return this.active < 0 ? undefined : ListNavigationController.idOf(this.active);
  }

  /** No row is active (a new search, a new open, rows gone). */
  reset(): void {
    this.set(-1);
  }

  /** Makes row `index` active (a click), without scrolling. */
  set(index: number): void {
    if (index === this.active) return;
    this.active = index;
    this.host.requestUpdate();
  }

  /** Makes row `index` the active option and scrolls it into view (below the sticky header). */
  moveTo(index: number, block: 'start' | 'nearest' = 'nearest'): void {
    if (index < 0) return;
    this.set(index);
    this.options.reveal(index, block);
  }

  /** From the search box (ArrowDown): the first option. */
  enterFromAbove(): void {
    this.moveTo(stepOption(this.options.rows(), -1, 1));
  }

  handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    if (key === ' ') {
      if (this.options.rows().isOption(this.active)) {
        event.preventDefault();
        this.options.toggle(this.active);
      }
      return;
    }
    if (key === 'Enter') {
      event.preventDefault();
      this.options.confirm();
      return;
    }
    const next = navigationTarget(key, this.active, this.options.pageSize(), this.options.rows());
    if (next !== undefined) {
      event.preventDefault();
      this.moveTo(next);
    } else if ([...key].length === 1 && key.trim() !== '') {
      this.#typeAhead(key);
    }
  };

  /** A click or a tap on an option: it becomes the active row (without scrolling) and toggles. */
  handleClick = (event: MouseEvent): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(option?.dataset.index);
    if (option === null || !this.options.rows().isOption(index)) return;
    this.set(index);
    this.options.toggle(index);
  };

  handleFocus = (): void => {
    // A click focuses the list too: its own row becomes active, and the list must not jump.
    if (this.#pointerDown || this.active >= 0) return;
    // Keyboard users start on the first option in view, so focusing never scrolls the list away.
    const top = Math.max(this.options.topIndex(), 0);
    this.moveTo(stepOption(this.options.rows(), top - 1, 1));
  };

  handlePointerDown = (): void => {
    this.#pointerDown = true;
    setTimeout(() => (this.#pointerDown = false));
  };

  #typeAhead(key: string): void {
    // The matcher is in the chunk loaded after the first screen.
    const matcher = loadedSearch();
    if (matcher === undefined) {
      void loadSearch().then(() => this.#typeAhead(key));
      return;
    }
    clearTimeout(this.#typedTimer);
    this.#typedTimer = setTimeout(() => (this.#typed = ''), TYPEAHEAD_RESET_MS);
    const { typed, start } = typeAheadStep(this.#typed, key, this.active);
    this.#typed = typed;
    const { rowCount } = this.options.rows();
    const index = matcher.findPrefix(typed, start, rowCount, this.options.nameAt);
    if (index >= 0) this.moveTo(index);
  }
}
