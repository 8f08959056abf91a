import fc from 'fast-check';

const charsBetween = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((code) => String.fromCharCode(code));

/**
 * One character of the scripts names mix: Hangul syllables and compatibility jamo, kana, ASCII
 * letters and digits, a few CJK ideographs, plus the `extra` characters a test cares about.
 */
export function nameCharArb(extra: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    charsBetween(0xac00, 0xd7a3),
    charsBetween(0x3131, 0x3163),
    charsBetween(0x3041, 0x30ff),
    charsBetween(0x41, 0x7a),
    charsBetween(0x30, 0x39),
    charsBetween(0x4e00, 0x4e20),
    fc.constantFrom(...extra),
  );
}
