import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a toast (a refused pick) stays on screen. */
const TOAST_MS = 2500;

/**
 * What the picker tells the user besides its rows: the sentence for its live region (results
 * found, the maximum reached…) and a toast, an on-screen message that goes away by itself.
 */
export class Announcer implements ReactiveController {
  /** The live region's latest sentence. */
  announcement = '';
  /** The on-screen message, or `''`. */
  toast = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Says `text` in the live region. */
  announce(text: string): void {
    // The same sentence twice in a row must still be spoken: vary it invisibly.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }

  /** Says `text` and shows it as a toast: a refused pick. */
  notify(text: string): void {
    this.announce(text);
    this.#showToast(text);
    this.#timer = setTimeout(() => this.#showToast(''), TOAST_MS);
  }

  /** Takes the toast away now (a new open). */
  clearToast(): void {
    this.#showToast('');
  }

  #showToast(text: string): void {
    clearTimeout(this.#timer);
    this.toast = text;
    this.host.requestUpdate();
  }
}
