import { subprocess } from '../../src/rules/subprocess.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith, sopChain } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/subprocess.md');

/** start → the given middle step(s) → end. */
const chain = (middle: string, top: Record<string, string> = {}): string => sopChain(middle, top);

const overdueSop = sopWith(
  `
  - {id: s, kind: start, text: 逾期案件}
  - {id: e, kind: end, text: 結案}`,
  { id: 'petition-overdue', title: '陳情案件逾期追蹤作業流程' },
);

ruleTester(subprocess, {
  valid: [
    {
      name: 'a procedure explained to someone is talked about, not run (向家屬說明器官捐贈流程; explain the appeals procedure)',
      code: chain(`  - {id: a, text: 3. 向家屬說明器官捐贈流程及確認捐贈意願}
  - {id: b, text: The officer explains the appeals procedure to the applicant}`),
    },
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'a subprocess naming an SOP of the linted set, and one naming an external procedure',
      code: chain(`  - {id: a, kind: subprocess, text: 依照逾期追蹤流程，列管追蹤至完成, sop: petition-overdue}
  - {id: b, kind: subprocess, text: 移送工務處新工科招標, external: 政府採購法 招標程序}`),
      others: [overdueSop],
    },
    {
      name: 'form names and the word 流程圖 are not procedures',
      code: chain(`  - {id: a, text: 發出辦理情形追蹤表}
  - {id: b, text: 修正流程圖}
  - {id: c, text: 獎懲結果送交人事處核備}`),
    },
    {
      name: 'a judgment box that mentions a procedure is decision-shape\'s (簽請發包, 簽核上網公告招標)',
      code: chain(`  - {id: a, text: 簽請發包}
  - {id: b, text: 簽核上網公告招標}`),
    },
    {
      name: 'a diamond that asks about a procedure decides; it does not run one',
      code: chain(`  - {id: m, kind: decision, text: 依採購金額決定招標方式, branches: {公開招標: a, 限制性招標: a}}
  - {id: a, kind: decision, text: 是否依限辦日期於5日內處理完畢, branches: {是: done, 否: b}}
  - {id: b, kind: subprocess, text: 逾期追蹤, external: 陳情案件辦理逾期處理規定}`),
    },
    {
      name: 'issue 9: a procedure word inside a verb phrase is not a reference to another procedure (得追蹤查詢進度, 始得辦理採購), or in a clause of what happened before (簽准議價決標後，…)',
      code: chain(`  - {id: a, text: 學生於系統得追蹤查詢進度}
  - {id: b, text: 先填具說明單，經核准後，始得辦理採購}
  - {id: c, text: 驗收無訛送縣府複驗}
  - {id: d, text: 由檢討人於採購作業系統輸入採購品項資料}
  - {id: e, text: 轉診單請詳填病患資料，以供轉介醫師為病患後續病情追蹤診斷的參考}
  - {id: f, text: 應立即按流程報備：現場處理人員→衛生組長→學務主任→校長}
  - {id: g, text: 查詢是否為「綠色採購指定項目」}
  - {id: h, text: 簽准議價決標後，由廠商增修系統功能}`),
    },
    {
      name: 'issue 9, English: a procedure noun that names a team or a topic refers to no procedure',
      code: chain(`  - {id: a, text: All items will be forwarded to the Procurement team for processing}
  - {id: b, text: "For procurements above $25,000: analysts will check the packages"}`),
      lang: 'en',
    },
    {
      name: 'a procedure word before a time phrase that the clause\'s verb follows is the topic, the kind of case, and a procedure word inside that time phrase dates the verb (工程採購於發包、訂約後1 週內檢送契約書; 勞務採購在驗收後…送會計室核銷)',
      code: chain(`  - {id: a, text: "2. 工程採購於發包、訂約後1 週內檢送契約書函送縣府掣督導費收據,款項請開立公庫支票撥回。"}
  - {id: b, text: 勞務採購在驗收後3日內檢附發票送會計室核銷}`),
    },
    {
      name: 'a rule cited before a task of the step\'s own (依…規定,檢附…送…) is no procedure followed',
      code: chain(`  - {id: a, text: "依土地登記規則規定,檢附登記原因證明文件送地政事務所"}`),
    },
    {
      name: 'a sop id that is not in the linted set is not reported when this SOP is linted alone',
      code: chain(`  - {id: a, kind: subprocess, text: 逾期追蹤, sop: petition-overdue}`),
    },
  ],
  invalid: [
    {
      name: 'English: starting another procedure by name (start board approval process), as following one does',
      code: chain(`  - {id: a, text: Make all travel arrangements and start board approval process}`, { lang: 'en' }),
      errors: [{ messageId: 'procedureAsProcess', stepId: 'a' }],
    },
    {
      name: '依…之規定, 辦理 (a comma before 辦理) and 得依…作業要點辦理 (a permission to follow a named procedure still follows it)',
      code: chain(`  - {id: a, text: "應將意見書交由組員,依本要點第 5 點之規定,辦理將原卷證發回之相關事宜。"}
  - {id: b, text: 公管中心得依臺北市政府各機關學校處理歸屬臺北市所有拾得物作業要點(以下簡稱臺北市拾得物作業要點)辦理。}`),
      errors: [
        { messageId: 'procedureAsProcess', stepId: 'a' },
        { messageId: 'procedureAsProcess', stepId: 'b' },
      ],
    },
    {
      name: '依…規定, 依(the manner)…辦理: following a rule in a manner it sets is following it (依土地登記規則第六十一條規定,依收件號數之先後次序…辦理)',
      code: chain(`  - {id: queue, text: "並依土地登記規則第六十一條規定,依收件號數之先後次序及各類案件處理期限表之處理期限辦理。"}`),
      errors: [{ messageId: 'procedureAsProcess', stepId: 'queue', message: '「依土地登記規則第六十一條規定,依收件號數之先後次序及各類案件處理期限表之處理期限辦理」' }],
    },
    {
      name: '依…規定處理 as 依…規定辦理, and 依…事件處理 (the procedure of a kind of event)',
      code: chain(`  - {id: a, text: 逾期案件依現行規定處理}
  - {id: b, text: "作成紀錄證實為抱怨事件後,依不符合事件處理。"}`),
      errors: [
        { messageId: 'procedureAsProcess', stepId: 'a' },
        { messageId: 'procedureAsProcess', stepId: 'b' },
      ],
    },
    {
      name: 'after a clause of what happened before, the procedure of the main clause is this step\'s own (經首長核定後，辦理採購)',
      code: chain(`  - {id: buy, text: 經首長核定後，辦理採購}`),
      errors: [{ messageId: 'procedureAsProcess', stepId: 'buy' }],
    },
    {
      name: 'a topic before a time phrase is run when the verb after it does the topic (驗收於交貨後十日內辦理), and a procedure word with no time phrase after it acts (辦理採購, 依採購法辦理採購)',
      code: chain(`  - {id: a, text: 驗收於交貨後十日內辦理}
  - {id: b, text: 辦理採購}
  - {id: c, text: 依採購法辦理採購}
  - {id: d, text: 採購於核定後進行}`),
      errors: [
        { messageId: 'procedureAsProcess', stepId: 'a', message: '「驗收」' },
        { messageId: 'procedureAsProcess', stepId: 'b', message: '「採購」' },
        { messageId: 'procedureAsProcess', stepId: 'c', message: '「採購」' },
        { messageId: 'procedureAsProcess', stepId: 'd', message: '「採購」' },
      ],
    },
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [
        { messageId: 'procedureAsProcess', stepId: 'overdue', message: '「逾期追蹤流程」' },
        { messageId: 'missingReference', stepId: 'tender' },
      ],
    },
    {
      name: 'process steps that name another procedure (陳情 註5, 民意調查 註6, 資訊系統維護 註4/註8, 基本設施 註6/註7)',
      code: chain(`  - {id: overdue, text: 依照逾期追蹤流程，列管追蹤至完成}
  - {id: accept, text: 驗收}
  - {id: award, text: 開標、決標}
  - {id: over, text: 10萬元以上者，依發包程序辦理發包}
  - {id: follow, text: 持續追綜}
  - {id: rewards, text: 次一年度併同本府計畫執行績效考核辦理獎懲}
  - {id: rules, text: 依本府公文處理規定辦理}
  - {id: team, text: 委託專業團隊規劃}`),
      errors: [
        { messageId: 'procedureAsProcess', stepId: 'overdue', line: 7, message: '「逾期追蹤流程」' },
        { messageId: 'procedureAsProcess', stepId: 'accept', message: '「驗收」' },
        { messageId: 'procedureAsProcess', stepId: 'award', message: '「開標」' },
        { messageId: 'procedureAsProcess', stepId: 'over', message: '「發包程序」' },
        { messageId: 'procedureAsProcess', stepId: 'follow', message: '「追綜」' },
        { messageId: 'procedureAsProcess', stepId: 'rewards', message: '「考核」' },
        { messageId: 'procedureAsProcess', stepId: 'rules', message: '「依本府公文處理規定辦理」' },
        { messageId: 'procedureAsProcess', stepId: 'team', message: '「委託專業團隊規劃」' },
      ],
    },
    {
      name: 'a review that is a stage of the tendering procedure (民意調查 註1)',
      code: chain(`  - {id: q, text: 資格標審查}
  - {id: v, text: 廠商評選}`),
      errors: [
        { messageId: 'procedureAsProcess', stepId: 'q', message: '「資格標」' },
        { messageId: 'procedureAsProcess', stepId: 'v', message: '「廠商評選」' },
      ],
    },
    {
      name: 'a diamond that runs a procedure (陳情（一）註1)',
      code: chain(`  - {id: dedupe, kind: decision, text: 服務中心執行重複登打過濾流程, branches: {是: done, 否: done}}`),
      errors: [{ messageId: 'procedureInDecision', stepId: 'dedupe' }],
    },
    {
      name: 'a subprocess with neither sop nor external; a missing sop; this SOP itself',
      code: chain(
        `  - {id: a, kind: subprocess, text: 逾期追蹤}
  - {id: b, kind: subprocess, text: 逾期追蹤, sop: petition-overdu}
  - {id: c, kind: subprocess, text: 逾期追蹤, sop: nothing-like-it}
  - {id: d, kind: subprocess, text: 本流程, sop: case}`,
      ),
      others: [overdueSop],
      errors: [
        { messageId: 'missingReference', stepId: 'a', line: 7 },
        { messageId: 'unknownSopSuggest', stepId: 'b', line: 8, message: '您是指「petition-overdue」嗎' },
        { messageId: 'unknownSop', stepId: 'c', message: '「nothing-like-it」' },
        { messageId: 'selfReference', stepId: 'd' },
      ],
    },
    {
      name: 'following a named procedure refers to it (依本院公文處理程序辦理), and 送採購議價 sends the case into one; a condition before the action does not hide it',
      code: chain(`  - {id: a, text: 依本院公文處理程序辦理}
  - {id: b, text: 送採購議價}
  - {id: c, text: 如案件涉及工程，依發包程序辦理發包}`),
      errors: [
        { messageId: 'procedureAsProcess', stepId: 'a', message: '「本院公文處理程序」' },
        { messageId: 'procedureAsProcess', stepId: 'b', message: '「採購」' },
        { messageId: 'procedureAsProcess', stepId: 'c', message: '「發包程序」' },
      ],
    },
    {
      name: 'English: a process step that follows another procedure',
      code: chain(`  - {id: a, text: Follow the procurement procedure}
  - {id: b, text: Handle it according to the city rules}`),
      lang: 'en',
      errors: [
        { messageId: 'procedureAsProcess', stepId: 'a', message: '"Follow the procurement procedure"' },
        { messageId: 'procedureAsProcess', stepId: 'b', message: '"according to the city rules"' },
      ],
    },
  ],
});
