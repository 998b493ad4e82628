import { describe, expect, it } from 'vitest';
import { alignEnds, alignWithin } from '../../../src/analysis/text/alignment.js';

describe('alignEnds', () => {
  it('gives, for every end of the text, the fewest edits and where that substring starts', () => {
    const { cost, start } = alignEnds('清查表', '填寫清查畏後送出');
    // 清查畏 ends at 5: one substitution, starting at 2.
    expect(cost[5]).toBe(1);
    expect(start[5]).toBe(2);
    // Before any character of the text the whole pattern is missing.
    expect(cost[0]).toBe(3);
    expect(Math.min(...cost)).toBe(1);
    expect(cost.length).toBe('填寫清查畏後送出'.length + 1);
  });

  it('finds an exact occurrence at no cost, however often it is asked (no shared buffers)', () => {
    const first = alignEnds('申請表', '填寫申請表');
    const second = alignEnds('紀錄', '會議紀錄表');
    expect([first.cost[5], first.start[5]]).toEqual([0, 2]);
    expect([second.cost[4], second.start[4]]).toEqual([0, 2]);
    // The first result is still what it was.
    expect([first.cost[5], first.start[5]]).toEqual([0, 2]);
  });

  it('counts an inserted or a missing character as one edit', () => {
    expect(alignEnds('申請表', '申請總表').cost[4]).toBe(1);
    expect(alignEnds('申請總表', '申請表').cost[3]).toBe(1);
  });
});

describe('alignWithin', () => {
  it('is the fewest edits that turn the pattern into some part of the text', () => {
    expect(alignWithin('年度施政績效報告', '首長核定年度施政績效報告')).toBe(0);
    expect(alignWithin('年度施政績效報告', '首長核定年度施政成效報告')).toBe(1);
    expect(alignWithin('申請表', '')).toBe(3);
  });
});
