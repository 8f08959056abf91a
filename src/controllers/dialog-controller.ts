import { deepActiveElement } from '../dom/active-element.js';
import type { CancelReason } from '../types.js';

export interface DialogControllerOptions {
  /** The `<dialog>`, once rendered. */
  dialog(): HTMLDialogElement | null;
  /** Whether the dialog should be showing (the host is open, in a full or popup view). */
  shouldShow(): boolean;
  /**
   * The user asks to close: the close button, Escape, a click on the backdrop — or the browser
   * closed the dialog itself (reported as `escape`). Returns whether the host closes; a dialog the
   * browser closed against a refusal shows again.
   */
  onDismiss(reason: CancelReason): boolean;
}

/**
 * Focus as the dialog shows: the search box, except under a coarse pointer (a phone), where it
 * would pop the on-screen keyboard over the list: the close button takes it there.
 */
function focusOnOpen(dialog: HTMLDialogElement): void {
  const find = (part: string) => dialog.querySelector<HTMLElement>(`[part~="${part}"]`);
  const touch = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  const close = find('close-button');
  ((touch ? close : find('search-input')) ?? find('list') ?? close)?.focus();
}

/**
 * The modal `<dialog>` of the full and popup views: `showModal()` and `close()` as the host's
 * state asks ({@link sync}), focus back to the element that had it before the dialog opened, and
 * every way a user dismisses it reported as one `onDismiss(reason)`.
 */
export class DialogController {
  #opener: HTMLElement | null = null;
  /** `close` events still to come from our own `close()` calls. */
  #closesByUs = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly options: DialogControllerOptions,
  ) {}

  /** Shows or closes the dialog as {@link DialogControllerOptions.shouldShow} says. */
  sync(): void {
    const dialog = this.options.dialog();
    if (dialog === null || !this.host.isConnected) return;
    const open = this.options.shouldShow();
    if (open && !dialog.open) {
      this.#opener = deepActiveElement();
      dialog.showModal();
      focusOnOpen(dialog);
    } else if (!open && dialog.open) {
      // The `close` event arrives later, possibly after a quick `show()` reopened the dialog.
      this.#closesByUs += 1;
      dialog.close();
      this.#restoreFocus();
    }
  }

  /** The close button (and Escape, and the backdrop). */
  dismiss(reason: CancelReason): void {
    this.options.onDismiss(reason);
  }

  handleCancel = (event: Event): void => {
    // Escape: handled here so the host's `open` stays the source of truth.
    event.preventDefault();
    this.dismiss('escape');
  };

  handleClose = (event: Event): void => {
    if (this.#closesByUs > 0) {
      this.#closesByUs -= 1;
      return;
    }
    // A dialog dropped by a re-render (e.g. switching to the inline view) is no user dismissal.
    const dialog = this.options.dialog();
    if (!this.options.shouldShow() || event.target !== dialog || dialog === null) return;
    // Closed by the browser itself (e.g. a cancel it would not let us prevent).
    if (this.options.onDismiss('escape')) {
      this.#restoreFocus();
    } else {
      dialog.showModal();
      focusOnOpen(dialog);
    }
  };

  handleClick = (event: MouseEvent): void => {
    const dialog = this.options.dialog();
    if (dialog === null || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) this.dismiss('backdrop');
  };

  #restoreFocus(): void {
    const opener = this.#opener;
    this.#opener = null;
    if (opener === null || !opener.isConnected) return;
    const active = deepActiveElement();
    if (active === null || active === document.body || this.host.shadowRoot?.contains(active)) {
      opener.focus();
    }
  }
}
