import { describe, expect, it } from 'vitest';
import { Spans } from '../../../src/analysis/forms/spans.js';

describe('Spans', () => {
  it('tells whether a span overlaps one already taken (ends exclusive)', () => {
    const taken = new Spans();
    expect(taken.overlaps(0, 5)).toBe(false);
    taken.add(2, 5);
    expect(taken.overlaps(4, 8)).toBe(true);
    expect(taken.overlaps(5, 8)).toBe(false);
    expect(taken.overlaps(0, 2)).toBe(false);
    expect(taken.overlaps(0, 10)).toBe(true);
  });
});
