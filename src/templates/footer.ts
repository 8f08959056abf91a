import { html, nothing } from 'lit';
import type { PickerMessages } from '../localization/messages.js';

export interface FooterView {
  /** The "select at least N" hint by OK, or `null` while it is not due. */
  hint: string | null;
  /** The picker is disabled: OK is too. */
  disabled: boolean;
  /** Below the minimum: OK is `aria-disabled` (a press explains why instead of confirming). */
  tooFew: boolean;
  onConfirm: () => void;
  messages: PickerMessages;
}

/** The app's `footer` slot, the hint and the OK button. */
export function renderFooter(view: FooterView) {
  const { hint } = view;
  return html`<div class="footer">
    <slot name="footer"></slot>
    ${hint !== null ? html`<p class="hint" id="hint">${hint}</p>` : nothing}
    <button
      part="confirm-button"
      type="button"
      ?disabled=${view.disabled}
      aria-disabled=${view.tooFew ? 'true' : nothing}
      aria-describedby=${hint !== null ? 'hint' : nothing}
      @click=${view.onConfirm}
    >
      ${view.messages.confirm()}
    </button>
  </div>`;
}
