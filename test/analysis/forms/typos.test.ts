import { describe, expect, it } from 'vitest';
import { typos } from '../../../src/analysis/forms/typos.js';
import { contextOf, scanOf } from './form-fixtures.js';

describe('typos', () => {
  it('corrects a look-alike character where a form noun belongs (data: formsLookalikes)', () => {
    const scan = scanOf('基本設施列管項目經費及預定進度清查畏');
    expect(typos(scan, contextOf())).toEqual([{ stepId: 's', path: ['text'], entry: false, raw: '清查畏', relation: 'typo', forms: [], corrected: '清查表' }]);
    expect(scan.taken.overlaps(15, 18)).toBe(true);
  });

  it('leaves a look-alike that does not end a name', () => {
    expect(typos(scanOf('心存敬畏之意'), contextOf())).toEqual([]);
  });
});
