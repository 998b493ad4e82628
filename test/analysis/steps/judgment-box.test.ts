import { describe, expect, it } from 'vitest';
import { AnalysisMemo } from '../../../src/analysis/memo.js';
import { classifyBox, conditionSuccessors, judgmentBoxes } from '../../../src/analysis/steps/judgment-box.js';
import { loadSopText } from '../../../src/loader/load-sop.js';
import type { Sop } from '../../../src/model/types.js';
import { builtInWords } from '../../../src/words/load-words.js';
import { sopWith } from '../../helpers/rule-tester.js';

const words = builtInWords();

function load(steps: string): Sop {
  const file = loadSopText(sopWith(steps), '/virtual/case.sop.yaml', 'case.sop.yaml', { cwd: '/virtual', hoursPerDay: 8 });
  if (!file.sop) throw new Error(JSON.stringify(file.problems));
  return file.sop;
}

const step = (sop: Sop, id: string) => sop.stepById.get(id)!;

describe('classifyBox', () => {
  it('takes a box with a judgment word for a judgment', () => {
    const sop = load(`  - {id: a, kind: start, text: 開始}
  - {id: b, text: 科長審核申請案}
  - {id: c, kind: end, text: 結束}`);
    expect(classifyBox(sop, step(sop, 'b'), words)).toEqual({ by: 'word', hit: { word: '審核', index: 2, kind: 'review', routed: false } });
    expect(classifyBox(sop, step(sop, 'a'), words)).toBeUndefined();
  });

  it('leaves a box that produces a document, and a review that is a stage of a procedure, to the other shape rules', () => {
    const sop = load(`  - {id: a, text: 評選結果簽核}
  - {id: b, text: 辦理招標資格審查}`);
    expect(classifyBox(sop, step(sop, 'a'), words)).toBeUndefined();
    expect(classifyBox(sop, step(sop, 'b'), words)).toBeUndefined();
  });

  it('leaves a question box that is the caption of the diamond after it', () => {
    const sop = load(`  - {id: a, text: 單位登記桌是否已設定公文角色？}
  - {id: b, kind: decision, text: 單位登記桌已設定否？, branches: {是: c, 否: c}}
  - {id: c, kind: end, text: 結束}`);
    expect(classifyBox(sop, step(sop, 'a'), words)).toBeUndefined();
  });

  it('takes a box whose following steps read as conditions for a judgment', () => {
    const sop = load(`  - {id: a, text: 受理申請, next: [b, c]}
  - {id: b, text: 10萬元以下者由科長決行, next: [d]}
  - {id: c, text: 10萬元以上者陳核, next: [d]}
  - {id: d, kind: end, text: 結束}`);
    const conditions = conditionSuccessors(sop, step(sop, 'a'), words).map((s) => s.id);
    expect(conditions).toEqual(['b', 'c']);
    const box = classifyBox(sop, step(sop, 'a'), words);
    expect(box?.by === 'successors' ? box.conditions.map((s) => s.id) : box).toEqual(['b', 'c']);
  });

  it('takes two ways on that say one thing and its negation for alternatives (查訪結果未居住 / 查訪結果確實居住)', () => {
    const sop = load(`  - {id: a, text: 里幹事查訪, next: [b, c]}
  - {id: b, text: 查訪結果未居住該址, next: [d]}
  - {id: c, text: 查訪結果確實居住該址, next: [d]}
  - {id: e, text: 受理, next: [f, g]}
  - {id: f, text: 證件齊全, next: [d]}
  - {id: g, text: 證件不齊全, next: [d]}
  - {id: h, text: 收件, next: [i, j]}
  - {id: i, text: 登錄系統, next: [d]}
  - {id: j, text: 未登錄者通知, next: [d]}
  - {id: d, kind: end, text: 結束}`);
    expect(conditionSuccessors(sop, step(sop, 'a'), words).map((s) => s.id)).toEqual(['b', 'c']);
    expect(conditionSuccessors(sop, step(sop, 'e'), words).map((s) => s.id)).toEqual(['f', 'g']);
    // Two ways on that do not negate each other are parallel work, not alternatives.
    expect(conditionSuccessors(sop, step(sop, 'h'), words).map((s) => s.id)).not.toContain('i');
  });
});

describe('judgmentBoxes', () => {
  it('reports a question that is one way of a box before it on the box only (通過或不通過 after 承辦)', () => {
    const sop = load(`  - {id: a, text: 承辦, next: [b, c]}
  - {id: b, text: 通過或不通過, next: [d]}
  - {id: c, text: 補正, next: [d]}
  - {id: d, kind: end, text: 結束}`);
    const boxes = new AnalysisMemo('sop', { sop, words, terms: [] }).get(judgmentBoxes);
    expect([...boxes.keys()].map((s) => s.id)).toEqual(['a']);
    expect(boxes.get(step(sop, 'a'))?.by).toBe('successors');
  });

  it('is every judgment box of the SOP, computed once per SOP', () => {
    const sop = load(`  - {id: a, kind: start, text: 開始}
  - {id: b, text: 判斷是否受理}
  - {id: c, text: 登錄系統}
  - {id: d, kind: end, text: 結束}`);
    const analyses = new AnalysisMemo('sop', { sop, words, terms: [] });
    const boxes = analyses.get(judgmentBoxes);
    expect([...boxes.keys()].map((s) => s.id)).toEqual(['b']);
    expect(analyses.get(judgmentBoxes)).toBe(boxes);
  });
});
