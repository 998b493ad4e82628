import { standardTime } from '../../src/rules/standard-time.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';
import { answersDrawnAsDiamonds, statesAfterBoxes } from '../helpers/outcome-charts.js';

const docs = docsExamples('docs/rules/standard-time.md');

ruleTester(standardTime, {
  valid: [
    {
      name: 'batch 3: the answers of a question box drawn as diamonds (是 Yes / 否 No) take the judgment\'s time',
      code: answersDrawnAsDiamonds('1d'),
    },
    {
      name: 'batch 3: two states of one subject after a box (服務穩定 / 服務異常) and the state lifted (服務異常解除) take the judgment\'s time',
      code: statesAfterBoxes('1d'),
    },
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'start, end and data steps are exempt; time or schedule is enough',
      code: sopWith(`
  - {id: start, kind: start, text: 議會定期會召開}
  - {id: system, kind: data, text: 公文管理系統}
  - {id: request, text: 函請各單位提送議會工作報告, schedule: 每年4月3日及10月3日以前}
  - {id: compile, kind: document, text: 議會工作報告, time: 3工作天}
  - {id: sub, kind: subprocess, text: 招標, external: 政府採購法 招標程序, time: 1-3w}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'a box that only states an outcome of the judgment box before it (a branch label drawn as a box) takes no time of its own',
      code: sopWith(`
  - {id: start, kind: start, text: 民眾提出申請}
  - {id: check, text: 櫃台受理審核證件, time: 10m, next: [incomplete, complete]}
  - {id: complete, text: 證件齊全, next: handle}
  - {id: incomplete, text: 證件不齊, next: done}
  - {id: handle, text: 承辦, time: 3d, next: [result, correct]}
  - {id: result, text: 通過或不通過, next: done}
  - {id: correct, text: 補正, time: 7d, next: done}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: outcome boxes after a review box',
      code: sopWith(`
  - {id: start, kind: start, text: Application received}
  - {id: check, text: Review the application, time: 1d, next: [complete, incomplete]}
  - {id: complete, text: Application complete, next: done}
  - {id: incomplete, text: Application not complete, next: done}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
    },
    {
      name: 'a symbol that only says one outcome, the judgment box\'s only way on (首長核定 → 「否」), takes the judgment\'s time',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: approve, text: 首長核定, time: 1d}
  - {id: rejected, kind: decision, text: 否, branches: {修訂: revise}}
  - {id: revise, text: 承辦人修訂計畫, time: 2d}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: a lone "No" box after an approval box takes the approval\'s time',
      code: sopWith(`
  - {id: start, kind: start, text: Request received}
  - {id: approve, text: The director approves the request, time: 1d}
  - {id: rejected, text: No}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
    },
    {
      name: 'a box that writes out a judgment\'s question takes the judgment\'s time: the caption before its diamond, the question right after the check',
      code: sopWith(`
  - {id: start, kind: start, text: 新進員工申請使用公文系統}
  - {id: caption, text: 該員工之單位登記桌是否已在公文系統上新增該員工資料？}
  - {id: desk, kind: decision, text: 單位登記桌已新增否？, time: 10m, branches: {是: check, 否: done}}
  - {id: check, text: 資訊科檢視單一簽入系統該員工帳號, time: 10m}
  - {id: match, text: 是否與公文系統吻合？若不吻合則修正之。}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'a feature of a system that runs all the time is no task (系統持續…, …儀表板隨時…)',
      code: sopWith(`
  - {id: start, kind: start, text: 單位收文登錄}
  - {id: dashboard, text: 公文簽核系統-個人工作儀表板隨時提醒主辦案件資訊}
  - {id: reminders, text: 系統持續進行期前.逾期案件催辦通知}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: the system continuously sends reminders',
      code: sopWith(`
  - {id: start, kind: start, text: Case registered}
  - {id: remind, text: The document system continuously sends reminders of overdue cases}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
    },
    {
      name: 'a path through menus to where a form is kept is no task (員工入口網→應用系統→四階文件→文件編號：…; Intranet → Forms → IT)',
      code: sopWith(`
  - {id: start, kind: start, text: 填寫申請單}
  - {id: path, text: "員工入口網→應用系統[資訊安全專區]→四階文件→文件編號：ISMS-4-D048"}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: a menu path',
      code: sopWith(`
  - {id: start, kind: start, text: Fill in the request form}
  - {id: path, text: Intranet → Forms → IT forms}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
    },
    {
      name: 'a precondition stated as done is no task (新進員工已拿到…、並備妥…; the applicant has already obtained…)',
      code: sopWith(`
  - {id: start, kind: start, text: 本府新進員工申請使用公文系統}
  - {id: ready, text: 新進員工已拿到人事室處審定後之職名章、並備妥自然人憑證}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: a precondition stated as done',
      code: sopWith(`
  - {id: start, kind: start, text: Request received}
  - {id: ready, text: The applicant has already obtained a citizen certificate}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
    },
    {
      name: 'boxes that name a thing, not a task, take no time: a reference consulted, a format and its items, a heading, a copy of a form drawn again, an annotation',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: program, kind: document, text: 政府服務創新精進方案}
  - {id: format, kind: document, text: 申請計畫書格式：}
  - {id: item-1, kind: document, text: 1.計畫書}
  - {id: item-2, kind: document, text: 2.摘要暨評審表}
  - {id: trends, text: 當前國際層面發展趨勢}
  - {id: warranty, text: 保固期間}
  - {id: form, kind: document, text: 資訊系統帳號註冊/註銷/異動申請單, time: 10m}
  - {id: filed, kind: document, text: 申請單}
  - {id: purpose, text: 供日後加簽加密時認證比對用。}
  - {id: blank, kind: document, text: 主管常用決行用語(空白表格)}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'two opposite outcomes after a review box (繼續列管 / 解除列管) take the review\'s time',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: review, text: 企劃處彙辦並填列列管意見簽核一層, time: 1d, next: [keep, release]}
  - {id: keep, text: 繼續列管, next: done}
  - {id: release, text: 解除列管, next: done}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: a strategy, a period and opposite outcomes drawn as boxes take no time',
      code: sopWith(`
  - {id: start, kind: start, text: Request received}
  - {id: backup, text: Backup strategy}
  - {id: warranty, text: Warranty period}
  - {id: copy, kind: document, text: Leave application form (copy)}
  - {id: check, text: Review the case, time: 1d, next: [continue, stop]}
  - {id: continue, text: Continue monitoring, next: done}
  - {id: stop, text: Stop monitoring, next: done}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
    },
  ],
  invalid: [
    {
      name: 'batch 3: a state with no opposite beside it (服務穩定 / 通知家屬) is checked as a task',
      code: sopWith(`
  - {id: start, kind: start, text: 受理轉介}
  - {id: visit, text: 個管定期訪視, time: 1d, next: [stable, notify]}
  - {id: stable, text: 服務穩定, next: done}
  - {id: notify, text: 個管通知家屬, next: done}
  - {id: done, kind: end, text: 結案}`),
      errors: [
        { messageId: 'missing', stepId: 'stable' },
        { messageId: 'missing', stepId: 'notify' },
      ],
    },
    {
      name: 'assisting someone to sign papers is a task, though the label ends with 文件 (協助…簽署…等相關文件)',
      code: sopWith(`
  - {id: start, kind: start, text: 受理}
  - {id: consent, text: 4. 協助病人家屬簽署捐贈同意書等相關文件}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'missing', stepId: 'consent' }],
    },
    {
      name: 'a task whose object is a document, a plan or a schedule still takes time (a verb at its start or after its unit); a produced document too',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: print, text: 人事室繕印教師聘書}
  - {id: prepare, text: 備齊 新藥申請文件}
  - {id: fill, text: 填寫申請表}
  - {id: compile, text: 編製年度施政計畫草案}
  - {id: check, text: 企劃處3月底前清查各計畫預定期程}
  - {id: report, kind: document, text: 議會工作報告}
  - {id: start-plan, text: 啟動應變計畫}
  - {id: plan, text: 規劃年度計畫}
  - {id: done, kind: end, text: 結案}`),
      errors: [
        { messageId: 'missing', stepId: 'print' },
        { messageId: 'missing', stepId: 'prepare' },
        { messageId: 'missing', stepId: 'fill' },
        { messageId: 'missing', stepId: 'compile' },
        { messageId: 'missing', stepId: 'check' },
        { messageId: 'missing', stepId: 'report' },
        { messageId: 'missing', stepId: 'start-plan' },
        { messageId: 'missing', stepId: 'plan' },
      ],
    },
    {
      name: 'English: a verb before the strategy makes it a task',
      code: sopWith(`
  - {id: start, kind: start, text: Request received}
  - {id: update, text: Update the backup strategy}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
      errors: [{ messageId: 'missing', stepId: 'update' }],
    },
    {
      name: 'after a judgment box, a box that does more than state the outcome is a task that takes time',
      code: sopWith(`
  - {id: start, kind: start, text: 民眾提出申請}
  - {id: check, text: 櫃台受理審核證件, time: 10m, next: [incomplete, complete]}
  - {id: complete, text: 證件齊全, next: done}
  - {id: incomplete, text: 證件不齊，開立一次告知單, next: done}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'missing', stepId: 'incomplete' }],
    },
    {
      name: 'a bare 「否」 after a task that judges nothing is a step of its own and takes time',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: file, text: 承辦人登錄案件, time: 1d}
  - {id: rejected, text: 否}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'missing', stepId: 'rejected' }],
    },
    {
      name: 'a person who works in the system all the time does a task (承辦人於系統隨時登錄; the clerk always checks the system)',
      code: sopWith(`
  - {id: start, kind: start, text: 單位收文登錄}
  - {id: log, text: 承辦人於系統隨時登錄案件}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'missing', stepId: 'log' }],
    },
    {
      name: 'English: a clerk who always checks the system does a task',
      code: sopWith(`
  - {id: start, kind: start, text: Case registered}
  - {id: check, text: The clerk always checks the system}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
      errors: [{ messageId: 'missing', stepId: 'check' }],
    },
    {
      name: 'a chain of people to report to is a task, and so is a path a label opens with a verb (印製請購單:…->…)',
      code: sopWith(`
  - {id: start, kind: start, text: 發現事件}
  - {id: report, text: 現場處理人員→衛生組長→學務主任→校長}
  - {id: print, text: 印製請購單：校務行政系統→動支經費管理系統→空白表單→一般請購}
  - {id: done, kind: end, text: 結案}`),
      errors: [
        { messageId: 'missing', stepId: 'report' },
        { messageId: 'missing', stepId: 'print' },
      ],
    },
    {
      name: 'a question whether it is done, and telling someone it is done, are tasks (單位登記桌已設定否？ in a box, 通知申請人已完成作業)',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: ask, text: 單位登記桌已設定公文角色？}
  - {id: tell, text: 通知申請人已完成作業}
  - {id: done, kind: end, text: 結案}`),
      errors: [
        { messageId: 'missing', stepId: 'ask' },
        { messageId: 'missing', stepId: 'tell' },
      ],
    },
    {
      name: 'English: the same label in a straight line is a task',
      code: sopWith(`
  - {id: start, kind: start, text: Application received}
  - {id: complete, text: Application complete}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
      errors: [{ messageId: 'missing', stepId: 'complete' }],
    },
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [
        { messageId: 'missing', stepId: 'compile' },
        { messageId: 'missing', stepId: 'review' },
        { messageId: 'missing', stepId: 'upload' },
      ],
    },
    {
      name: '議會工作報告 註2: a time point in the label does not count',
      code: sopWith(`
  - {id: start, kind: start, text: 議會定期會召開}
  - {id: request-reports, text: 函請各單位於4月3日及10月3日以前提送議會工作報告}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'missing', stepId: 'request-reports', line: 7, message: '「函請各單位於4月3日及10月3日以前提送議會工作報告」' }],
    },
    {
      name: 'the summary option: one finding per SOP',
      code: sopWith(`
  - {id: start, kind: start, text: 開始}
  - {id: a, text: 彙編各科工作報告}
  - {id: b, text: 檔案上傳}
  - {id: done, kind: end, text: 結案}`),
      config: { rules: { 'standard-time': { severity: 'info', options: { summary: true } } } },
      errors: [{ messageId: 'summary', line: 5, message: '有 2 個步驟' }],
    },
    {
      name: 'English',
      code: sopWith(`
  - {id: start, kind: start, text: Request received}
  - {id: review, kind: decision, text: Is the request complete?, branches: {Yes: done, No: start}}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
      errors: [{ messageId: 'missing', stepId: 'review', message: 'has no standard time' }],
    },
  ],
});
