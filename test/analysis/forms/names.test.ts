import { describe, expect, it } from 'vitest';
import { displayName, nameKey } from '../../../src/analysis/forms/names.js';
import { lists } from './form-fixtures.js';

describe('displayName', () => {
  it('drops the item number, URL, note mark and trailing punctuation', () => {
    expect(displayName('一、嘉義市政府創意提案表。', lists)).toBe('嘉義市政府創意提案表');
    expect(displayName('(2) 申請表（註1）', lists)).toBe('申請表');
    expect(displayName('3. 報名表 (https://example.org/form.pdf)', lists)).toBe('報名表');
  });

  it('takes no item number off without its data (numeralItemNumbers)', () => {
    expect(displayName('一、申請表', { itemNumbers: [], spellings: [] })).toBe('一、申請表');
  });
});

describe('nameKey', () => {
  it('folds, and drops quotes and the spaces next to CJK', () => {
    expect(nameKey('「人民陳情案件 記錄表」', lists)).toBe('人民陳情案件紀錄表');
    expect(nameKey('Leave  Request Form', lists)).toBe('leave request form');
    expect(nameKey('受理登記表（第一聯）', lists)).toBe('受理登記表(第一聯)');
  });
});
