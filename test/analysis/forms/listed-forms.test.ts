import { describe, expect, it } from 'vitest';
import { buildFormLists } from '../../../src/analysis/forms/form-lists.js';
import { listForm, stripPrefix } from '../../../src/analysis/forms/listed-forms.js';
import { builtInWords } from '../../../src/words/load-words.js';
import { lists } from './form-fixtures.js';

describe('listForm', () => {
  it('prepares a listed name: display, key, the key without the city prefix', () => {
    const form = listForm('一、嘉義市政府人民陳情案件記錄表。', 0, 'F1', lists);
    expect(form).toMatchObject({
      index: 0,
      id: 'F1',
      display: '嘉義市政府人民陳情案件記錄表',
      bareDisplay: '人民陳情案件記錄表',
      key: '嘉義市政府人民陳情案件紀錄表',
      bare: '人民陳情案件紀錄表',
      variants: ['人民陳情案件紀錄表'],
      baseKey: undefined,
    });
    expect(form.variantTails[0]).toContain('錄表');
    expect(form.variantGrams[0]).toContain('陳情');
  });

  it('knows the document a template is for', () => {
    expect(listForm('申請補助計畫書格式', 0, undefined, lists).baseKey).toBe('申請補助計畫書');
    expect(listForm('主管常用決行用語(空白表格)', 1, undefined, lists).baseKey).toBe('主管常用決行用語');
  });

  it('spells a name in each equivalent way (formsEquivalents, config terms), at most four', () => {
    const withTerms = buildFormLists(builtInWords(), [['申請', '申辦', '請領', '聲請', '呈請']]);
    expect(listForm('ISMS申請表', 0, undefined, withTerms).variants).toEqual(['isms申請表', '資訊安全管理制度申請表', 'isms申辦表', 'isms請領表']);
  });
});

describe('stripPrefix', () => {
  it('takes the city prefix off, unless it is the whole name', () => {
    expect(stripPrefix('嘉義市政府創意提案表', lists)).toBe('創意提案表');
    expect(stripPrefix('本府', lists)).toBe('本府');
    expect(stripPrefix('創意提案表', lists)).toBe('創意提案表');
  });
});
