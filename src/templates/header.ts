import { html, nothing } from 'lit';
import type { PickerMessages } from '../localization/messages.js';
import { closeIcon } from './icons.js';

export interface HeaderView {
  /** The title: the app's `heading`, else the localized default. */
  heading: string;
  /** The "3/30" counter (multiple mode), or `null` for none. */
  counter: { count: number; max: number } | null;
  /** The close button's click (full and popup views), or `null` for none (inline). */
  onClose: (() => void) | null;
  messages: PickerMessages;
}

/** The title bar: the heading, the counter, the app's `header-actions` slot and the close button. */
export function renderHeader(view: HeaderView) {
  const { counter, onClose, messages } = view;
  return html`<div part="header" class="header">
    <h2 part="heading" id="heading">${view.heading}</h2>
    ${
      counter
        ? html`<span part="counter"
            ><span aria-hidden="true">${counter.count}/${counter.max}</span
            ><span class="sr-only">${messages.counterLabel(counter.count, counter.max)}</span></span
          >`
        : nothing
    }
    <slot name="header-actions"></slot>
    ${
      onClose
        ? html`<button
            part="close-button"
            class="icon-button"
            type="button"
            aria-label=${messages.close()}
            @click=${onClose}
          >
            ${closeIcon}
          </button>`
        : nothing
    }
  </div>`;
}
