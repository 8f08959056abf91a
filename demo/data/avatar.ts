// Locally generated avatars: a coloured circle with the name's first letter as an SVG data URL, so
// the demo and the bench make no network requests. Pure string work (no DOM), usable in Node.

/** Mid-saturation colours that keep white text above 4.5:1 contrast. */
export const AVATAR_COLORS = [
  '#b5452b',
  '#a04a00',
  '#6b6b00',
  '#2e7d32',
  '#00796b',
  '#0b6fa4',
  '#3949ab',
  '#7b1fa2',
  '#ad1457',
  '#5d4037',
] as const;

// Thousands of friends share a few hundred (initial, colour) pairs: reuse one string per pair so
// 100,000 friends do not hold 100,000 copies of the same SVG.
const cache = new Map<string, string>();

/** The first user-perceived character of a name, upper-cased for Latin letters. */
export function initialOf(name: string): string {
  const first = Array.from(name.trim())[0] ?? '?';
  return first.toLocaleUpperCase('en');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small, stable hash of a string (FNV-1a, 32 bit), for picking a colour from a name or uuid. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A `data:image/svg+xml` avatar for `name`, coloured by `colorKey` (e.g. the friend's uuid). */
export function avatarDataUrl(name: string, colorKey: string = name): string {
  const initial = initialOf(name);
  const color = AVATAR_COLORS[hashString(colorKey) % AVATAR_COLORS.length];
  const key = `${color}${initial}`;
  let url = cache.get(key);
  if (url === undefined) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
      `<circle cx="32" cy="32" r="32" fill="${color}"/>` +
      `<text x="32" y="32" dy=".35em" text-anchor="middle" fill="#fff" font-size="28" ` +
      `font-family="system-ui,sans-serif">${escapeXml(initial)}</text></svg>`;
    url = `data:image/svg+xml,${encodeURIComponent(svg)}`;
    cache.set(key, url);
  }
  return url;
}
