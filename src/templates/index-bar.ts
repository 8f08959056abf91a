import { html, nothing } from 'lit';
import type { IndexSlot } from '../core/index-collapse.js';
import type { PickerMessages } from '../localization/messages.js';

export interface IndexBarView {
  /** The keys as they fit on the bar (runs collapsed into `•` when the bar is short). */
  slots: readonly IndexSlot[];
  /** Hidden from sight, pointer and assistive technology (during a search), keeping its room. */
  concealed: boolean;
  current: string | undefined;
  /** The key under the finger while dragging, shown in a bubble over the list. */
  dragKey: string | undefined;
  /** Pointer down, move, up and cancel on the bar. */
  onPointer: (event: PointerEvent) => void;
  onKey: (key: string) => void;
  /** The picker's strings, in its language. */
  messages: PickerMessages;
}

/**
 * The index bar (ㄱ…ㅎ, A–Z, kana rows, #). Keys are buttons outside the Tab order: keyboard users
 * have type-ahead in the list; pointer users tap or drag along the bar's full height. A `•`
 * stands for the keys it hides (named by them) and jumps to the middle one.
 */
export function renderIndexBar(view: IndexBarView) {
  return html`<nav
      part="index"
      class=${view.concealed ? 'concealed' : ''}
      aria-label=${view.messages.indexLabel()}
      @pointerdown=${view.onPointer}
      @pointermove=${view.onPointer}
      @pointerup=${view.onPointer}
      @pointercancel=${view.onPointer}
    >
      ${view.slots.map((slot) => {
        const key = slot.keys[slot.keys.length >> 1]!;
        const collapsed = slot.keys.length > 1;
        return html`<button
          part="index-key"
          class=${view.current !== undefined && slot.keys.includes(view.current) ? 'current' : ''}
          type="button"
          tabindex="-1"
          data-key=${key}
          data-keys=${slot.keys.join(' ')}
          aria-label=${collapsed ? slot.keys.join(' ') : nothing}
          @click=${() => view.onKey(key)}
        >
          ${slot.label}
        </button>`;
      })}
    </nav>
    ${
      view.dragKey === undefined
        ? nothing
        : html`<div class="index-bubble" aria-hidden="true">${view.dragKey}</div>`
    }`;
}
