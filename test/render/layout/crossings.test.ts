import { describe, expect, it } from 'vitest';
import { countBends, countCrossings, countFourWayJoins, countInversions, crossingPairs } from '../../../src/render/layout/crossings.js';
import type { Point } from '../../../src/render/scene.js';

const line = (...xy: [number, number][]): Point[] => xy.map(([x, y]) => ({ x, y }));

describe('countCrossings', () => {
  it('counts lines that cross, once per pair of crossing segments', () => {
    expect(countCrossings([line([0, 50], [100, 50]), line([50, 0], [50, 100])])).toBe(1);
    // A line crossing another twice.
    expect(countCrossings([line([0, 50], [100, 50]), line([20, 0], [20, 100], [80, 100], [80, 0])])).toBe(2);
    expect(crossingPairs([line([0, 0], [10, 0]), line([0, 50], [100, 50]), line([50, 0], [50, 100])])).toEqual([[1, 2]]);
  });

  it('does not count lines that touch or share a run', () => {
    // A branch joining a trunk (a T), two edges sharing their first run, lines meeting at their ends.
    expect(countCrossings([line([50, 0], [50, 100]), line([0, 50], [50, 50])])).toBe(0);
    expect(countCrossings([line([0, 0], [0, 20], [40, 20]), line([0, 0], [0, 20], [-40, 20])])).toBe(0);
    expect(countCrossings([line([0, 0], [10, 10]), line([10, 10], [20, 0])])).toBe(0);
    expect(countCrossings([line([0, 0], [100, 0]), line([0, 10], [100, 10])])).toBe(0);
  });
});

describe('countBends', () => {
  it('counts turns, not straight runs or sub-point wobbles', () => {
    expect(countBends(line([0, 0], [0, 10], [0, 20]))).toBe(0);
    expect(countBends(line([0, 0], [0, 10], [20, 10], [20, 30]))).toBe(2);
    expect(countBends(line([0, 0], [0, 10], [0.2, 10], [0.2, 30]))).toBe(0);
  });
});

describe('countFourWayJoins', () => {
  it('finds branches joining a trunk from both sides where another runs through', () => {
    const trunk = line([50, 0], [50, 100]);
    expect(countFourWayJoins([trunk, line([0, 40], [50, 40], [50, 100]), line([100, 40], [50, 40], [50, 100])])).toBe(1);
    // The same branches meeting the trunk at two heights: two T's.
    expect(countFourWayJoins([trunk, line([0, 40], [50, 40], [50, 100]), line([100, 44], [50, 44], [50, 100])])).toBe(0);
  });
});

describe('countInversions', () => {
  it('counts steps side by side numbered right to left', () => {
    const box = (number: number, x: number, y = 0, height = 20) => ({ number, x, y, height });
    expect(countInversions([box(22, 0), box(23, 50), box(24, 100)])).toBe(0);
    expect(countInversions([box(24, 0), box(22, 50), box(23, 100)])).toBe(2);
    // One above the other is no pair, whatever the numbers.
    expect(countInversions([box(5, 0, 0), box(4, 50, 100)])).toBe(0);
  });
});
