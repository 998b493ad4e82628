import { describe, expect, it } from 'vitest';
import { chooseBreaks, type BreakInput } from '../../../src/render/handbook/chart-breaks.js';

/** n rows of the given height, every cut through one line (one connector pair) unless told otherwise. */
function input(heights: number[], connectors: Record<number, number> = {}, page = 450): BreakInput {
  return {
    rows: heights.map((height) => ({ height })),
    cuts: heights.slice(0, -1).map((_, j) => ({ connectors: connectors[j] ?? 1, band: true })),
    header: 20,
    band: 22,
    first: page,
    capacity: page,
  };
}

describe('chooseBreaks', () => {
  it('fills as few pages as it can', () => {
    expect(chooseBreaks(input([60, 60, 60, 60, 60, 60, 60, 60]))).toEqual([5, 7]);
    expect(chooseBreaks(input([]))).toEqual([]);
  });

  it('breaks above a fan-out or a merge rather than through its lines, when that costs no page', () => {
    // Below row 5 four lines fan out (four connector pairs); the row above cuts one line.
    const breaks = chooseBreaks(input([60, 60, 60, 60, 60, 60, 60, 60], { 5: 4 }));
    expect(breaks).toEqual([4, 7]);
    // Where breaking earlier would take another page, the page count wins.
    expect(chooseBreaks(input([60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60], { 5: 4 }))).toHaveLength(2);
  });

  it('counts the page the text after the chart would spill onto', () => {
    // Breaking above the fan-out leaves three rows on the last page; with 250 pt of text after
    // them that spills onto a third page, so the break through the fan-out wins.
    const rows = [60, 60, 60, 60, 60, 60, 60, 60];
    expect(chooseBreaks({ ...input(rows, { 5: 4 }), after: 200 })).toEqual([4, 7]);
    expect(chooseBreaks({ ...input(rows, { 5: 4 }), after: 250 })).toEqual([5, 7]);
  });

  it('gives a row taller than a page a page of its own', () => {
    expect(chooseBreaks(input([60, 900, 60]))).toEqual([0, 1, 2]);
  });

  it('starts a page where it is told to (keeping a thin page company)', () => {
    expect(chooseBreaks({ ...input([60, 60, 60, 60, 60, 60, 60, 60]), forced: new Set([4]) })).toEqual([3, 7]);
  });
});
