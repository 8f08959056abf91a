import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { collapseIndexKeys, type IndexSlot } from '../core/index-collapse.js';
import type { PickerMessages } from '../localization/messages.js';
import type { IndexBarView } from '../templates/index-bar.js';

/** The height of one index key's slot: 11 px text and room for a finger to tell keys apart. */
const SLOT_HEIGHT = 16;

/**
 * The index bar's state: how many keys fit its measured height (the rest collapse into `•`), the
 * key under the finger while dragging (shown in a bubble), and the key last tapped, which stays
 * highlighted until the user scrolls the list (a short last section cannot reach the top).
 */
export class IndexBarController implements ReactiveController {
  /** The key under the pointer during a drag, for the bubble. */
  dragKey: string | undefined;
  #pinned: string | undefined;
  #room = Infinity;
  #bar: Element | null = null;
  #observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Finds the bar once rendered, and scrolls the list to a key's section. */
    private readonly parts: { bar(): Element | null; jump(key: string): void },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const bar = this.parts.bar();
    if (bar === this.#bar) return;
    this.#observer?.disconnect();
    this.#bar = bar;
    if (bar === null || typeof ResizeObserver === 'undefined') return;
    this.#observer ??= new ResizeObserver(([record]) => {
      const room = Math.floor(record!.contentRect.height / SLOT_HEIGHT) || Infinity;
      if (room !== this.#room) {
        this.#room = room;
        this.host.requestUpdate();
      }
    });
    this.#observer.observe(bar);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#bar = null;
  }

  /** The keys as they fit on the bar. */
  slots(keys: readonly string[]): IndexSlot[] {
    return collapseIndexKeys(keys, this.#room);
  }

  /** The key to highlight: the one tapped last, else the key of the row at the top. */
  current(topKey: string | undefined): string | undefined {
    return this.#pinned ?? topKey;
  }

  /**
   * What the bar shows: `keys` as they fit, the key tapped last or else `topKey` (the top row's)
   * highlighted; `concealed` during a search.
   */
  view(
    keys: readonly string[],
    topKey: string | undefined,
    concealed: boolean,
    messages: PickerMessages,
  ): IndexBarView {
    return {
      slots: this.slots(keys),
      concealed,
      current: this.current(topKey),
      dragKey: this.dragKey,
      onKey: (key) => this.jump(key),
      onPointer: this.handlePointer,
      messages,
    };
  }

  /** The user scrolls the list by other means: the top row's key is highlighted again. */
  release(): void {
    if (this.#pinned !== undefined) this.#set(undefined, undefined);
  }

  jump(key: string): void {
    this.#set(key, this.dragKey);
    this.parts.jump(key);
  }

  /** Tap or drag along the bar's full height (pointer captured); the bubble shows while down. */
  handlePointer = (event: PointerEvent): void => {
    const { type, clientY } = event;
    const bar = event.currentTarget as HTMLElement;
    if (type === 'pointerdown') {
      bar.setPointerCapture?.(event.pointerId);
      // The click that follows a tap on a key has nothing left to do.
      event.preventDefault();
    } else if (type !== 'pointermove') {
      this.#set(this.#pinned, undefined);
      return;
    } else if (this.dragKey === undefined) return;
    // Above the first key is the first; below the last, the last; along a `•`, the keys it hides
    // follow one another as on iOS.
    const buttons = [...bar.querySelectorAll<HTMLElement>('[data-keys]')];
    const button = buttons.find((b) => clientY < b.getBoundingClientRect().bottom) ?? buttons.pop();
    if (button === undefined) return;
    const box = button.getBoundingClientRect();
    const keys = button.dataset.keys!.split(' ');
    const key =
      keys[
        Math.min(
          Math.max(0, (((clientY - box.top) / box.height) * keys.length) | 0),
          keys.length - 1,
        )
      ]!;
    this.dragKey = key;
    if (key !== this.#pinned) this.jump(key);
    else this.host.requestUpdate();
  };

  #set(pinned: string | undefined, dragKey: string | undefined): void {
    this.#pinned = pinned;
    this.dragKey = dragKey;
    this.host.requestUpdate();
  }
}
