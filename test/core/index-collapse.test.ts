import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { COLLAPSED_LABEL, collapseIndexKeys } from '../../src/core/index-collapse.js';

const hangul = [...'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ'];

describe('collapseIndexKeys', () => {
  it('keeps every key when they fit', () => {
    expect(collapseIndexKeys(hangul, 14).map((slot) => slot.label)).to.deep.equal(hangul);
  });

  it('collapses runs into • around evenly spaced keys, first and last kept', () => {
    const slots = collapseIndexKeys(hangul, 7);
    expect(slots.map((slot) => slot.label)).to.deep.equal(['ㄱ', '•', 'ㅁ', '•', 'ㅊ', '•', 'ㅎ']);
    expect(slots[1]!.keys).to.deep.equal([...'ㄴㄷㄹ']);
  });

  it('keeps its invariants for any keys and room', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 2 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 80 }),
        (keys, room) => {
          const slots = collapseIndexKeys(keys, room);
          expect(slots.length).to.be.at.most(Math.max(room, 3));
          expect(slots.flatMap((slot) => slot.keys)).to.deep.equal(keys);
          for (const slot of slots) {
            expect(slot.keys.length).to.be.greaterThan(0);
            if (slot.label === COLLAPSED_LABEL && slot.keys.length > 1) continue;
            expect(slot.keys).to.deep.equal([slot.label]);
          }
          if (keys.length > 0) {
            expect(slots[0]!.label).to.equal(keys[0]);
            expect(slots[slots.length - 1]!.label).to.equal(keys[keys.length - 1]);
          }
        },
      ),
    );
  });
});
