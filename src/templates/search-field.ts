import { html, nothing } from 'lit';
import type { PickerMessages } from '../localization/messages.js';
import { closeIcon } from './icons.js';

export interface SearchFieldView {
  query: string;
  /** What the box holds, at every `input` (also while an IME composes) and composition update. */
  onQuery: (query: string) => void;
  /** The clear button, shown while the box holds a query, and Escape while it does. */
  onClear: () => void;
  /** ArrowDown: on to the list. */
  onLeave: () => void;
  messages: PickerMessages;
}

/**
 * The box's `input` and `change` are composed: outside, they would look like the picker's own (a
 * change of `value`) to `v-model` and friends. Only picks fire those.
 */
const stop = (event: Event): void => event.stopPropagation();

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
      @input=${(event: Event) => {
        stop(event);
        // Runs for every `input`, including while an IME composes (`isComposing`): the value then
        // holds the syllable being typed, which the matcher treats as a prefix.
        view.onQuery((event.target as HTMLInputElement).value);
      }}
      @change=${stop}
      @compositionupdate=${(event: CompositionEvent) => {
        const input = event.target as HTMLInputElement;
        // The value reflects the update only after this event: read it once the task settles.
        queueMicrotask(() => view.onQuery(input.value));
      }}
      @keydown=${(event: KeyboardEvent) => {
        if (event.isComposing) return;
        if (event.key === 'Escape' && view.query !== '') {
          // Only the query: the Escape that closes a full/popup picker is the next one.
          event.preventDefault();
          event.stopPropagation();
          view.onClear();
        } else if (event.key === 'ArrowDown') {
          event.preventDefault();
          view.onLeave();
        }
      }}
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
