// Charts shared by the rule tests of outcome symbols (owner, standard-time, decision-shape,
// decision-branches): the answers of a question box drawn as diamonds, and two states of one
// subject after a box. `time` adds a standard time to the tasks (standard-time's valid cases).

import { sopWith } from './rule-tester.js';

/** 是否有床位 → 「是 Yes」 / 「否 No」 diamonds, each with one unlabelled way on (a bilingual chart). */
export function answersDrawnAsDiamonds(time = ''): string {
  const t = time ? `time: ${time}, ` : '';
  return sopWith(`
  - {id: start, kind: start, text: 學生提出申請}
  - {id: beds, text: 住宿組查詢是否有床位, ${t}next: [yes, no]}
  - {id: yes, kind: decision, text: 是 Yes, branches: {"": pay}}
  - {id: no, kind: decision, text: 否 No, branches: {"": wait}}
  - {id: wait, text: 申請人等待候補, ${t}next: done}
  - {id: pay, text: 申請人繳費, ${t}next: done}
  - {id: done, kind: end, text: 結案}`);
}

/** 定期訪視 → 服務穩定 / 服務異常; 服務異常 → 協調 → 服務異常解除 / 轉介. */
export function statesAfterBoxes(time = ''): string {
  const t = time ? `time: ${time}, ` : '';
  return sopWith(`
  - {id: start, kind: start, text: 受理轉介}
  - {id: visit, text: 個管定期訪視, ${t}next: [stable, abnormal]}
  - {id: stable, text: 服務穩定, next: done}
  - {id: abnormal, text: 服務異常, next: coord}
  - {id: coord, text: 個管協調服務單位, ${t}next: [resolved, transfer]}
  - {id: resolved, text: 服務異常解除, next: done}
  - {id: transfer, text: 個管轉介其他單位, ${t}next: done}
  - {id: done, kind: end, text: 結案}`);
}
