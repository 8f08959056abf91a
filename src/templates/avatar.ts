import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { isSafeImageUrl } from '../core/friend-validation.js';

// Backgrounds dark enough for white initials to pass WCAG AA (4.5:1) in both themes.
const fallbackColours = [
  '#b4235a',
  '#8e3fb0',
  '#4d5bd6',
  '#0b6fa4',
  '#0f766e',
  '#3f7a1e',
  '#9a5b00',
  '#b63d1f',
];

function hash(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) value = (value * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(value);
}

/** The first character of a name (a whole code point, uppercased), or `?`. */
export function initialOf(name: string | undefined): string {
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
    return html`<img
      part="avatar"
      class="avatar"
      src=${url}
      alt=""
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      @error=${() => view.onBroken(url)}
    />`;
  }
  const colour = fallbackColours[hash(view.seed) % fallbackColours.length];
  return html`<span
    part="avatar"
    class="avatar fallback"
    aria-hidden="true"
    style=${styleMap({ background: colour })}
    >${initialOf(view.name)}</span
  >`;
}
