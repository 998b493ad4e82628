import { describe, expect, it } from 'vitest';
import { analyzeForms } from '../../../src/analysis/forms/form-analysis.js';
import { loadSopText } from '../../../src/loader/load-sop.js';
import type { Sop } from '../../../src/model/types.js';
import { sopWith } from '../../helpers/rule-tester.js';
import { lists } from './form-fixtures.js';

function load(steps: string, top: Record<string, string>): Sop {
  const file = loadSopText(sopWith(steps, top), '/virtual/case.sop.yaml', 'case.sop.yaml', { cwd: '/virtual', hoursPerDay: 8 });
  if (!file.sop) throw new Error(JSON.stringify(file.problems));
  return file.sop;
}

const relations = (sop: Sop) => analyzeForms(sop, lists).mentions.map((m) => [m.stepId ?? '-', m.raw, m.relation, m.forms]);

describe('relateNames (after the whole SOP is read)', () => {
  it('pairs an unlisted document with the one unnamed listed form it reads as; a 報表 stays unlisted', () => {
    const sop = load(
      `  - {id: a, kind: document, text: 年度經費分配明細表}
  - {id: b, text: 按月提送落後案件彙整報表}`,
      { forms: '[基本設施補助計畫預定進度及經費分配表, 基本設施管考系統查核點填寫方式彙整表]' },
    );
    expect(relations(sop)).toEqual([
      ['a', '年度經費分配明細表', 'paired', [0]],
      ['b', '落後案件彙整報表', 'unlisted', []],
    ]);
    expect([...analyzeForms(sop, lists).used]).toEqual([0]);
  });

  it('the other mentions of a paired document are aliases (one finding)', () => {
    const sop = load(
      `  - {id: a, text: 填寫辦理情形追蹤表}
  - {id: b, kind: document, text: 辦理情形追蹤表}`,
      { forms: '[嘉義市政府人民陳情案件後續（逾期）追蹤表]' },
    );
    expect(relations(sop).map((r) => r[2])).toEqual(['paired', 'alias']);
  });

  it('makes an alias of a name whose words another name of one form has, with the same noun', () => {
    const sop = load(`  - {id: a, kind: document, text: 作業計畫管制表}`, {
      forms: '[年度計畫預算及進度執行情形管制表]',
      guidance: '[各單位填列「作業計畫表」。]',
    });
    expect(relations(sop)).toEqual([
      ['a', '作業計畫管制表', 'near', [0]],
      ['-', '作業計畫表', 'alias', [0]],
    ]);
  });

  it('reads a tail of the listed name after the full name, and the act beside its form, as references back', () => {
    const sop = load(
      `  - {id: a, kind: document, text: 嘉義市政府首長會見民眾登記處理表}
  - {id: b, text: 登記處理表影本送回民眾}
  - {id: c, text: 文件制訂/修訂/廢止申請}
  - {id: d, kind: document, text: 文件制訂/修訂/廢止申請單}`,
      { forms: '[嘉義市政府首長會見民眾登記處理表, 嘉義市政府文件制訂/修訂/廢止申請單]' },
    );
    expect(relations(sop).filter((r) => r[2] === 'alias').map((r) => r[0])).toEqual(['b', 'c']);
  });
});
