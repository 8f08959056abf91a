/** One place on the index bar: a key, or a `•` standing for the run of keys it hides. */
export interface IndexSlot {
  readonly label: string;
  /** The keys this slot stands for: one for a key, the hidden run for a `•`. */
  readonly keys: readonly string[];
}

/** The label of a slot that stands for several hidden keys (as on iOS). */
export const COLLAPSED_LABEL = '•';

/**
 * The index bar's slots when only `room` of them fit: every key when they do, else the first and
 * last keys and evenly spaced ones between, each hidden run replaced by one `•` (iOS's index
 * bar). Never more than `max(room, 3)` slots; the keys stay in order and every key is in a slot.
 */
export function collapseIndexKeys(keys: readonly string[], room: number): IndexSlot[] {
  const count = keys.length;
  if (count <= Math.max(room, 1)) return keys.map((key) => ({ label: key, keys: [key] }));
  // An odd number of slots: key • key • … key.
  const slots = Math.max(3, Math.floor(room) - (Math.floor(room) % 2 === 0 ? 1 : 0));
  const shown = (slots + 1) / 2;
  const result: IndexSlot[] = [];
  let previous = -1;
  for (let i = 0; i < shown; i++) {
    const at = Math.round((i * (count - 1)) / (shown - 1));
    const hidden = keys.slice(previous + 1, at);
    // A run of one key takes the slot a `•` would: show the key itself.
    if (hidden.length > 0)
      result.push({ label: hidden.length === 1 ? hidden[0]! : COLLAPSED_LABEL, keys: hidden });
    result.push({ label: keys[at]!, keys: [keys[at]!] });
    previous = at;
  }
  return result;
}
