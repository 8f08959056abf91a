// The search chunk: what the picker needs only once the user searches or types ahead (the
// matcher and the highlighting of matches), loaded right after the first screen.
export * from './core/search-match.js';
export { renderHighlighted } from './templates/highlight.js';
