import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  navigationTarget,
  stepOption,
  typeAheadStep,
  type OptionRows,
} from '../../src/core/list-navigation.js';

/** Rows from a pattern: `h` a header, `o` an option. */
function rowsOf(pattern: string): OptionRows {
  return { rowCount: pattern.length, isOption: (index) => pattern[index] === 'o' };
}

/** The options' indexes, in order: what every move must land on. */
function optionsOf(pattern: string): number[] {
  return [...pattern].flatMap((kind, index) => (kind === 'o' ? [index] : []));
}

describe('list navigation', () => {
  const rows = rowsOf('hoohoooho');

  it('steps over headers and stops at the ends', () => {
    expect(stepOption(rows, -1, 1)).to.equal(1);
    expect(stepOption(rows, 2, 1)).to.equal(4);
    expect(stepOption(rows, 4, -1)).to.equal(2);
    expect(stepOption(rows, 8, 1)).to.equal(8);
    expect(stepOption(rows, 1, -1)).to.equal(1);
    expect(stepOption(rows, 1, 1, 4)).to.equal(6);
    expect(stepOption(rows, 1, 1, 99)).to.equal(8);
    expect(stepOption(rowsOf('hh'), -1, 1)).to.equal(-1);
  });

  it('maps the keys to options', () => {
    expect(navigationTarget('ArrowDown', -1, 3, rows)).to.equal(1);
    expect(navigationTarget('ArrowUp', -1, 3, rows)).to.equal(1);
    expect(navigationTarget('ArrowDown', 2, 3, rows)).to.equal(4);
    expect(navigationTarget('ArrowUp', 4, 3, rows)).to.equal(2);
    expect(navigationTarget('Home', 6, 3, rows)).to.equal(1);
    expect(navigationTarget('End', 1, 3, rows)).to.equal(8);
    expect(navigationTarget('PageDown', 1, 3, rows)).to.equal(5);
    expect(navigationTarget('PageUp', 8, 3, rows)).to.equal(4);
    expect(navigationTarget('PageUp', -1, 3, rows)).to.equal(-1);
    expect(navigationTarget('a', 1, 3, rows)).to.equal(undefined);
    expect(navigationTarget('Enter', 1, 3, rows)).to.equal(undefined);
  });

  it('always lands on an option, the one the key names, for any rows', () => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'];
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ho]{1,40}$/).filter((p) => p.includes('o')),
        fc.constantFrom(...keys),
        fc.nat(),
        fc.integer({ min: 1, max: 10 }),
        (pattern, key, pick, page) => {
          const options = optionsOf(pattern);
          const at = options.length === 0 ? -1 : pick % (options.length + 1);
          // -1 (no active row) or one of the options.
          const active = at === options.length ? -1 : options[at]!;
          const position = options.indexOf(active);
          const next = navigationTarget(key, active, page, rowsOf(pattern))!;
          if (key === 'PageUp' && active < 0) {
            // Page Up before any row is active stays put, unless the first row is an option.
            expect(next).to.equal(pattern[0] === 'o' ? 0 : -1);
            return;
          }
          expect(options).to.include(next);
          const expected = {
            ArrowDown: position < 0 ? 0 : Math.min(position + 1, options.length - 1),
            ArrowUp: position < 0 ? 0 : Math.max(position - 1, 0),
            Home: 0,
            End: options.length - 1,
            PageDown: Math.min(position + page, options.length - 1),
            PageUp: Math.max(position - page, 0),
          }[key]!;
          expect(options.indexOf(next), `${key} from ${active} in ${pattern}`).to.equal(expected);
        },
      ),
    );
  });

  it('type-ahead extends the text, or cycles on a repeated letter', () => {
    expect(typeAheadStep('', 'k', -1)).to.deep.equal({ typed: 'k', start: 0 });
    // A first letter searches from the row after the active one…
    expect(typeAheadStep('', 'k', 4)).to.deep.equal({ typed: 'k', start: 5 });
    // …the same letter again cycles on…
    expect(typeAheadStep('k', 'k', 5)).to.deep.equal({ typed: 'k', start: 6 });
    // …and a longer text may still match the active row itself.
    expect(typeAheadStep('k', 'i', 5)).to.deep.equal({ typed: 'ki', start: 5 });
  });
});
