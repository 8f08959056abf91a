import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateSelectOptions } from '../../src/core/select-options.js';
import type { FriendDataSource } from '../../src/types.js';

const dataSource: FriendDataSource = {
  getFriends: async () => ({ elements: [], totalCount: 0 }),
};

function problems(raw: unknown, mode: 'single' | 'multiple' = 'multiple'): string[] {
  const result = validateSelectOptions(raw, mode);
  return result.ok ? [] : result.problems;
}

describe('validateSelectOptions', () => {
  it("applies Kakao's defaults and a popup view", () => {
    const result = validateSelectOptions({ dataSource }, 'multiple');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.settings).to.deep.include({
      selectionMode: 'multiple',
      viewType: 'popup',
      heading: undefined,
      theme: 'auto',
      orientation: 'auto',
      enableSearch: true,
      enableIndex: true,
      showMyProfile: true,
      showFavorite: true,
      showPickedFriend: true,
      maxPickableCount: 30,
      minPickableCount: 1,
      dataSource,
    });
  });

  it('maps every option, accepting upper-case enum values', () => {
    const signal = new AbortController().signal;
    const result = validateSelectOptions(
      {
        title: '받는 사람',
        enableSearch: false,
        showMyProfile: false,
        showFavorite: false,
        showPickedFriend: false,
        maxPickableCount: 10,
        minPickableCount: 10,
        viewAppearance: 'LIGHT',
        orientation: 'PORTRAIT',
        enableIndex: false,
        viewType: 'full',
        src: '/friends.json',
        signal,
      },
      'multiple',
    );
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.settings).to.deep.equal({
      selectionMode: 'multiple',
      viewType: 'full',
      heading: '받는 사람',
      theme: 'light',
      orientation: 'portrait',
      enableSearch: false,
      enableIndex: false,
      showMyProfile: false,
      showFavorite: false,
      showPickedFriend: false,
      maxPickableCount: 10,
      minPickableCount: 10,
      dataSource: undefined,
      src: '/friends.json',
      signal,
    });
  });

  it('treats options set to undefined as absent', () => {
    expect(problems({ dataSource, title: undefined, maxPickableCount: undefined })).to.deep.equal(
      [],
    );
  });

  for (const [raw, name] of [
    [{ maxPickableCount: 0 }, 'maxPickableCount'],
    [{ maxPickableCount: 101 }, 'maxPickableCount'],
    [{ maxPickableCount: Number.NaN }, 'maxPickableCount'],
    [{ minPickableCount: 0 }, 'minPickableCount'],
    [{ minPickableCount: 5, maxPickableCount: 2 }, 'minPickableCount'],
    [{ minPickableCount: 31 }, 'minPickableCount'],
    [{ showPickedFriend: 1 }, 'showPickedFriend'],
    [{ viewAppearance: 'Dark' }, 'viewAppearance'],
    [{ viewType: 'inline' }, 'viewType'],
    [{ src: '' }, 'src'],
    [{ signal: {} }, 'signal'],
    [{ colour: 'red' }, 'colour'],
  ] as const) {
    it(`reports ${JSON.stringify(raw)}, naming ${name}`, () => {
      const found = problems({ dataSource, ...raw });
      expect(found).to.have.length(1);
      expect(found[0]).to.contain(name);
    });
  }

  it('requires dataSource or src', () => {
    expect(problems({})[0]).to.contain('dataSource');
  });

  it('reports every problem at once', () => {
    expect(problems({ maxPickableCount: 0, title: 1, nope: true })).to.have.length(4);
  });

  it('rejects the multiple-selection options for selectFriend', () => {
    for (const name of ['maxPickableCount', 'minPickableCount', 'showPickedFriend']) {
      const found = problems({ dataSource, [name]: 1 }, 'single');
      expect(found[0]).to.contain(name).and.to.contain('selectFriend');
    }
  });

  it('reports a non-object argument', () => {
    for (const raw of [undefined, null, 'x', 3, []]) expect(problems(raw)).to.have.length(1);
  });

  it('never throws, and valid settings always hold 1 ≤ min ≤ max ≤ 100', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            maxPickableCount: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double(), fc.string()),
            minPickableCount: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.anything()),
            title: fc.anything(),
            viewAppearance: fc.oneof(fc.constantFrom('light', 'DARK', 'auto'), fc.string()),
          },
          { requiredKeys: [] },
        ),
        (raw) => {
          const result = validateSelectOptions({ dataSource, ...raw }, 'multiple');
          if (!result.ok) return result.problems.length > 0;
          const { minPickableCount: min, maxPickableCount: max } = result.settings;
          return (
            Number.isInteger(min) && Number.isInteger(max) && min >= 1 && min <= max && max <= 100
          );
        },
      ),
    );
  });
});
