import { html, nothing } from 'lit';
import type { MatchRange } from '../core/search.js';

/** A nickname with its matched characters in `<mark>`; always text, never markup. */
export function renderHighlighted(text: string, ranges: readonly MatchRange[] | null) {
  if (ranges === null || ranges.length === 0) return text;
  const parts: unknown[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(at < text.length ? text.slice(at) : nothing);
  return parts;
}
