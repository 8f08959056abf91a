import { html } from 'lit';
import type { PickerError } from '../errors.js';
import type { PickerMessages } from '../localization/messages.js';

/**
 * Skeleton rows while the first page loads, laid out as real rows (check circle, avatar, name) and
 * enough of them to fill a tall list; the live region says "Loading friends…".
 */
export function renderLoading() {
  return html`<div class="skeleton" aria-hidden="true">
    ${Array.from(
      { length: 20 },
      () =>
        html`<div class="row bone-row">
          <span class="check"></span><span class="bone avatar"></span
          ><span class="bone line"></span>
        </div>`,
    )}
  </div>`;
}

/** The empty state; the app's `empty` slot replaces its text. */
export function renderEmpty(text: string) {
  return html`<div part="empty" class="status">
    <slot name="empty"><p>${text}</p></slot>
  </div>`;
}

export function renderError(error: PickerError, onRetry: () => void, messages: PickerMessages) {
  return html`<div part="error" class="status">
    <slot name="error"><p>${messages.error(error.code)}</p></slot>
    <button class="retry" type="button" @click=${onRetry}>${messages.retry()}</button>
  </div>`;
}
