import { html } from 'lit';
import type { PickerError } from '../errors.js';
import type { PickerMessages } from '../localization/messages.js';

/** Skeleton rows while the first page loads; the live region says "Loading friends…". */
export function renderLoading() {
  return html`<div class="skeleton" aria-hidden="true">
    ${Array.from(
      { length: 8 },
      () =>
        html`<div class="bone-row">
          <span class="bone circle"></span><span class="bone line"></span>
        </div>`,
    )}
  </div>`;
}

export function renderEmpty(text: string) {
  return html`<div part="empty" class="status"><p>${text}</p></div>`;
}

export function renderError(error: PickerError, onRetry: () => void, messages: PickerMessages) {
  return html`<div part="error" class="status">
    <p>${messages.error(error.code)}</p>
    <button class="retry" type="button" @click=${onRetry}>${messages.retry()}</button>
  </div>`;
}
