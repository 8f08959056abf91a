import { html } from 'lit';
import type { PickerMessages } from '../localization/messages.js';

export interface IndexBarView {
  keys: readonly string[];
  /** Hidden from sight, pointer and assistive technology (during a search), keeping its room. */
  concealed: boolean;
  current: string | undefined;
  onPointerDown: (event: PointerEvent) => void;
  onPointerMove: (event: PointerEvent) => void;
  onPointerUp: (event: PointerEvent) => void;
  onKey: (key: string) => void;
  /** The picker's strings, in its language. */
  messages: PickerMessages;
}

/**
 * The index bar (ㄱ…ㅎ, A–Z, kana rows, #). Keys are buttons outside the Tab order: keyboard users
 * have type-ahead in the list; pointer users tap or drag along the bar.
 */
export function renderIndexBar(view: IndexBarView) {
  return html`<nav
    part="index"
    class=${view.concealed ? 'concealed' : ''}
    aria-label=${view.messages.indexLabel()}
    @pointerdown=${view.onPointerDown}
    @pointermove=${view.onPointerMove}
    @pointerup=${view.onPointerUp}
    @pointercancel=${view.onPointerUp}
  >
    ${view.keys.map(
      (key) =>
        html`<button
          part="index-key"
          class=${key === view.current ? 'current' : ''}
          type="button"
          tabindex="-1"
          data-key=${key}
          @click=${() => view.onKey(key)}
        >
          ${key}
        </button>`,
    )}
  </nav>`;
}
