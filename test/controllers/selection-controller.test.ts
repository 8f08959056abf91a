import { expect } from '@open-wc/testing';
import { SelectionController } from '../../src/controllers/selection-controller.js';
import type { SelectionRules } from '../../src/core/selection.js';

/** A host as the element drives it: `update()` is its willUpdate, `assign()` an app's assignment. */
function setup(rules: SelectionRules = { mode: 'multiple', max: 3, min: 1 }) {
  const held = new Set(['a', 'b', 'c', 'd']);
  const state = { loaded: true, changes: 0 };
  const host = { selectedUuids: [] as string[] };
  const selection = new SelectionController(host, {
    rules: () => rules,
    holds: (uuid) => held.has(uuid),
    loaded: () => state.loaded,
    onChange: () => state.changes++,
  });
  let previous = host.selectedUuids;
  /** One host update (its willUpdate), `changed` naming the properties set since the last. */
  const update = (...changed: string[]) => {
    const map = new Map<PropertyKey, unknown>(changed.map((name) => [name, undefined]));
    if (host.selectedUuids !== previous) map.set('selectedUuids', previous);
    selection.update(map);
    previous = host.selectedUuids;
  };
  /** The app assigns the picks. */
  const assign = (uuids: string[]) => {
    host.selectedUuids = uuids;
    update();
  };
  return { selection, host, held, state, update, assign };
}

describe('SelectionController', () => {
  it('toggles in pick order, with one change per pick, and returns the new picks', () => {
    const { selection, host, state } = setup();
    expect(selection.toggle('a')).to.deep.equal(['a']);
    expect(selection.toggle('b')).to.deep.equal(['a', 'b']);
    expect(selection.toggle('a')).to.deep.equal(['b']);
    expect(host.selectedUuids).to.deep.equal(['b']);
    expect(state.changes).to.equal(3);
  });

  it('reports no change when the single mode pick is picked again', () => {
    const { selection, host, state } = setup({ mode: 'single', max: 30, min: 1 });
    selection.toggle('a');
    expect(selection.toggle('a')).to.equal(undefined);
    expect(selection.toggle('b')).to.deep.equal(['b']);
    expect(host.selectedUuids).to.deep.equal(['b']);
    expect(state.changes).to.equal(2);
  });

  it('removes only a pick it holds', () => {
    const { selection, host, state } = setup();
    selection.toggle('a');
    selection.remove('z');
    expect(state.changes).to.equal(1);
    selection.remove('a');
    expect(host.selectedUuids).to.deep.equal([]);
    expect(state.changes).to.equal(2);
  });

  it('tells its own assignments from the app’s, even with the same uuids', () => {
    const { selection, host, held, update, assign } = setup();
    selection.toggle('a');
    update();
    held.delete('a');
    // A pick of the user's that the friends no longer hold leaves at a confirm…
    selection.prune();
    expect(host.selectedUuids).to.deep.equal([]);
    // …one the app assigned stays.
    assign(['a']);
    selection.prune();
    expect(host.selectedUuids).to.deep.equal(['a']);
    selection.toggle('b');
    assign([...host.selectedUuids]);
    held.delete('b');
    selection.prune();
    expect(host.selectedUuids).to.deep.equal(['a', 'b']);
  });

  it('normalizes when the rules change', () => {
    const rules: SelectionRules = { mode: 'multiple', max: 3, min: 1 };
    const { selection, host, update } = setup(rules);
    selection.toggle('a');
    selection.toggle('b');
    update();
    rules.mode = 'single';
    update();
    expect(host.selectedUuids).to.deep.equal(['a', 'b']);
    update('selectionMode');
    expect(host.selectedUuids).to.deep.equal(['a']);
    rules.mode = 'multiple';
    selection.toggle('b');
    selection.toggle('c');
    update();
    rules.max = 2;
    update();
    expect(host.selectedUuids).to.deep.equal(['a', 'b', 'c']);
    update('maxPickableCount');
    expect(host.selectedUuids).to.deep.equal(['a', 'b']);
  });

  it('normalizes what the app assigns, and leaves a normal selection as it is', () => {
    const { host, assign } = setup({ mode: 'multiple', max: 2, min: 1 });
    assign(['a', 'a', '', 'b', 'c']);
    expect(host.selectedUuids).to.deep.equal(['a', 'b']);
    const normal = ['b', 'a'];
    assign(normal);
    expect(host.selectedUuids).to.equal(normal);
    host.selectedUuids = null as unknown as string[];
    assign(host.selectedUuids);
    expect(host.selectedUuids).to.deep.equal([]);
  });

  it('drops refused picks without a change event', () => {
    const { selection, host, held, state, update } = setup();
    selection.toggle('a');
    selection.toggle('b');
    selection.drop((uuid) => uuid === 'a');
    expect(host.selectedUuids).to.deep.equal(['b']);
    expect(state.changes).to.equal(2);
    selection.drop(() => false);
    expect(host.selectedUuids).to.deep.equal(['b']);
    // The picker's own assignment, not the app's: 'b' is still the user's pick.
    update();
    held.delete('b');
    selection.prune();
    expect(host.selectedUuids).to.deep.equal([]);
  });

  it('restores the app’s picks as the app’s', () => {
    const { selection, host, held, assign } = setup();
    assign(['a']);
    selection.remember();
    selection.toggle('a');
    selection.restore();
    held.delete('a');
    selection.prune();
    expect(host.selectedUuids).to.deep.equal(['a']);
  });

  it('puts the picks of the open back on a cancel, once', () => {
    const { selection, host, state } = setup();
    selection.restore();
    expect(state.changes).to.equal(0);
    selection.toggle('a');
    selection.remember();
    selection.restore();
    expect(state.changes).to.equal(1);
    selection.remember();
    selection.toggle('b');
    selection.toggle('c');
    selection.restore();
    expect(host.selectedUuids).to.deep.equal(['a']);
    expect(state.changes).to.equal(4);
    selection.toggle('d');
    selection.restore();
    expect(host.selectedUuids).to.deep.equal(['a', 'd']);
  });

  it('checks the picks made before a source switch once the new friends have loaded', () => {
    const { selection, host, held, state, update } = setup();
    // The first source is no switch: nothing is held for a check.
    update('dataSource');
    selection.toggle('a');
    selection.toggle('x');
    selection.settle();
    expect(host.selectedUuids).to.deep.equal(['a', 'x']);
    held.delete('a');
    update('dataSource');
    selection.settle();
    expect(host.selectedUuids).to.deep.equal([]);
    expect(state.changes).to.equal(3);
    // Checked once: later picks are the new source's, whatever a later load holds.
    selection.toggle('b');
    update('dataSource');
    selection.settle();
    expect(host.selectedUuids).to.deep.equal(['b']);
    held.delete('b');
    selection.settle();
    expect(host.selectedUuids).to.deep.equal(['b']);
  });

  it('holds nothing when the first source is set, even over picks the app made before', () => {
    const { selection, host, held, assign, update } = setup();
    assign(['x']);
    held.clear();
    update('dataSource');
    selection.settle();
    expect(host.selectedUuids).to.deep.equal(['x']);
  });

  it('keeps the picks the app assigns with the new source, or after it', () => {
    const { selection, host, held, update, assign } = setup();
    update('dataSource');
    selection.toggle('a');
    held.clear();
    host.selectedUuids = ['a', 'b'];
    update('src');
    selection.settle();
    expect(host.selectedUuids).to.deep.equal(['a', 'b']);
    selection.toggle('c');
    update('dataSource');
    assign(['c']);
    selection.settle();
    expect(host.selectedUuids).to.deep.equal(['c']);
  });

  it('at a confirm, drops the user’s picks the loaded friends no longer hold', () => {
    const { selection, host, held, state, assign } = setup({ mode: 'multiple', max: 3, min: 2 });
    assign(['app']);
    selection.toggle('a');
    selection.toggle('b');
    held.delete('a');
    state.loaded = false;
    expect(selection.prune()).to.equal(true);
    expect(host.selectedUuids).to.deep.equal(['app', 'a', 'b']);
    state.loaded = true;
    expect(selection.prune()).to.equal(true);
    expect(host.selectedUuids).to.deep.equal(['app', 'b']);
    held.delete('b');
    expect(selection.prune()).to.equal(false);
    expect(host.selectedUuids).to.deep.equal(['app']);
    expect(state.changes).to.equal(4);
  });

  it('at a confirm before the new friends have loaded, drops the picks held since the switch', () => {
    const { selection, host, held, state, update } = setup();
    update('dataSource');
    selection.toggle('a');
    held.delete('a');
    update('dataSource');
    state.loaded = false;
    expect(selection.prune()).to.equal(false);
    expect(host.selectedUuids).to.deep.equal([]);
  });
});
