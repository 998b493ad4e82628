import { describe, expect, it } from 'vitest';
import { analyzeForms, fieldMentions, formAnalysis, prepareField } from '../../../src/analysis/forms/form-analysis.js';
import { AnalysisMemo } from '../../../src/analysis/memo.js';
import { loadSopText } from '../../../src/loader/load-sop.js';
import type { Sop } from '../../../src/model/types.js';
import { builtInWords } from '../../../src/words/load-words.js';
import { sopWith } from '../../helpers/rule-tester.js';
import { contextOf, fieldOf, lists } from './form-fixtures.js';

function load(steps: string, top: Record<string, string>): Sop {
  const file = loadSopText(sopWith(steps, top), '/virtual/case.sop.yaml', 'case.sop.yaml', { cwd: '/virtual', hoursPerDay: 8 });
  if (!file.sop) throw new Error(JSON.stringify(file.problems));
  return file.sop;
}

describe('prepareField', () => {
  it('blanks note marks, folds, and finds where the content ends', () => {
    const scan = prepareField(fieldOf(' 填寫申請表（註1）。'), lists);
    expect(scan.raw).toBe(' 填寫申請表    。');
    expect(scan.text).toBe(' 填寫申請表    。');
    expect([scan.contentStart, scan.contentEnd]).toEqual([1, 6]);
  });
});

describe('fieldMentions', () => {
  it('reads a label in passes, each skipping what an earlier one took', () => {
    const context = contextOf('執行情形評審表', '評審表', '基本設施補助計畫預定進度及經費分配表');
    const mentions = fieldMentions(fieldOf('填寫執行情形評審表及進度清查畏、「會議紀錄表」'), context);
    expect(mentions.map((m) => [m.raw, m.relation])).toEqual([
      ['執行情形評審表', 'exact'],
      ['清查畏', 'typo'],
      ['會議紀錄表', 'unlisted'],
    ]);
  });
});

describe('analyzeForms', () => {
  const sop = load(
    `  - {id: a, kind: start, text: 民眾填寫陳情書}
  - {id: b, text: 填寫人民陳情案件紀錄表, forms: [陳情紀錄表]}
  - {id: c, text: 承辦人撰寫年度工作報告}
  - {id: d, kind: end, text: 結案}`,
    { forms: '[嘉義市政府人民陳情案件紀錄表, 滿意度調查表]', guidance: '[各單位將「滿意度調查表」彙整, {text: 依人民陳情案件紀錄表辦理}]' },
  );
  const analysis = analyzeForms(sop, lists);

  it('relates every mention in steps and guidance to the listed forms', () => {
    expect(analysis.mentions.map((m) => [m.stepId ?? '-', m.path, m.raw, m.relation, m.forms])).toEqual([
      ['b', ['forms', 0], '陳情紀錄表', 'short', [0]],
      ['b', ['text'], '人民陳情案件紀錄表', 'prefix', [0]],
      ['c', ['text'], '年度工作報告', 'unlisted', []],
      ['-', ['guidance', 0], '滿意度調查表', 'exact', [1]],
      ['-', ['guidance', 1, 'text'], '人民陳情案件紀錄表', 'prefix', [0]],
    ]);
  });

  it('counts as used only what a step names', () => {
    expect([...analysis.used]).toEqual([0]);
  });

  it('is one analysis per SOP, from the lists of its config', () => {
    const analyses = new AnalysisMemo('sop', { sop, words: builtInWords(), terms: [] }, (scope) => (scope === 'lists' ? new AnalysisMemo('lists', { words: builtInWords(), terms: [] }) : undefined));
    const first = analyses.get(formAnalysis);
    expect(analyses.get(formAnalysis)).toBe(first);
    expect(first.mentions).toEqual(analysis.mentions);
  });
});

describe('templates', () => {
  it('reads a template’s document as the template in use, or as a second document when the chart draws the template too', () => {
    const once = load(`  - {id: a, text: 撰擬申請補助計畫書}`, { forms: '[申請補助計畫書格式]' });
    expect(analyzeForms(once, lists).mentions.map((m) => [m.raw, m.relation])).toEqual([['申請補助計畫書', 'template']]);
    const both = load(
      `  - {id: a, text: 下載申請補助計畫書格式}
  - {id: b, text: 撰擬申請補助計畫書}`,
      { forms: '[申請補助計畫書格式]' },
    );
    expect(analyzeForms(both, lists).mentions.map((m) => [m.raw, m.relation, m.template])).toEqual([
      ['申請補助計畫書格式', 'exact', undefined],
      ['申請補助計畫書', 'unlisted', 0],
    ]);
  });
});
