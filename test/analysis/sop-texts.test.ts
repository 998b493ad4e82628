import { describe, expect, it } from 'vitest';
import { AnalysisMemo } from '../../src/analysis/memo.js';
import { sopTextList } from '../../src/analysis/sop-texts.js';
import { loadSopText } from '../../src/loader/load-sop.js';
import { wordListsWith } from '../helpers/word-lists.js';

const YAML = `sop: 1
id: texts
title: 測試流程
unit: 企劃處研考科
steps:
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}
legal: [某某作業要點]
forms: [申請表]
`;

describe('sopTextList', () => {
  const sop = loadSopText(YAML, '/virtual/t.sop.yaml', 't.sop.yaml', { cwd: '/virtual', hoursPerDay: 8 }).sop!;

  it('is every text of the SOP with its path, computed once per SOP', () => {
    const analyses = new AnalysisMemo('sop', { sop, words: wordListsWith(), terms: [] });
    const texts = analyses.get(sopTextList);
    expect(texts.map((t) => [t.field, t.text, t.path])).toEqual([
      ['title', '測試流程', ['title']],
      ['step', '受理', ['steps', 0, 'text']],
      ['step', '結案', ['steps', 1, 'text']],
      ['legal', '某某作業要點', ['legal', 0]],
      ['form', '申請表', ['forms', 0]],
    ]);
    expect(analyses.get(sopTextList)).toBe(texts);
  });
});
