import { describe, expect, it } from 'vitest';
import { nearMisses } from '../../../src/analysis/forms/near-misses.js';
import { nounHits } from '../../../src/analysis/forms/nouns.js';
import type { FieldScan } from '../../../src/analysis/forms/types.js';
import { contextOf, lists, scanOf } from './form-fixtures.js';

const nounEnds = (scan: FieldScan) => new Set(nounHits(scan.text, lists).map((h) => h.index + h.word.length));

describe('nearMisses', () => {
  it('finds a listed name a few characters off that ends like it', () => {
    const context = contextOf('決議案執行情形統計表', '決議案執行情形表', '決議案執行進度清查表');
    const scan = scanOf('議會決議案執行情形清查表');
    expect(nearMisses(scan, nounEnds(scan), context)).toEqual([
      { stepId: 's', path: ['text'], entry: false, raw: '決議案執行情形清查表', relation: 'near', cost: 2, forms: [2] },
    ]);
    expect(scan.taken.overlaps(2, 12)).toBe(true);
  });

  it('gives every listed form as near as the best as an alternative (ambiguous)', () => {
    const context = contextOf('公文處理成績比較表', '公文處理成效比較表');
    const scan = scanOf('公文處理成果比較表');
    expect(nearMisses(scan, nounEnds(scan), context).map((m) => [m.raw, m.cost, m.forms])).toEqual([['公文處理成果比較表', 1, [0, 1]]]);
  });

  it('finds no near miss in another document that only shares words', () => {
    const context = contextOf('申請計畫總表');
    const scan = scanOf('於期限內函送本府申請計畫書');
    expect(nearMisses(scan, nounEnds(scan), context)).toEqual([]);
  });

  it('reads a whole label without its noun as a near miss only when it is very close', () => {
    const context = contextOf('決議案執行情形表');
    const scan = scanOf('議會決議案執行情形');
    expect(nearMisses(scan, nounEnds(scan), context).map((m) => m.raw)).toEqual(['決議案執行情形']);
  });
});
