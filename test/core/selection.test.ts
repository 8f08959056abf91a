import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { canConfirm, canPick, normalizeSelection, togglePick } from '../../src/core/selection.js';

const multi = { mode: 'multiple', max: 3, min: 2 } as const;
const single = { mode: 'single', max: 30, min: 1 } as const;

describe('selection rules', () => {
  it('adds in pick order and removes', () => {
    expect(togglePick([], 'a', multi)).to.deep.equal(['a']);
    expect(togglePick(['a'], 'b', multi)).to.deep.equal(['a', 'b']);
    expect(togglePick(['a', 'b'], 'a', multi)).to.deep.equal(['b']);
  });

  it('refuses a pick at max but still allows unpicking', () => {
    expect(togglePick(['a', 'b', 'c'], 'd', multi)).to.equal(undefined);
    expect(canPick(['a', 'b', 'c'], 'd', multi)).to.equal(false);
    expect(canPick(['a', 'b', 'c'], 'a', multi)).to.equal(true);
    expect(togglePick(['a', 'b', 'c'], 'c', multi)).to.deep.equal(['a', 'b']);
  });

  it('replaces in single mode', () => {
    expect(togglePick(['a'], 'b', single)).to.deep.equal(['b']);
    expect(togglePick(['a'], 'a', single)).to.deep.equal(['a']);
    expect(canConfirm([], single)).to.equal(false);
    expect(canConfirm(['a'], single)).to.equal(true);
  });

  it('confirms only between min and max', () => {
    expect(canConfirm(['a'], multi)).to.equal(false);
    expect(canConfirm(['a', 'b'], multi)).to.equal(true);
  });

  it('normalizes outside selections', () => {
    expect(normalizeSelection(['a', 'a', 3, '', 'b', 'c', 'd'], multi)).to.deep.equal([
      'a',
      'b',
      'c',
    ]);
    expect(normalizeSelection(['x', 'y'], single)).to.deep.equal(['x']);
  });

  it('never exceeds max whatever the sequence of toggles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e')),
        fc.integer({ min: 1, max: 4 }),
        (seq, max) => {
          const rules = { mode: 'multiple', max, min: 1 } as const;
          let selected: string[] = [];
          for (const uuid of seq) selected = togglePick(selected, uuid, rules) ?? selected;
          return selected.length <= max && new Set(selected).size === selected.length;
        },
      ),
    );
  });
});
