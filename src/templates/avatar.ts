import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { isSafeImageUrl } from '../core/friend-validation.js';

/**
 * Fallback colours, as classes `tone-0`…`tone-7` (styles/avatar.ts): a `style` attribute would
 * need `style-src 'unsafe-inline'` under a Content Security Policy.
 */
export const FALLBACK_TONES = 8;

function hash(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = (value * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(value);
}

/** The first character of a name (a whole code point, uppercased), or `?`. */
export function avatarLetterOf(name: string | undefined): string {
  const first = name?.trim().codePointAt(0);
  return first === undefined ? '?' : String.fromCodePoint(first).toUpperCase();
}

export interface AvatarView {
  url: string | undefined;
  name: string | undefined;
  seed: string;
  /** URLs that failed to load in this picker (rows are recycled, so this lives on the element). */
  broken: ReadonlySet<string>;
  onBroken: (url: string) => void;
}

/**
 * A lazy thumbnail, or the first letter on a coloured circle when the URL is missing, refused
 * (not https — SPEC 2.3) or broken. Decorative: the name is always next to it.
 */
export function renderAvatar(view: AvatarView) {
  const { url } = view;
  if (url !== undefined && isSafeImageUrl(url) && !view.broken.has(url)) {
    // A new element per URL: rows are recycled, and an `<img>` whose `src` changes keeps showing
    // the previous friend's face until the new one loads, and (in view) loads it at once, inside
    // the keystroke or scroll that changed it; a new lazy `<img>` loads after that frame.
    return keyed(
      url,
      html`<img
        part="avatar"
        class="avatar"
        src=${url}
        alt=""
        loading="lazy"
        decoding="async"
        referrerpolicy="no-referrer"
        @error=${() => view.onBroken(url)}
      />`,
    );
  }
  const tone = hash(view.seed) % FALLBACK_TONES;
  return html`<span part="avatar" class="avatar fallback tone-${tone}" aria-hidden="true"
    >${avatarLetterOf(view.name)}</span
  >`;
}
