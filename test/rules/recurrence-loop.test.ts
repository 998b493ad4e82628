import { recurrenceLoop } from '../../src/rules/recurrence-loop.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

// 年度列管 as submitted: a monthly SOP whose lagging cases go straight to 獎懲作業.
const annual = (recurrence: string, back = '') =>
  sopWith(
    `
  - {id: submit, kind: start, text: 各業務單位提送列管計畫資料}
  - {id: monthly-check, text: 企劃處按月清查執行情形}
  - {id: report-council, text: 提送市務會議報告, next: [lag-50, lag-10]}
  - {id: lag-50, text: 進度落後50%以上，由承辦科長及承辦人列席市務會議說明, next: rewards}
  - {id: lag-10, text: 持續落後幅度達10%以上單位，企劃處可予查證稽催, next: ${back || 'rewards'}}
  - {id: rewards, kind: end, text: 獎懲作業}`,
    recurrence ? { recurrence } : {},
  );

ruleTester(recurrenceLoop, {
  valid: [
    {
      name: "a committee's meeting calendar says when each case is taken up, not that the SOP cycles (原則每月第二個週四中午開會; the board meets monthly)",
      code: sopWith(`
  - {id: a, kind: start, text: 申請人提出申請}
  - {id: b, text: "原則每月第二個週四中午開會,必要時得更改開會時間。"}
  - {id: c, text: The board meets monthly to consider the applications}
  - {id: d, kind: end, text: 通知審查結果}`),
    },
    { name: 'a monthly SOP that loops back to the monthly check', code: annual('monthly', '[monthly-check, rewards]') },
    {
      name: 'a one-off SOP with no repeating words',
      code: sopWith(`
  - {id: a, kind: start, text: 受理申請}
  - {id: b, text: 審查}
  - {id: c, kind: end, text: 結案}`),
    },
    {
      name: 'recurrence: none written out answers the question',
      code: sopWith(
        `
  - {id: a, kind: start, text: 按月編製相關報表提報市務會議}
  - {id: b, kind: end, text: 結案}`,
        { recurrence: 'none' },
      ),
    },
    {
      name: '每年 alone does not suggest a loop (議會定期會 is a session, 不定期 is not periodic)',
      code: sopWith(`
  - {id: a, kind: start, text: 議會定期會召開(每年5月及11月)}
  - {id: b, text: 企劃處不定期抽查}
  - {id: c, text: 於營建署規定期限內函送本府申請計畫書}
  - {id: d, kind: end, text: 結案}`),
    },
    {
      name: 'a monthly step that is already on a loop',
      code: sopWith(`
  - {id: a, kind: start, text: 計畫核定}
  - {id: b, text: 每月執行進度填報管考系統}
  - {id: c, kind: decision, text: 計畫是否完成？, branches: {否: b, 是: d}}
  - {id: d, kind: end, text: 結案}`),
    },
    {
      name: 'a yearly SOP is one run a year: it ends at the year\'s end, no loop is missing',
      code: sopWith(
        `
  - {id: a, kind: start, text: 各機關提報先期作業計畫}
  - {id: b, text: 企劃處彙編年度施政計畫}
  - {id: c, kind: end, text: 本府網頁上網公告年度施政績效報告}`,
        { recurrence: 'yearly' },
      ),
    },
    {
      name: 'a revision that goes back to the review',
      code: sopWith(`
  - {id: a, kind: start, text: 擬訂計畫草案}
  - {id: b, kind: decision, text: 首長核定, branches: {核可: d, 修正: c}}
  - {id: c, text: 修正, next: b}
  - {id: d, kind: end, text: 發布}`),
    },
    {
      name: 'yearly words suggest nothing unless asked to',
      code: sopWith(`
  - {id: a, kind: start, text: 每年辦理評核敘獎}
  - {id: b, kind: end, text: 結案}`),
    },
    {
      name: 'a revision followed by a review of the revised case (補正 → 補正通過或不通過, or a diamond)',
      code: sopWith(`
  - {id: a, kind: start, text: 民眾線上申請}
  - {id: handle, kind: decision, text: 承辦人審查, branches: {通過: done, 補正: fix}}
  - {id: fix, text: 補正}
  - {id: recheck, text: 承辦人複審補正資料}
  - {id: fix2, text: 修正}
  - {id: again, kind: decision, text: 是否符合規定, branches: {是: done, 否: done}}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'a period word in the trigger of a case: each case it starts runs once',
      code: sopWith(`
  - {id: a, kind: start, text: 每日當常備文具庫存量低於重申請點時，訂有長期合約品項者}
  - {id: b, text: 系統依申請目標量列印訂購單}
  - {id: c, kind: end, text: 完成訂購手續}`),
    },
    {
      name: 'a period word on one intake chain of several, before the chains meet: how often that channel is emptied',
      code: sopWith(`
  - {id: s1, kind: start, text: 民眾以電話申訴時}
  - {id: r1, text: 接聽人員填載處理單, next: code}
  - {id: s3, kind: start, text: 民眾以意見箱申訴時}
  - {id: r3, text: 由秘書定期查看意見箱並收集案件, next: code}
  - {id: code, text: 承辦人員進行案件編碼}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: a period word in the trigger of a case',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: Each day when stock falls below the reorder point}
  - {id: b, text: The system prints the order}
  - {id: c, kind: end, text: Order placed}`),
    },
  ],
  invalid: [
    {
      name: 'a period written with a number (每 2 個月) repeats as 每月 does',
      code: sopWith(`
  - {id: a, kind: start, text: 收文}
  - {id: b, text: "並應於收文後每 2 個月向本署陳報處理情形,至本署認已處理完竣時止。"}
  - {id: d, kind: end, text: 解除追蹤管制}`),
      errors: [{ messageId: 'suggestRecurrence', stepId: 'b', message: '每 2 個月' }],
    },
    {
      name: 'English: every two weeks',
      code: sopWith(`
  - {id: a, kind: start, text: Case opened}
  - {id: c, text: The unit reports progress to the office every two weeks}
  - {id: d, kind: end, text: Case closed}`),
      errors: [{ messageId: 'suggestRecurrence', stepId: 'c', message: 'every two weeks' }],
    },
    {
      name: 'a yearly SOP whose monthly work is drawn as a straight line: the loop back to the monthly step',
      code: sopWith(
        `
  - {id: a, kind: start, text: 研考會核定補助計畫}
  - {id: b, text: 業務單位每年度4月起於每月5日前查填}
  - {id: c, text: 按月提報市務會議}
  - {id: d, kind: end, text: 次一年度辦理獎懲}`,
        { recurrence: 'yearly' },
      ),
      errors: [{ messageId: 'innerLoop', stepId: 'b', message: '每月' }],
    },
    {
      name: 'English: a yearly SOP with a monthly step on no loop',
      code: sopWith(
        `
  - {id: a, kind: start, text: Grant approved}
  - {id: b, text: Units report progress monthly}
  - {id: c, kind: end, text: Annual review}`,
        { recurrence: 'yearly' },
      ),
      lang: 'en',
      errors: [{ messageId: 'innerLoop', stepId: 'b' }],
    },
    {
      name: 'a period word after the intake chains meet, or in an SOP with one start, still suggests the loop',
      code: sopWith(`
  - {id: s1, kind: start, text: 民眾以電話申訴時}
  - {id: r1, text: 接聽人員填載處理單, next: code}
  - {id: s3, kind: start, text: 民眾以意見箱申訴時}
  - {id: r3, text: 由秘書收集案件, next: code}
  - {id: code, text: 承辦人員每月彙整案件}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'suggestRecurrence', stepId: 'code', message: 'recurrence: monthly' }],
    },
    {
      name: 'English: a monthly step that is no trigger',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: The office checks the stock monthly}
  - {id: b, kind: end, text: Order placed}`),
      errors: [{ messageId: 'suggestRecurrence', stepId: 'a', message: 'recurrence: monthly' }],
    },
    {
      name: 'recurrence set, no loop: the finding is on the last steps before the end (年度列管 註8)',
      code: annual('monthly'),
      errors: [
        { messageId: 'noLoop', stepId: 'lag-50', message: 'recurrence: monthly' },
        { messageId: 'noLoop', stepId: 'lag-10' },
      ],
    },
    {
      name: 'no recurrence, but a label says 按月 (公文稽催 註3)',
      code: sopWith(`
  - {id: receive, kind: start, text: 收文登錄後均為稽催管制案件}
  - {id: weekly, text: 企劃處每週不定期檢核並發稽催單給各單位}
  - {id: monthly, text: 按月編製相關報表提報市務會議}
  - {id: done, kind: end, text: 獎懲結果送交人事處核備}`),
      errors: [{ messageId: 'suggestRecurrence', stepId: 'weekly', message: 'recurrence: weekly' }],
    },
    {
      name: 'the schedule says 每月',
      code: sopWith(`
  - {id: a, kind: start, text: 計畫核定}
  - {id: b, text: 填報執行進度, schedule: 每月5日前}
  - {id: c, kind: end, text: 結案}`),
      errors: [{ messageId: 'suggestRecurrence', stepId: 'b', line: 7 }],
    },
    {
      name: 'a revision that leads on instead of back (綜合發展計畫 註5)',
      code: sopWith(`
  - {id: a, kind: start, text: 總結是否修訂發展方向}
  - {id: review, text: 單位主管核閱}
  - {id: approve, kind: decision, text: 首長核定, branches: {核可: publish, 修訂: revise}}
  - {id: revise, text: 修訂}
  - {id: publish, kind: end, text: 報內政部備查}`),
      errors: [{ messageId: 'reviseNoReturn', stepId: 'revise' }],
    },
    {
      name: 'with the option yearly: 每年 suggests a loop',
      code: sopWith(`
  - {id: a, kind: start, text: 每年辦理評核敘獎}
  - {id: b, kind: end, text: 結案}`),
      config: { rules: { 'recurrence-loop': { severity: 'warn', options: { yearly: true } } } },
      errors: [{ messageId: 'suggestRecurrence', stepId: 'a', message: 'recurrence: yearly' }],
    },
    {
      name: 'English: monthly',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: Draft the monthly progress report}
  - {id: b, kind: end, text: File it}`),
      errors: [{ messageId: 'suggestRecurrence', stepId: 'a', message: '"monthly"' }],
    },
  ],
});
