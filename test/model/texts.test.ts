import { describe, expect, it } from 'vitest';
import { loadSopText } from '../../src/loader/load-sop.js';
import { sopTexts } from '../../src/model/texts.js';

const YAML = `sop: 1
id: texts
title: 測試流程
unit: 企劃處研考科
contact: 研考科 05-2254321
revisions:
  - {date: 2009-07-01, summary: 初版}
steps:
  - id: a
    kind: start
    text: 受理
    schedule: 每月5日前
    controls: [核對身分]
  - {id: b, kind: end, text: 結案}
legal:
  - 某某作業要點
guidance:
  - 一般說明
  - text: 帶註的說明
    notes: [1]
forms:
  - 申請表
  - {name: 紀錄表, note: 一式兩聯}
notes:
  1: 註一
  "2": 註二
`;

describe('sopTexts', () => {
  const loaded = loadSopText(YAML, '/virtual/texts.sop.yaml', 'texts.sop.yaml', { cwd: '/virtual', hoursPerDay: 8 });
  if (!loaded.sop) throw new Error(JSON.stringify(loaded.problems));
  const sop = loaded.sop;
  const texts = sopTexts(sop);

  it('lists every text with its field, path and step, in document order', () => {
    expect(texts.map((t) => [t.field, t.text, t.path, t.stepId])).toEqual([
      ['title', '測試流程', ['title'], undefined],
      ['contact', '研考科 05-2254321', ['contact'], undefined],
      ['revision', '初版', ['revisions', 0, 'summary'], undefined],
      ['step', '受理', ['steps', 0, 'text'], 'a'],
      ['schedule', '每月5日前', ['steps', 0, 'schedule'], 'a'],
      ['control', '核對身分', ['steps', 0, 'controls', 0], 'a'],
      ['step', '結案', ['steps', 1, 'text'], 'b'],
      ['legal', '某某作業要點', ['legal', 0], undefined],
      ['guidance', '一般說明', ['guidance', 0], undefined],
      ['guidance', '帶註的說明', ['guidance', 1, 'text'], undefined],
      ['form', '申請表', ['forms', 0], undefined],
      ['form', '紀錄表', ['forms', 1, 'name'], undefined],
      ['formNote', '一式兩聯', ['forms', 1, 'note'], undefined],
      ['note', '註一', ['notes', '1'], undefined],
      ['note', '註二', ['notes', '2'], undefined],
    ]);
  });

  it('gives paths that exist in the document', () => {
    for (const t of texts) expect(loaded.sourceMap.has(t.path), JSON.stringify(t.path)).toBe(true);
  });
});
