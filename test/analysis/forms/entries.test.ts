import { describe, expect, it } from 'vitest';
import { entryMention } from '../../../src/analysis/forms/entries.js';
import { contextOf } from './form-fixtures.js';

const context = contextOf('嘉義市政府人民陳情案件紀錄表', '受理登記表（第一聯）', '公文處理成績比較表', '公文處理成效比較表');
const relationOf = (entry: string) => {
  const m = entryMention('a', entry, 0, context);
  return [m.relation, m.forms, m.cost];
};

describe('entryMention', () => {
  it('reads a step’s forms entry at its path', () => {
    expect(entryMention('a', '嘉義市政府人民陳情案件紀錄表', 2, context)).toEqual({
      stepId: 'a',
      path: ['forms', 2],
      entry: true,
      raw: '嘉義市政府人民陳情案件紀錄表',
      relation: 'exact',
      forms: [0],
    });
  });

  it('relates an entry to the listed name it spells differently', () => {
    expect(relationOf('人民陳情案件紀錄表')).toEqual(['prefix', [0], undefined]);
    expect(relationOf('受理登記表(第一聯)')).toEqual(['format', [1], undefined]);
    expect(relationOf('嘉義市政府人民陳情案件記錄表')).toEqual(['format', [0], undefined]);
  });

  it('relates an entry to the nearest listed names, ambiguous when two are as near', () => {
    expect(relationOf('人民陳情案件登記表')).toEqual(['near', [0], 2]);
    expect(relationOf('公文處理成果比較表')).toEqual(['near', [2, 3], 1]);
  });

  it('takes a shorter name for a short one, and anything else for unlisted', () => {
    expect(relationOf('陳情紀錄表')).toEqual(['short', [0], undefined]);
    expect(entryMention('a', '出差旅費報告表', 0, context)).toMatchObject({ relation: 'unlisted', forms: [], key: '出差旅費報告表', strength: 0 });
  });
});
