/**
 * Pure arithmetic of a list whose rows have one fixed height and whose section headers have
 * another: where a row is, which row is at a scroll position, what is visible. No DOM, no
 * measuring: this is what lets the windowed list render without forcing a layout.
 */
export interface ListGeometry {
  readonly rowCount: number;
  readonly rowHeight: number;
  readonly headerHeight: number;
  /** Row indexes of the section headers, ascending (a handful at most). */
  readonly headers: readonly number[];
}

function headersBefore(geometry: ListGeometry, index: number): number {
  let count = 0;
  for (const at of geometry.headers) {
    if (at >= index) break;
    count += 1;
  }
  return count;
}

/** The top of row `index`, in pixels from the top of the list. */
export function offsetOf(geometry: ListGeometry, index: number): number {
  const headers = headersBefore(geometry, index);
  return headers * geometry.headerHeight + (index - headers) * geometry.rowHeight;
}

/** The height of row `index`. */
export function heightOf(geometry: ListGeometry, index: number): number {
  return geometry.headers.includes(index) ? geometry.headerHeight : geometry.rowHeight;
}

/** The height of the whole list. */
export function totalHeightOf(geometry: ListGeometry): number {
  return offsetOf(geometry, geometry.rowCount);
}

/** The row at `offset` pixels from the top (clamped to the rows there are; -1 when none). */
export function indexAt(geometry: ListGeometry, offset: number): number {
  const { rowCount, rowHeight, headerHeight } = geometry;
  if (rowCount === 0) return -1;
  let start = 0;
  let top = 0;
  // Walk the header boundaries (few), then divide inside the run of rows that holds `offset`.
  for (const at of geometry.headers) {
    if (at >= rowCount) break;
    const runEnd = top + (at - start) * rowHeight;
    if (offset < runEnd) break;
    if (offset < runEnd + headerHeight) return at;
    top = runEnd + headerHeight;
    start = at + 1;
  }
  const index = start + Math.floor(Math.max(0, offset - top) / rowHeight);
  return Math.min(Math.max(index, 0), rowCount - 1);
}

/** Rows to render for a viewport: `[first, end)`, with `overscan` extra rows on both sides. */
export function visibleRange(
  geometry: ListGeometry,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): [first: number, end: number] {
  if (geometry.rowCount === 0) return [0, 0];
  const first = indexAt(geometry, Math.max(0, scrollTop));
  const last = indexAt(geometry, Math.max(0, scrollTop + viewportHeight - 1));
  return [Math.max(0, first - overscan), Math.min(geometry.rowCount, last + 1 + overscan)];
}

/**
 * The scroll position that shows row `index`: `start` puts it at the top, below a sticky header
 * of `stickyHeight`; `nearest` scrolls as little as possible. Returns `scrollTop` unchanged when
 * the row is already in view.
 */
export function scrollTopFor(
  geometry: ListGeometry,
  index: number,
  block: 'start' | 'nearest',
  scrollTop: number,
  viewportHeight: number,
  stickyHeight: number,
): number {
  const top = offsetOf(geometry, index);
  const bottom = top + heightOf(geometry, index);
  const max = Math.max(0, totalHeightOf(geometry) - viewportHeight);
  let next = scrollTop;
  if (block === 'start' || top < scrollTop + stickyHeight) next = top - stickyHeight;
  else if (bottom > scrollTop + viewportHeight) next = bottom - viewportHeight;
  return Math.min(Math.max(0, next), max);
}
