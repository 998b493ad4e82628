import { describe, expect, it } from 'vitest';
import { commonSuffix, endAgreement, nounClass, nounClassesOf, stripBrackets, tailProbes } from '../../../src/analysis/forms/endings.js';

const classes = nounClassesOf(['表|單|書']);

describe('noun classes (data: formsNounClasses)', () => {
  it('maps each member to its class, single characters only', () => {
    expect(classes.get('單')).toEqual(['表', '單', '書']);
    expect(nounClassesOf(['表|報表', '表']).size).toBe(0);
  });

  it('ends a name with its class’s name', () => {
    expect(nounClass('申請單', classes)).toBe('申請表');
    expect(nounClass('通知書', classes)).toBe('通知表');
    expect(nounClass('申請表', classes)).toBe('申請表');
    expect(nounClass('', classes)).toBe('');
  });
});

describe('endAgreement', () => {
  it('counts shared ending characters, allowing brackets, a noun of the same class and one extra character', () => {
    expect(endAgreement('清查表', '進度清查表', classes)).toBe(3);
    expect(endAgreement('通知單', '處理通知書', classes)).toBe(3);
    expect(endAgreement('通知單表', '通知單', classes)).toBe(3);
    expect(endAgreement('用語(空白表格)', '用語空白表格', classes)).toBe(6);
    expect(endAgreement('申請計畫書', '申請計畫總表', classes)).toBe(1);
  });

  it('knows no class without its data', () => {
    expect(endAgreement('通知單', '處理通知書', new Map())).toBe(0);
  });
});

describe('tailProbes', () => {
  it('lists the pairs of characters a near miss must contain, with every noun of the class', () => {
    expect(tailProbes('進度清查表', classes)).toEqual(['查表', '清查', '查單', '查書']);
    expect(tailProbes('表格', classes)).toEqual([]);
  });
});

describe('small helpers', () => {
  it('strips brackets and counts a common ending', () => {
    expect(stripBrackets('申請單(上聯)【附件】')).toBe('申請單上聯附件');
    expect(commonSuffix('表揚事蹟表', '表揚事績表')).toBe(1);
  });
});
