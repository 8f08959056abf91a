// Keyboard navigation over the list's rows, as plain functions: which option an arrow, Home, End
// or Page key makes active, and where type-ahead searches from.

/** What navigation needs from the list: its length, and which rows are options (not headers). */
export interface OptionRows {
  readonly rowCount: number;
  isOption(index: number): boolean;
}

/**
 * The option `count` options away from `from` in direction `delta` (±1), clamped to the first or
 * last option; `from` itself when it is an option and nothing lies that way, else -1.
 */
export function stepOption(rows: OptionRows, from: number, delta: number, count = 1): number {
  const { rowCount } = rows;
  let found = from >= 0 && from < rowCount && rows.isOption(from) ? from : -1;
  for (let index = from + delta, left = count; left > 0 && index >= 0 && index < rowCount;) {
    if (rows.isOption(index)) {
      found = index;
      left -= 1;
    }
    index += delta;
  }
  return found;
}

/**
 * The option a navigation key moves the active row to (`active` -1: none yet; `page`: rows in
 * view), or `undefined` when `key` is no navigation key.
 */
export function navigationTarget(
  key: string,
  active: number,
  page: number,
  rows: OptionRows,
): number | undefined {
  switch (key) {
    case 'ArrowDown':
      // From none (-1), the first option.
      return stepOption(rows, active, 1);
    case 'ArrowUp':
      return active < 0 ? stepOption(rows, -1, 1) : stepOption(rows, active, -1);
    case 'Home':
      return stepOption(rows, -1, 1);
    case 'End':
      return stepOption(rows, rows.rowCount, -1);
    case 'PageDown':
      return stepOption(rows, Math.max(active, -1), 1, page);
    case 'PageUp':
      return stepOption(rows, Math.max(active, 0), -1, page);
  }
  return undefined;
}

/**
 * Type-ahead after `key`: the text to look for and the row to start from. Typing the same letter
 * again cycles through the names it starts; other letters extend the text, searched from the
 * active row itself (`active` -1: from the top).
 */
export function typeAheadStep(
  typed: string,
  key: string,
  active: number,
): { typed: string; start: number } {
  const repeated = typed === key;
  const next = repeated ? key : typed + key;
  const start = active < 0 ? 0 : active + (repeated || next.length === 1 ? 1 : 0);
  return { typed: next, start };
}
