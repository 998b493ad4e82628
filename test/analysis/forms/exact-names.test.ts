import { describe, expect, it } from 'vitest';
import { exactMentions } from '../../../src/analysis/forms/exact-names.js';
import { contextOf, scanOf } from './form-fixtures.js';

describe('exactMentions', () => {
  it('finds every occurrence of a listed name, and takes its span', () => {
    const context = contextOf('申請表');
    const scan = scanOf('填寫申請表，申請表影本歸檔');
    const mentions = exactMentions(scan, context.forms[0]!, context.forms[0]!.key, 'exact', context);
    expect(mentions.map((m) => [m.raw, m.relation, m.forms])).toEqual([
      ['申請表', 'exact', [0]],
      ['申請表', 'exact', [0]],
    ]);
    expect(scan.taken.overlaps(2, 5)).toBe(true);
    expect(exactMentions(scan, context.forms[0]!, context.forms[0]!.key, 'exact', context)).toEqual([]);
  });

  it('calls another way of writing it a format difference, but not another letter case', () => {
    const context = contextOf('嘉義市政府人民陳情案件紀錄表', 'Leave Request Form');
    const [records, leave] = context.forms;
    const scan = scanOf('人民陳情案件記錄表');
    expect(exactMentions(scan, records!, records!.bare, 'prefix', context).map((m) => [m.raw, m.relation])).toEqual([['人民陳情案件記錄表', 'format']]);
    const english = scanOf('fill in the leave request form');
    expect(exactMentions(english, leave!, leave!.key, 'exact', context).map((m) => [m.raw, m.relation])).toEqual([['leave request form', 'exact']]);
  });

  it('reads a qualifier before a short generic name as a question of which document', () => {
    const context = contextOf('合約書');
    const mentions = exactMentions(scanOf('建置合約書'), context.forms[0]!, '合約書', 'exact', context);
    expect(mentions.map((m) => [m.raw, m.relation])).toEqual([['建置合約書', 'qualified']]);
    // After a cut word or determiner there is no qualifier: 填寫|合約書, 各|合約書.
    expect(exactMentions(scanOf('填寫合約書'), context.forms[0]!, '合約書', 'exact', context).map((m) => m.relation)).toEqual(['exact']);
  });
});
