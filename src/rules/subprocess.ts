// subprocess: another procedure (逾期追蹤流程, 依…規定辦理, 招標, 開標, 決標, 驗收, 發包, 追蹤…) is
// drawn as a predefined process (kind: subprocess) that names it, with `sop` (an SOP of the
// repository) or `external` (a procedure outside it); and a `sop` reference names a real SOP.

import type { Report, Rule } from '../engine/types.js';
import { closest } from '../analysis/text/similarity.js';
import { judgmentBoxes } from '../analysis/steps/judgment-box.js';
import { labelReadings } from '../analysis/steps/label-readings.js';

export const subprocess: Rule = {
  meta: {
    id: 'subprocess',
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '引用另一作業程序（流程、程序、招標、驗收、發包、追蹤…）的步驟應為「既定處理程序」符號（kind: subprocess），並以 sop 或 external 指明所引用的程序。',
        en: 'A step that runs another procedure (tendering, acceptance, follow-up…) is a predefined process (kind: subprocess) naming it with sop or external.',
      },
      page: 'docs/rules/subprocess.md',
    },
    messages: {
      procedureAsProcess: {
        'zh-TW': '步驟「{text}」引用另一作業程序（「{word}」）：應改為既定處理程序符號（kind: subprocess），並以 sop 指明本府SOP，或以 external 註明所援用的規定與流程',
        en: 'Step "{text}" runs another procedure ("{word}"): make it a predefined process (kind: subprocess) with sop (an SOP of the repository) or external (the procedure it follows)',
      },
      procedureInDecision: {
        'zh-TW': '決策「{text}」其實是執行另一作業程序（「{word}」）：請以既定處理程序符號（kind: subprocess）執行該程序，再以決策符號判斷其結果',
        en: 'The decision "{text}" runs another procedure ("{word}"): run it as a predefined process (kind: subprocess), then decide on its result',
      },
      missingReference: {
        'zh-TW': '既定處理程序「{text}」未指明所引用的程序：請以 sop 填寫本府SOP的 id，或以 external 註明外部程序名稱',
        en: 'The predefined process "{text}" does not say which procedure it runs: give sop (an SOP id) or external (the procedure\'s name)',
      },
      unknownSop: {
        'zh-TW': '找不到 id 為「{sop}」的SOP',
        en: 'No SOP has the id "{sop}"',
      },
      unknownSopSuggest: {
        'zh-TW': '找不到 id 為「{sop}」的SOP，您是指「{suggestion}」嗎？',
        en: 'No SOP has the id "{sop}"; did you mean "{suggestion}"?',
      },
      selfReference: {
        'zh-TW': '既定處理程序「{text}」引用的是本SOP自己（{sop}）：請指明另一份SOP',
        en: 'The predefined process "{text}" runs this SOP itself ({sop}): name another SOP',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const read = context.analysis.get(labelReadings);
    const known = context.project.sopsById;
    for (const step of sop.steps) {
      if (step.kind === 'subprocess') {
        if (step.sop === undefined && step.external === undefined) {
          yield { messageId: 'missingReference', data: { text: step.text }, stepId: step.id, path: ['kind'] };
        } else if (step.sop !== undefined) {
          if (step.sop === sop.id) {
            yield { messageId: 'selfReference', data: { text: step.text, sop: step.sop }, stepId: step.id, path: ['sop'] };
          } else if (!known.has(step.sop) && known.size > 1) {
            // With this SOP alone in the linted set, a missing id only means the other file was not linted.
            const suggestion = closest(step.sop, [...known.keys()].filter((id) => id !== sop.id));
            yield suggestion
              ? { messageId: 'unknownSopSuggest', data: { sop: step.sop, suggestion }, stepId: step.id, path: ['sop'] }
              : { messageId: 'unknownSop', data: { sop: step.sop }, stepId: step.id, path: ['sop'] };
          }
        }
        continue;
      }
      if (step.kind !== 'process' && step.kind !== 'decision') continue;
      const word = read.procedureHit(step);
      if (!word) continue;
      if (step.kind === 'decision') {
        const decides = read.asksJudgment(step);
        if (!decides) yield { messageId: 'procedureInDecision', data: { text: step.text, word }, stepId: step.id, path: ['text'] };
        continue;
      }
      // A box that judges in its own words is decision-shape's (one step cannot be both symbols);
      // a review that is a stage of the procedure (資格標審查) is not a judgment box, so it is
      // reported here. A box whose condition or following steps make it a judgment keeps its
      // action: the diamond goes before or after it, and the action still runs the procedure
      // (「10萬元以上者，依發包程序辦理發包」, "If the incident involves cloud.gov, start following the
      // additional checklist").
      if (context.analysis.get(judgmentBoxes).get(step)?.by === 'word') continue;
      yield { messageId: 'procedureAsProcess', data: { text: step.text, word }, stepId: step.id, path: step.kindExplicit ? ['kind'] : ['text'] };
    }
  },
};
