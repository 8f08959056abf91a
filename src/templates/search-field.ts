import { html, nothing } from 'lit';
import type { PickerMessages } from '../localization/messages.js';
import { closeIcon } from './icons.js';

export interface SearchFieldView {
  query: string;
  /** `input` (also while an IME composes), `change`, `compositionupdate` and `keydown`. */
  onInput: (event: Event) => void;
  onChange: (event: Event) => void;
  onCompositionUpdate: (event: CompositionEvent) => void;
  onKeydown: (event: KeyboardEvent) => void;
  /** The clear button, shown while the box holds a query. */
  onClear: () => void;
  messages: PickerMessages;
}

/** The search box, with a clear button while it holds a query. */
export function renderSearchField(view: SearchFieldView) {
  const { messages } = view;
  return html`<div class="search">
    <input
      part="search-input"
      type="search"
      enterkeyhint="search"
      autocomplete="off"
      spellcheck="false"
      aria-label=${messages.searchPlaceholder()}
      placeholder=${messages.searchPlaceholder()}
      .value=${view.query}
      @input=${view.onInput}
      @change=${view.onChange}
      @compositionupdate=${view.onCompositionUpdate}
      @keydown=${view.onKeydown}
    />
    ${
      view.query !== ''
        ? html`<button
            class="icon-button clear"
            type="button"
            aria-label=${messages.clearSearch()}
            @click=${view.onClear}
          >
            ${closeIcon}
          </button>`
        : nothing
    }
  </div>`;
}
