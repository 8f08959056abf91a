import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PickerLanguage } from '../core/language.js';
import { resolveLanguage, selfAndAncestors } from './language.js';
import { loadKakaoErrors } from './locales.js';
import { hasMessages, loadMessages, messagesFor, type PickerMessages } from './messages.js';
import type { PickerStrings, withStrings as applyStrings } from './strings.js';

/** `withStrings` once its chunk has loaded (see `loadStrings`). */
let withStrings: typeof applyStrings | undefined;
let stringsLoading: Promise<void> | undefined;

/** Loads the code that applies `strings` when a picker first has some; undefined once loaded. */
function loadStrings(strings: unknown): Promise<void> | undefined {
  if (withStrings !== undefined || typeof strings !== 'object' || !strings) return undefined;
  stringsLoading ??= import('./strings.js').then((module) => {
    withStrings = module.withStrings;
  });
  return stringsLoading;
}

/**
 * Keeps a host's language ({@link resolveLanguage}) current while it is connected: it watches the
 * `lang` attribute of the host and of every ancestor (across shadow roots) and the browser's
 * `languagechange`, and reports each change through `onChange` (once on connect, too).
 *
 * Moving the host to another parent disconnects and reconnects it, so the watched chain is
 * rebuilt whenever the ancestors change.
 *
 * A language whose strings are a lazy chunk (Japanese, see locales.ts) starts loading as soon as
 * it is reported; {@link ready} settles when they are in, and the host is asked to update then.
 * The app's `strings` overrides are applied by a chunk of their own, loaded only by pickers that
 * set some ({@link readyFor}, {@link messages}); so are the messages of the errors only a Kakao
 * answer brings, loaded with the first error ({@link readyFor}).
 */
export class LanguageController implements ReactiveController {
  #observer: MutationObserver | undefined;
  #current: PickerLanguage | undefined;
  #loading: Promise<void> | undefined;
  #cached: { base: PickerMessages; strings: unknown; messages: PickerMessages } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onChange: (language: PickerLanguage) => void,
  ) {
    host.addController(this);
  }

  /** The language last reported (English before the host first connects). */
  get language(): PickerLanguage {
    return this.#current ?? 'en';
  }

  /**
   * `undefined` when the strings of {@link language} are loaded (always for English and Korean),
   * else a promise that settles (never rejects) once they are. The host's first render waits
   * for it, so it never shows English in place of Japanese.
   */
  get ready(): Promise<void> | undefined {
    return this.#loading;
  }

  /**
   * Like {@link ready}, and also until the code applying `strings` has loaded, if they are set,
   * and, with an error to show, its message (an error only a Kakao answer brings has its message
   * in a chunk of its own: see locales.ts).
   */
  readyFor(strings: unknown, error: boolean): Promise<void> | undefined {
    return this.#loading ?? loadStrings(strings) ?? (error ? loadKakaoErrors() : undefined);
  }

  /** The strings of {@link language} with the app's `strings` over them, whatever the page's locale. */
  messages(strings: Partial<PickerStrings> | undefined): PickerMessages {
    const base = messagesFor(this.language);
    const cached = this.#cached;
    if (cached?.base === base && cached.strings === strings) return cached.messages;
    const messages = withStrings === undefined ? base : withStrings(base, strings);
    this.#cached = { base, strings, messages };
    return messages;
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(this.refresh);
    for (const node of selfAndAncestors(this.host)) {
      this.#observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
    }
    window.addEventListener('languagechange', this.refresh);
    this.refresh();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    window.removeEventListener('languagechange', this.refresh);
  }

  /** Re-reads the language now (e.g. when the host's own `lang` property was just set). */
  refresh = (): void => {
    const language = resolveLanguage(this.host);
    if (language === this.#current) return;
    this.#current = language;
    this.#loading = undefined;
    if (!hasMessages(language)) {
      const loading = loadMessages(language).then(() => {
        if (this.#loading !== loading) return;
        this.#loading = undefined;
        this.host.requestUpdate();
      });
      this.#loading = loading;
    }
    this.onChange(language);
  };
}
