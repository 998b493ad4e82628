import { describe, expect, it } from 'vitest';
import { formUnlisted } from '../../src/rules/form-unlisted.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ENGLISH_PAIR } from '../helpers/form-pairs.js';
import { lintWithRule, ruleTester, sopWith, sopChain } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/form-unlisted.md');

/** start → the given middle step(s) → end, with the given forms list. */
function chain(middle: string, forms = '[]', top: Record<string, string> = {}): string {
  return sopChain(middle, { forms, ...top });
}

ruleTester(formUnlisted, {
  valid: [
    {
      name: 'a one-character verb and noun that are one word (發函: send a letter) are the verb and its bare object, no name ending the label',
      code: chain(`  - {id: a, text: 續予列管，俟下一稽催週期再行發函}`),
    },
    {
      name: 'a quoted menu path (點選「報表>各類簽收清單」) is where to click on a screen, not a form name',
      code: chain(`  - {id: a, text: "公文送發文後,點選「報表>各類簽收清單」。"}`),
    },
    {
      name: 'a start step where someone outside fills in their own paper is a trigger, even with a determiner (the applicant\'s Complaint Letter)',
      code: sopWith(`
  - {id: s, kind: start, text: "The applicant sends a Complaint Letter"}
  - {id: done, kind: end, text: Closed}`, { lang: 'en' }),
      lang: 'en',
    },
    {
      name: '詳附表 is "see the attached table": 附表 is a class noun and 詳 a verb before it',
      code: chain(`  - {id: a, text: 案件先行審查作業流程詳附表}`),
    },
    {
      name: 'English: a form named by its code is listed under that code',
      code: chain(`  - {id: a, text: Requesters may use Form KBA-F1 to make a request}`, '[Form KBA-F1]', { lang: 'en' }),
      lang: 'en',
    },
    {
      name: '此表單 is "this form" (a determiner and a class noun), and 登記 before it is a verb, not part of a name',
      code: chain(`  - {id: a, text: "請郵寄二個掛號回郵信封,勿登記此表單。"}`),
    },
    {
      name: '表件 is the generic class noun (申請表件: the application papers), no form name',
      code: chain(`  - {id: a, text: 印製申請表件}`),
    },
    {
      name: 'a paper the step receives from someone else (領取報案三聯單, 收到…判決書) is no form of the SOP',
      code: chain(`  - {id: a, text: "遺失物將交存於警察機關,並領取報案三聯單。"}
  - {id: b, text: 承辦人收到法院判決書後歸檔}`),
    },
    {
      name: 'English: a paper received is another body\'s; receipt as the act of receiving is no paper',
      code: chain(`  - {id: a, text: The clerk receives the Insurance Certificate form}
  - {id: b, text: Upon receipt of a request we acknowledge it within 3 days}
  - {id: c, text: We will acknowledge receipt of your complaint}`, '[]', { lang: 'en' }),
      lang: 'en',
    },
    {
      name: 'the medium of a form (線上表單, our online form) says how it is filled in, not which form',
      code: chain(`  - {id: a, text: 民眾填寫線上表單}`),
    },
    {
      name: 'English: the medium of a form (our online form)',
      code: chain(`  - {id: a, text: A request must be made by completing our online form}`, '[]', { lang: 'en' }),
      lang: 'en',
    },
    {
      name: 'a start step by someone outside the office stays a trigger, even when a verb produces the paper',
      code: sopWith(`
  - {id: a, kind: start, text: 民眾填寫陳情書}
  - {id: b, kind: end, text: 結案}`),
    },
    {
      name: 'a verb phrase set off by punctuation (辦理登簿、…) is no name, nor a name whose bracket only explains it',
      code: chain(`  - {id: a, text: (四)辦理登簿、繕發書狀、異動整理、歸檔等。}
  - {id: b, text: 於申請表(詳如作業要點第三點所定格式)內審核資格}`),
    },
    {
      name: '函 in a verb (函送, 函請, 函詢) or alone after a verb is no name',
      code: chain(`  - {id: a, text: 企劃處函送各單位}
  - {id: b, text: 本局函詢戶政事務所}
  - {id: c, text: 擬函陳核}`),
    },
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'listed names, by name in the label and by id in forms',
      code: chain(
        `  - {id: fill, text: 民眾填寫首長會見民眾登記處理表}
  - {id: send, text: 將處理通知書送業務單位, forms: [notice]}`,
        '[嘉義市政府首長會見民眾登記處理表, {id: notice, name: 嘉義市政府首長會見民眾案件處理通知書}]',
      ),
    },
    {
      name: 'a near miss of a listed form is form-name\'s, not an unlisted form',
      code: chain(`  - {id: notice, kind: document, text: 首長會見民眾處理通知單}`, '[嘉義市政府首長會見民眾案件處理通知書]'),
    },
    {
      name: 'ordinary words that contain a form noun: 表示, 表揚, 單位, 書面',
      code: chain(`  - {id: a, text: 企劃處送會相關業務單位表示意見}
  - {id: b, text: 市務會議公開表揚}
  - {id: c, text: 評審小組書面審查}`),
    },
    {
      name: 'a bare noun after a verb, and 報告 with no document word before it',
      code: chain(`  - {id: a, text: 下載表格}
  - {id: b, text: 按月編製相關報表提報市務會議}
  - {id: c, text: 提送市務會議報告}`),
    },
    {
      name: 'a form named in passing, not produced or ending the label',
      code: chain(`  - {id: a, text: 函請各單位於4月3日以前提送議會工作報告書面及電子檔案}`),
    },
    {
      name: 'unquoted names in a start step: the trigger comes from outside',
      code: sopWith(`
  - {id: notice, kind: start, text: 文書科通知市務會議開會通知}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'guidance prose: names ending in 書 or 報告 unless quoted',
      code: chain(`  - {id: a, text: 企劃處彙整}`, '[]', { guidance: '[依據年度預算書匡列項目, 申請書內容及注意事項請參考實施計畫]' }),
    },
    {
      name: 'the document of a listed template counts as using it when the template is not drawn',
      code: chain(`  - {id: summary, kind: document, text: 摘要暨評審表}`, '[摘要暨評審表格式]'),
    },
    {
      name: 'generic nouns: a class noun after generic words or an operation verb, a button or field label',
      code: chain(
        `  - {id: a, text: 承辦人點選「新增表單」按鈕}
  - {id: b, text: 民眾填表後送出}
  - {id: c, text: 承辦人檢附相關文件}
  - {id: d, text: 於請購單「經手人」欄位簽章}
  - {id: e, text: 承辦人點選「列印申請書」}
  - {id: f, text: 承辦人上傳資料}`,
        '[請購單, 其他申請書]',
      ),
    },
    {
      name: 'English: the required forms, a button label',
      code: chain(`  - {id: a, text: Attach the required forms}
  - {id: b, text: Click the "Submit form" button}
  - {id: c, text: Complete the supporting documents}`),
      lang: 'en',
    },
    {
      name: 'English: after an article, a verb that only sends names no form mid-sentence',
      code: chain(`  - {id: a, text: Send the monthly summary report to the manager by email}`),
      lang: 'en',
    },
    {
      name: 'papers checked for being there (是否有轉出證明單及報到通知單; whether the request has…) are brought, not forms of the flow',
      code: chain(`  - {id: a, text: 註冊組檢查是否有轉出證明單及報到通知單}
  - {id: b, text: Check whether the request has the parental consent letter}`),
    },
    {
      name: 'English: a listed form, and a bare noun',
      code: chain(`  - {id: fill, text: Fill in the Leave Request Form}
  - {id: review, text: Review the application}`, '[Leave Request Form]'),
    },
    {
      name: 'a screen that a system pops up (跳出需求表; pops up) is no form',
      code: chain(`  - {id: a, text: 即依申請目標量跳出需求表}
  - {id: b, text: 系統彈出請購確認單}`),
    },
    {
      name: 'English: a screen that pops up',
      code: chain(`  - {id: a, text: The system pops up the Stock Request Form}`),
      lang: 'en',
    },
    {
      name: 'a menu heading of a portal path: X相關表單 says whose forms, not which form',
      code: chain(`  - {id: a, text: 資訊科設定}`, '[嘉義市政府電子郵件信箱使用暨異動申請表]', {
        guidance: '[更改密碼操作步驟，可至本府員工入口網（http://example.gov.tw/）─員工專區─府內員工表單下載─資訊科相關表單項下載。]',
      }),
    },
    {
      name: 'English: "IT related forms" is a kind of paper, not a form name',
      code: chain(`  - {id: a, text: Staff download the IT related forms from the intranet}`, '[]', { lang: 'en' }),
      lang: 'en',
    },
    {
      name: 'an unlisted name paired with the listed form nothing names is form-name\'s (one form, two names)',
      code: chain(`  - {id: a, kind: document, text: 年度經費分配明細表}`, '[基本設施補助計畫預定進度及經費分配表]'),
    },
    {
      name: 'English: paired with the listed form nothing names',
      code: ENGLISH_PAIR,
      lang: 'en',
    },
    {
      name: 'English: a reordered name in guidance of a name the chart gives a listed form',
      code: chain(`  - {id: a, kind: document, text: Annual Leave Request Form}`, '[Employee Annual Leave Request Form]', {
        guidance: '[Staff send the “Request for Annual Leave Form” a week ahead.]',
        lang: 'en',
      }),
      lang: 'en',
    },
    {
      name: 'the contract (維護合約) of a step that another step names as its document (維護合約書, form-name\'s): one finding, there',
      code: chain(
        `  - {id: renew, text: 訂維護合約（以2年1簽為原則）}
  - {id: contract, kind: document, text: 維護合約書}`,
        '[合約書。]',
      ),
    },
    {
      name: 'a shorter name in guidance of a name the chart gives a listed form (列管計畫項目表 for 計畫類列管項目表)',
      code: chain(`  - {id: a, kind: document, text: 計畫類列管項目表}`, '[年度新增計畫類(300萬元以上)列管項目表]', {
        guidance: '[各單位依「列管計畫項目表」填報。]',
      }),
    },
  ],
  invalid: [
    {
      name: 'English: a start step that names the body\'s own form (the district … Form) is the office\'s paper; the same words in another order and an "Original" copy of it are that form, reported once',
      code: sopWith(`
  - {id: request, kind: start, text: All facility usage requests must be on the district Facility Usage Request Form with an original signature}
  - {id: principal, text: Original Facility Usage Request Form will be forwarded to building Principal}
  - {id: business, text: Original Facility Request Usage Form will be forwarded to the Business Manager}
  - {id: done, kind: end, text: Closed}`, { lang: 'en' }),
      lang: 'en',
      errors: [{ messageId: 'unlistedNoForms', stepId: 'request', message: '"Facility Usage Request Form"' }],
    },
    {
      name: 'a character that only begins a word is no cut (簽 in 簽收, 各 in 各類): 列印 prints the whole 各類簽收清單',
      code: chain(`  - {id: a, text: "公文歸檔後,列印各類簽收清單,再連同公文紙本送交檔案人員簽收。"}`),
      errors: [{ messageId: 'unlistedNoForms', stepId: 'a', message: '「各類簽收清單」' }],
    },
    {
      name: 'English: a form named by its code (Form KBA-F1) is a name in itself, reported once',
      code: chain(`  - {id: a, text: Requesters may use Form KBA-F1 to make a request}
  - {id: b, text: "Telephoned requests shall be transcribed onto Form KBA-F1 by staff"}`, '[]', { lang: 'en' }),
      lang: 'en',
      errors: [{ messageId: 'unlistedNoForms', stepId: 'a', message: '"Form KBA-F1"' }],
    },
    {
      name: '登記 right before its noun stays in the name (休退學登記表)',
      code: chain(`  - {id: a, text: 同學填寫休退學登記表}`),
      errors: [{ messageId: 'unlistedNoForms', stepId: 'a', message: '「休退學登記表」' }],
    },
    {
      name: 'a two-character producing verb is not cut in half (擬具|意見書), and a noun a producing verb modifies through 之 is produced (填載之追蹤考核表)',
      code: chain(`  - {id: a, text: 承辦行政執行官審查復核案件擬具意見書奉核後}
  - {id: b, text: 行政執行官應審核由配置組員定期填載之追蹤考核表並呈核。}`),
      errors: [
        { messageId: 'unlistedNoForms', stepId: 'a', message: '「意見書」' },
        { messageId: 'unlistedNoForms', stepId: 'b', message: '「追蹤考核表」' },
      ],
    },
    {
      name: 'the same name made by a person is a form of the flow',
      code: chain(`  - {id: a, text: 承辦人依申請目標量填寫需求表}`),
      errors: [{ messageId: 'unlistedNoForms', stepId: 'a', message: '需求表' }],
    },
    {
      name: 'English: the same form filled in',
      code: chain(`  - {id: a, text: The clerk fills in the Stock Request Form}`),
      lang: 'en',
      errors: [{ messageId: 'unlistedNoForms', stepId: 'a', message: 'Stock Request Form' }],
    },
    {
      name: 'pairs only one to one: two unlisted names that both read as the one unnamed form stay unlisted',
      code: chain(
        `  - {id: a, text: 填寫場地維護紀錄表}
  - {id: b, text: 填寫場地清潔檢查表}`,
        '[會議場地借用申請表]',
      ),
      errors: [
        { messageId: 'unlisted', stepId: 'a', message: '「場地維護紀錄表」' },
        { messageId: 'unlisted', stepId: 'b', message: '「場地清潔檢查表」' },
      ],
    },
    {
      name: 'not paired with another noun: 落後案件彙整報表 (a 報表) is no …彙整表',
      code: chain(`  - {id: a, text: 按月提送落後案件彙整報表}`, '[基本設施管考系統查核點填寫方式彙整表]'),
      errors: [{ messageId: 'unlisted', stepId: 'a', message: '「落後案件彙整報表」' }],
    },
    {
      name: 'English: not paired when the nouns differ (leave application vs Leave Request Form)',
      code: chain(`  - {id: a, text: Employee fills in the leave request sheet}`, '[Leave Request Form, Vehicle Booking Form]', { lang: 'en' }),
      lang: 'en',
      errors: [{ messageId: 'unlisted', stepId: 'a', message: '"leave request sheet"' }],
    },
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [{ messageId: 'unlisted', stepId: 'call' }, { messageId: 'stepFormUnlisted', stepId: 'submit' }],
    },
    {
      name: '議會工作報告 註3: one finding for the report, where a verb produces it (使用表格：無)',
      code: chain(`  - {id: request, text: 函請各單位於4月3日以前提送議會工作報告書面及電子檔案}
  - {id: compile-units, text: 企劃處依電子檔案彙編各單位議會工作報告}
  - {id: compile-submit, text: 企劃處彙編議會工作報告陳核}
  - {id: print, text: 印製議會工作報告}
  - {id: report, kind: document, text: 議會工作報告}`),
      errors: [{ messageId: 'unlistedNoForms', stepId: 'compile-units', message: '「議會工作報告」' }],
    },
    {
      name: '服務品質獎 註2: the first label that ends with it',
      code: chain(
        `  - {id: call, text: 企劃處函轉業務單位提報參獎申請書}
  - {id: submit, text: 業務單位提送參獎申請書}
  - {id: revise, text: 核定參獎單位依照評審小組建議修改參獎申請書}`,
        '[政府服務品質獎評核項目評分表]',
      ),
      errors: [{ messageId: 'unlisted', stepId: 'call', message: '「參獎申請書」' }],
    },
    {
      name: '首長會見 註2 and 民意調查 註5: a document step, and 契約 before a trailing verb',
      code: chain(`  - {id: meeting-notice, kind: document, text: 與民有約開會通知}
  - {id: contract, text: 契約簽訂}`),
      errors: [
        { messageId: 'unlistedNoForms', stepId: 'meeting-notice', message: '「與民有約開會通知」' },
        { messageId: 'unlistedNoForms', stepId: 'contract', message: '「契約」' },
      ],
    },
    {
      name: 'a 「」-quoted name in a label',
      code: chain(`  - {id: log, text: 於「版本修訂紀錄表」登錄修訂內容}`, '[文件制訂申請單]'),
      errors: [{ messageId: 'unlisted', stepId: 'log', message: '「版本修訂紀錄表」' }],
    },
    {
      name: 'a quoted name with its version in a bracket (國立臺灣海洋大學 場地外借)',
      code: chain(`  - {id: apply, text: "借用人填具『場地外借申請單(1140611版)』,向事務組提出申請。"}`),
      errors: [{ messageId: 'unlistedNoForms', stepId: 'apply', message: '「場地外借申請單(1140611版)」' }],
    },
    {
      name: '基本設施 註4: a specific table in guidance that no label names',
      code: chain(`  - {id: council, text: 按月提報市務會議}`, '[基本設施補助計畫預定進度及經費分配表]', {
        guidance: '[催辦方式：每月稽催業務單位依限上網填報執行進度後，按月提送落後案件彙整報表於市務會議中檢討。]',
      }),
      errors: [{ messageId: 'unlisted', line: 5, message: '「落後案件彙整報表」' }],
    },
    {
      name: '城鄉風貌: the filled 申請補助計畫書 beside its listed 格式, which the chart also draws',
      code: chain(
        `  - {id: plan-format, kind: document, text: 申請補助計畫書格式}
  - {id: submit, text: 各單位期限內提出申請補助計畫書}
  - {id: application, kind: document, text: 申請補助計畫書}`,
        '[申請補助計畫書格式]',
      ),
      errors: [{ messageId: 'unlistedTemplate', stepId: 'application' }],
    },
    {
      name: 'a step forms entry that names no listed form',
      code: chain(`  - {id: a, text: 企劃處彙整, forms: [會議紀錄]}`, '[專案報告]'),
      errors: [{ messageId: 'stepFormUnlisted', stepId: 'a', message: '「會議紀錄」' }],
    },
    {
      name: 'English: a producing verb before an article (complete the … form), mid-sentence',
      code: chain(`  - {id: req, text: Complete the Critical Purchase requisition form and obtain approval}`),
      lang: 'en',
      errors: [{ messageId: 'unlistedNoForms', stepId: 'req', message: '"Critical Purchase requisition form"' }],
    },
    {
      name: 'a name that opens with a bracket (（非）消耗性材料請購單)',
      code: chain(`  - {id: print, text: 列印（非）消耗性材料請購單}`),
      errors: [{ messageId: 'unlistedNoForms', stepId: 'print', message: '「（非）消耗性材料請購單」' }],
    },
    {
      name: 'the object of 將/併 that a later verb acts on, and 轉診單 (轉 begins a word: not a verb that cuts the name), 一式三聯 (not 單一)',
      code: chain(`  - {id: reply, text: 門、急診醫師將轉診回覆單填寫病歷摘要，交給護理人員}
  - {id: send, text: 經單位主管核閱後併預算支用申請單送至本室}
  - {id: refer, text: 轉介醫院填寫轉診單一式三聯交給病患}`),
      errors: [
        { messageId: 'unlistedNoForms', stepId: 'reply', message: '「轉診回覆單」' },
        { messageId: 'unlistedNoForms', stepId: 'send', message: '「預算支用申請單」' },
        { messageId: 'unlistedNoForms', stepId: 'refer', message: '「轉診單」' },
      ],
    },
    {
      name: 'a name that heads an enumeration of papers (…等相關文件), or that a copy word follows (…正本, …影本), mid-clause',
      code: chain(`  - {id: consent, text: 協助病人家屬簽署捐贈同意書等相關文件}
  - {id: copy, text: 申請人繳交切結書正本及身分證影本}`),
      errors: [
        { messageId: 'unlistedNoForms', stepId: 'consent', message: '「捐贈同意書」' },
        { messageId: 'unlistedNoForms', stepId: 'copy', message: '「切結書」' },
      ],
    },
    {
      name: 'a receiving verb inside a name is part of it (領取單: the receipt form the claimant fills in)',
      code: chain(`  - {id: claim, text: 依實填寫領取單並簽名}`),
      errors: [{ messageId: 'unlistedNoForms', stepId: 'claim', message: '「領取單」' }],
    },
    {
      name: 'a verb that acts on the name right after it, past auxiliaries (申請審核表應送交…; must be submitted), and a name given a short name (以下簡稱)',
      code: chain(`  - {id: send, text: 資格審核表應送交人事室}
  - {id: log, text: 並於拾得遺失物登記簿(以下簡稱登記簿)登記拾得人身分資料}`),
      errors: [
        { messageId: 'unlistedNoForms', stepId: 'send', message: '「資格審核表」' },
        { messageId: 'unlistedNoForms', stepId: 'log', message: '「拾得遺失物登記簿」' },
      ],
    },
    {
      name: 'English: a passive verb after the name (a … form must be submitted, a … Receipt will be issued)',
      code: chain(
        `  - {id: claim, text: "Once the trip is completed, a Travel Claim form must be submitted to the Purchasing Department."}
  - {id: owed, text: "If a reimbursement is owed, a Travel Cash Receipt will be issued to the traveler."}`,
        '[]',
        { lang: 'en' },
      ),
      lang: 'en',
      errors: [
        { messageId: 'unlistedNoForms', stepId: 'claim', message: '"Travel Claim form"' },
        { messageId: 'unlistedNoForms', stepId: 'owed', message: '"Travel Cash Receipt"' },
      ],
    },
    {
      name: 'a marked object whose verb follows a comma (將該申請書併同申請審核表，送交…), a short name measured by its one-character noun (結|報表), a letter with its template (…函(附件 3))',
      code: chain(`  - {id: forward, text: 檔案管理單位即將該申請書併同申請審核表，送交業務承辦單位審核。}
  - {id: compile, text: 活動結束後20日內編製結報表}
  - {id: draft, text: 並擬妥准駁決定函(附件 3)後}`),
      errors: [
        { messageId: 'unlistedNoForms', stepId: 'forward', message: '「申請審核表」' },
        { messageId: 'unlistedNoForms', stepId: 'forward', message: '「申請書」' },
        { messageId: 'unlistedNoForms', stepId: 'compile', message: '「結報表」' },
        { messageId: 'unlistedNoForms', stepId: 'draft', message: '「准駁決定函(附件 3)」' },
      ],
    },
    {
      name: 'a start step that is the office\'s own work: its unit acts, or the label calls the paper its own (本表單, our)',
      code: sopWith(`
  - {id: list, kind: start, text: 企劃處研考科繕造教師聘期屆滿名冊}
  - {id: register, kind: start, text: 休退學登記表:同學請於本表單登記辦理休學、退學}
  - {id: done, kind: end, text: 結案}`),
      errors: [
        { messageId: 'unlistedNoForms', stepId: 'list', message: '「教師聘期屆滿名冊」' },
        { messageId: 'unlistedNoForms', stepId: 'register', message: '「休退學登記表」' },
      ],
    },
    {
      name: 'English: a start step that calls the form its own (our)',
      code: sopWith(
        `
  - {id: form, kind: start, text: The quickest way to make a complaint is by using our online complaints form.}
  - {id: done, kind: end, text: Close}`,
        { lang: 'en' },
      ),
      lang: 'en',
      errors: [{ messageId: 'unlistedNoForms', stepId: 'form', message: '"online complaints form"' }],
    },
    {
      name: 'English: a report that a verb drafts',
      code: chain(`  - {id: draft, text: Draft the Monthly Progress Report}`),
      lang: 'en',
      errors: [{ messageId: 'unlistedNoForms', stepId: 'draft', message: '"Monthly Progress Report"' }],
    },
  ],
});

describe('form-unlisted word lists', () => {
  it('user words extend the lists', () => {
    const code = chain(`  - {id: a, text: 企劃處擬具簽呈}`);
    expect(lintWithRule(formUnlisted, code)).toEqual([]);
    const findings = lintWithRule(formUnlisted, code, { config: { words: { formsNouns: ['簽呈'], formsCutWords: ['擬具'] } } });
    expect(findings.map((f) => f.messageId)).toEqual(['unlistedNoForms']);
  });
});
