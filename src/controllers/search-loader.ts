import { useSearchMatcher } from '../core/list-model.js';
import type * as SearchChunkModule from '../search-chunk.js';

type SearchChunk = typeof SearchChunkModule;

let chunk: SearchChunk | undefined;
let loading: Promise<SearchChunk> | undefined;

/** The search chunk (matcher, highlighting), once loaded. */
export function loadedSearch(): SearchChunk | undefined {
  return chunk;
}

/**
 * Loads the search chunk, once per page, and hands its matcher to the list models. The first
 * screen does not need it: the picker asks for it right after its first rows are painted (or at
 * the first keystroke, whichever comes first).
 */
export function loadSearch(): Promise<SearchChunk> {
  loading ??= import('../search-chunk.js').then((module) => {
    useSearchMatcher(module);
    chunk = module;
    return module;
  });
  return loading;
}
