import { approvalOutcomes } from '../../src/rules/approval-outcomes.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/approval-outcomes.md');

/** start → the given middle step(s) → two ends. */
function chain(middle: string): string {
  return sopWith(`
  - {id: start, kind: start, text: 開始}
${middle}
  - {id: done, kind: end, text: 結案}
  - {id: other, kind: end, text: 函復申請人}`);
}

ruleTester(approvalOutcomes, {
  valid: [
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'an approval diamond with approve, reject and revise branches',
      code: chain(`  - {id: approve, kind: decision, text: 首長核定, branches: {核可: done, 駁回: other, 修正: start}}`),
    },
    {
      name: 'a 否 branch is a reject outcome; so is a branch to a step that returns the case',
      code: chain(`  - {id: a, kind: decision, text: 是否核准？, branches: {是: b, 否: other}}
  - {id: b, kind: decision, text: 單位主管核閱, branches: {"": done, 其他: back}}
  - {id: back, text: 退回承辦人修正, next: start}`),
    },
    {
      name: 'an approval box whose ways on include a refusal (首長會見民眾: 同意 / 不同意 drawn)',
      code: chain(`  - {id: ruling, text: 由一層裁示是否會見, next: [yes, no]}
  - {id: yes, text: 同意會見，安排會見時間, next: done}
  - {id: no, text: 不同意會見，函復申請人, next: other}`),
    },
    {
      name: 'an approval box followed by a separate 否 diamond (綜合發展計畫 註4: the reject is drawn, badly)',
      code: chain(`  - {id: approve, text: 首長核定}
  - {id: rejected, kind: decision, text: 否, branches: {修訂: start}}`),
    },
    {
      name: 'false positives of review-findings §4 stay silent',
      code: chain(`  - {id: a, text: 各核定補助計畫開始執行}
  - {id: b, text: 營建署核定補助金額}
  - {id: c, text: 行政院主計處核定}
  - {id: d, text: 核定參獎單位依照評審小組建議修改參獎申請書}
  - {id: e, text: 送交人事處核備}
  - {id: f, text: 報內政部備查}
  - {id: g, text: 市議會函送定期會臨時會決議案}
  - {id: h, text: 公文簽核系統-個人工作儀表板隨時提醒主辦案件資訊}
  - {id: i, text: 招標文件審查會議}
  - {id: j, text: 簽組評審小組}
  - {id: k, text: 評選結果簽核}`),
    },
    {
      name: 'judgments that are not approvals (是否, 判斷, 檢視) are decision-branches\' business',
      code: chain(`  - {id: a, kind: decision, text: 是否依限辦日期於5日內處理完畢, branches: {是: done, 逾期: other}}
  - {id: b, text: 資訊科檢視單一簽入系統該員工帳號}`),
    },
    {
      name: 'approvals and reviews drawn as boxes: one defect, decision-shape\'s one finding (健康城市 註5, 服務品質獎 註5, 城鄉風貌 註1; issue 9)',
      code: chain(`  - {id: head, text: 首長核定}
  - {id: site, text: 本府評審小組機關實地審查}
  - {id: sign, text: 簽核上網公告招標}
  - {id: review, text: 召開初審會議審查各單位所提報計畫書}
  - {id: revise, text: 各單位依初審會議委員建議事項修正申請計畫書}
  - {id: head2, text: 首長核定, next: [relay, notice]}
  - {id: relay, text: 核定轉知相關單位, next: done}
  - {id: notice, text: 發開會通知單, next: done}`),
    },
    {
      name: 'English: an approval with a Returned branch',
      code: chain(`  - {id: a, kind: decision, text: Director approves, branches: {Approved: done, Returned: start}}`),
    },
  ],
  invalid: [
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [
        { messageId: 'noRejectBranch', stepId: 'approve' },
        { messageId: 'noRejectBranch', stepId: 'award' },
      ],
    },
    {
      name: 'approval diamonds without a reject or revise branch (服務品質獎 註1, 民意調查 註4)',
      code: chain(`  - id: plan
    kind: decision
    text: 首長核定
    branches:
      "": award
  - {id: award, kind: decision, text: 首長核准決標, branches: {核可: done, 其他: other}}`),
      errors: [
        { messageId: 'noRejectBranch', stepId: 'plan', line: 10, message: '「核定」' },
        { messageId: 'noRejectBranch', stepId: 'award', message: '「核准」' },
      ],
    },
    {
      name: 'English: an approval diamond with approve and later branches',
      code: chain(`  - {id: a, kind: decision, text: Approve the budget, branches: {Approved: done, Later: other}}`),
      lang: 'en',
      errors: [{ messageId: 'noRejectBranch', stepId: 'a', message: '"Approve"' }],
    },
  ],
});
