import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  heightOf,
  indexAt,
  offsetOf,
  scrollTopFor,
  totalHeightOf,
  visibleRange,
  type ListGeometry,
} from '../../src/list/geometry.js';

// Rows 0 and 4 are section headers (28 px); the others are rows (40 px).
//   row:    0   1   2    3    4    5    6
//   top:    0  28  68  108  148  176  216   (total 256)
const geometry: ListGeometry = { rowCount: 7, rowHeight: 40, headerHeight: 28, headers: [0, 4] };
const tops = [0, 28, 68, 108, 148, 176, 216];

describe('list geometry', () => {
  it('places rows below the headers before them', () => {
    expect(tops.map((_, i) => offsetOf(geometry, i))).to.deep.equal(tops);
    expect(tops.map((_, i) => heightOf(geometry, i))).to.deep.equal([28, 40, 40, 40, 28, 40, 40]);
    expect(totalHeightOf(geometry)).to.equal(256);
    expect(totalHeightOf({ ...geometry, rowCount: 0, headers: [] })).to.equal(0);
  });

  it('finds the row at an offset, headers included, clamped to the rows there are', () => {
    const at = (offset: number) => indexAt(geometry, offset);
    expect([0, 27, 28, 67, 68, 147, 148, 175, 176, 255].map(at)).to.deep.equal([
      0, 0, 1, 1, 2, 3, 4, 4, 5, 6,
    ]);
    expect(at(-10)).to.equal(0);
    expect(at(10_000)).to.equal(6);
    expect(at(27.5)).to.equal(0);
    expect(indexAt({ ...geometry, rowCount: 0, headers: [] }, 0)).to.equal(-1);
    // No headers: plain division.
    expect(indexAt({ rowCount: 100, rowHeight: 10, headerHeight: 30, headers: [] }, 555)).to.equal(
      55,
    );
    // Two headers in a row, and a header last.
    const stacked = { rowCount: 4, rowHeight: 10, headerHeight: 5, headers: [0, 1, 3] };
    expect([0, 4, 5, 9, 10, 19, 20, 24, 99].map((o) => indexAt(stacked, o))).to.deep.equal([
      0, 0, 1, 1, 2, 2, 3, 3, 3,
    ]);
  });

  it('gives the rows a viewport shows, with overscan, within the list', () => {
    expect(visibleRange(geometry, 0, 100, 0)).to.deep.equal([0, 3]);
    expect(visibleRange(geometry, 68, 80, 0)).to.deep.equal([2, 4]);
    expect(visibleRange(geometry, 68, 81, 0)).to.deep.equal([2, 5]);
    expect(visibleRange(geometry, 68, 80, 1)).to.deep.equal([1, 5]);
    expect(visibleRange(geometry, 0, 1000, 3)).to.deep.equal([0, 7]);
    expect(visibleRange(geometry, 200, 1000, 10)).to.deep.equal([0, 7]);
    // Overscrolled (rubber-banding) above the top: only [-50, 50) shows.
    expect(visibleRange(geometry, -50, 100, 0)).to.deep.equal([0, 2]);
    expect(visibleRange({ ...geometry, rowCount: 0, headers: [] }, 0, 100, 2)).to.deep.equal([
      0, 0,
    ]);
  });

  it('scrolls a row to the top, below the sticky header, or as little as needed', () => {
    // Row 5 to the top: its top (176) right below a 28 px sticky header.
    expect(scrollTopFor(geometry, 5, 'start', 0, 100, 28)).to.equal(148);
    // Row 1 cannot go lower than the top of the list.
    expect(scrollTopFor(geometry, 1, 'start', 100, 100, 28)).to.equal(0);
    // Row 6 cannot go higher than the end of the list allows (256 - 100).
    expect(scrollTopFor(geometry, 6, 'start', 0, 100, 28)).to.equal(156);
    // Already in view: unchanged.
    expect(scrollTopFor(geometry, 2, 'nearest', 30, 100, 28)).to.equal(30);
    // Below the viewport: its bottom (148) at the viewport's bottom.
    expect(scrollTopFor(geometry, 3, 'nearest', 0, 100, 28)).to.equal(48);
    // Above, or hidden under the sticky header: its top right below the header.
    expect(scrollTopFor(geometry, 2, 'nearest', 60, 100, 28)).to.equal(40);
    expect(scrollTopFor(geometry, 1, 'nearest', 100, 100, 0)).to.equal(28);
  });
});

/** A random list: rows of one height, headers of another, at random places. */
const geometryArb = fc
  .record({
    rowCount: fc.integer({ min: 0, max: 120 }),
    rowHeight: fc.integer({ min: 1, max: 80 }),
    headerHeight: fc.integer({ min: 1, max: 80 }),
    headerSeeds: fc.uniqueArray(fc.nat(119), { maxLength: 8 }),
  })
  .map(({ rowCount, rowHeight, headerHeight, headerSeeds }): ListGeometry => ({
    rowCount,
    rowHeight,
    headerHeight,
    headers: headerSeeds.filter((at) => at < rowCount).sort((a, b) => a - b),
  }));

const nonEmptyGeometryArb = geometryArb.filter((g) => g.rowCount > 0);

describe('list geometry (properties)', () => {
  it('finds every row at its own offset, and its rows tile the list', () => {
    fc.assert(
      fc.property(geometryArb, (g) => {
        let top = 0;
        for (let i = 0; i < g.rowCount; i++) {
          expect(offsetOf(g, i), `top of ${i}`).to.equal(top);
          expect(indexAt(g, offsetOf(g, i)), `row at top of ${i}`).to.equal(i);
          const height = heightOf(g, i);
          expect(height).to.equal(g.headers.includes(i) ? g.headerHeight : g.rowHeight);
          expect(indexAt(g, top + height - 0.5), `row at bottom of ${i}`).to.equal(i);
          top += height;
        }
        expect(totalHeightOf(g)).to.equal(top);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a range that covers the viewport, and no more than the overscan beyond it', () => {
    fc.assert(
      fc.property(
        nonEmptyGeometryArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 0, max: 5 }),
        (g, at, viewport, overscan) => {
          const total = totalHeightOf(g);
          const scrollTop = Math.floor(at * Math.max(0, total - 1));
          const [first, end] = visibleRange(g, scrollTop, viewport, overscan);
          expect(first).to.be.at.least(0);
          expect(end).to.be.at.most(g.rowCount);
          const shown: number[] = [];
          for (let i = 0; i < g.rowCount; i++) {
            const top = offsetOf(g, i);
            if (top < scrollTop + viewport && top + heightOf(g, i) > scrollTop) shown.push(i);
          }
          expect(shown.length).to.be.above(0);
          const firstShown = shown[0]!;
          const lastShown = shown[shown.length - 1]!;
          expect(first, 'first').to.equal(Math.max(0, firstShown - overscan));
          expect(end, 'end').to.equal(Math.min(g.rowCount, lastShown + 1 + overscan));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("scrolls a row right below the sticky header with 'start' when the list allows", () => {
    fc.assert(
      fc.property(
        nonEmptyGeometryArb,
        fc.nat(),
        fc.nat(5000),
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 0, max: 60 }),
        (g, seed, scrollTop, viewport, sticky) => {
          const index = seed % g.rowCount;
          const max = Math.max(0, totalHeightOf(g) - viewport);
          const wanted = offsetOf(g, index) - sticky;
          const next = scrollTopFor(g, index, 'start', scrollTop, viewport, sticky);
          expect(next).to.equal(Math.min(Math.max(0, wanted), max));
          if (wanted >= 0 && wanted <= max) expect(next + sticky).to.equal(offsetOf(g, index));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("scrolls as little as needed with 'nearest' to show the whole row", () => {
    fc.assert(
      fc.property(
        nonEmptyGeometryArb,
        fc.nat(),
        fc.nat(5000),
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 0, max: 60 }),
        (g, seed, rawScrollTop, viewport, sticky) => {
          const index = seed % g.rowCount;
          const max = Math.max(0, totalHeightOf(g) - viewport);
          const scrollTop = Math.min(rawScrollTop, max);
          const top = offsetOf(g, index);
          const bottom = top + heightOf(g, index);
          const next = scrollTopFor(g, index, 'nearest', scrollTop, viewport, sticky);
          expect(next).to.be.within(0, max);
          const inView = top >= scrollTop + sticky && bottom <= scrollTop + viewport;
          if (inView) expect(next).to.equal(scrollTop);
          // A row that fits below the sticky header ends up fully in view, unless the list ends.
          if (bottom - top <= viewport - sticky && next > 0 && next < max) {
            expect(top).to.be.at.least(next + sticky);
            expect(bottom).to.be.at.most(next + viewport);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
