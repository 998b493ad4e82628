import { decisionShape } from '../../src/rules/decision-shape.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith, sopChain } from '../helpers/rule-tester.js';
import { answersDrawnAsDiamonds, statesAfterBoxes } from '../helpers/outcome-charts.js';

const docs = docsExamples('docs/rules/decision-shape.md');

/** start → the given middle step(s) → end. */
const chain = (middle: string): string => sopChain(middle);

ruleTester(decisionShape, {
  valid: [
    {
      name: 'batch 3: 成功 that is not the success of the act before it (活動圓滿成功 after 報名), or in a longer label (報名成功後繳費), is no outcome box',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: apply, text: 申請人線上報名}
  - {id: party, text: 活動圓滿成功}
  - {id: apply2, text: 申請人線上報名}
  - {id: pay, text: 報名成功後申請人繳費}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'batch 3: the answers of a question box drawn as diamonds are left to the box\'s one finding (see invalid), and a way on that opens with the outcome (核准繳交保證金 beside 未准者駁回) acts',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: review, kind: decision, text: 審查, branches: {核准: deposit, 未准: reject}}
  - {id: deposit, text: 核准繳交保證金, next: done}
  - {id: reject, text: 未准者駁回, next: done}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: a judgment word in a relative clause describes a noun (the date on which the complaint will be considered)',
      code: chain(`  - {id: a, text: "The clerk shall notify the complainant of the date on which the complaint will be considered."}`),
      lang: 'en',
    },
    {
      name: 'a judgment word before 數 or 案 names an amount or a case (核定數, 採購案), not a ruling',
      code: chain(`  - {id: a, text: "6. 填寫經費項目及核定數:依核定經費概算表項目依序填寫。"}
  - {id: b, text: 彙整本年度審查案清單}`),
    },
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'batch 3: a way of a judgment that opens with one of its outcomes (核准…) beside a way that says no (未准者駁回) is that judgment\'s outcome; 未…者 with its consequent right after it is a condition',
      code: chain(`  - {id: review, kind: decision, text: 是否符合租借規定, branches: {是: deposit, 否: reject}}
  - {id: deposit, text: 核准繳交保證金, next: done}
  - {id: reject, text: 未准者駁回, next: done}`),
    },
    {
      name: 'issue 9: numbered items that follow each other are one way, not alternatives; parallel ways on are not a judgment',
      code: chain(`  - {id: a, text: 1.收件。 2.登錄系統並通知申請人。 3.不需補件者歸檔, next: [b, c]}
  - {id: b, text: 登錄系統, next: done}
  - {id: c, text: 通知申請人, next: done}`),
    },
    {
      name: 'a judgment already drawn as a decision with outcome labels',
      code: chain(`  - {id: ok, kind: decision, text: 企劃處判斷是否解除列管, branches: {是: done, 否: start}}`),
    },
    {
      name: 'an approval drawn as a decision (decision-shape is satisfied; the branches are other rules\' business)',
      code: chain(`  - {id: approve, kind: decision, text: 首長核定, branches: {核可: done, 駁回: start}}`),
    },
    {
      name: '核定 as an adjective or object: 各核定補助計畫開始執行, 依規定請撥核定補助經費, 核定參獎單位依照…',
      code: chain(`  - {id: a, text: 各核定補助計畫開始執行}
  - {id: b, text: 依規定請撥核定補助經費}
  - {id: c, text: 本府召開會議，確定核定補助計畫經費額度}`),
    },
    {
      name: '核定 by an outside body whose result is an input',
      code: chain(`  - {id: a, text: 營建署核定補助金額}
  - {id: b, text: 行政院主計處核定}
  - {id: c, text: 行政院研考會核定補助金額}
  - {id: d, text: 年度施政計畫草案送請議會審議}`),
    },
    {
      name: 'filing, not approving: 核備, 備查, 核定轉知',
      code: chain(`  - {id: a, text: 獎懲結果送交人事處核備}
  - {id: b, text: 報內政部備查}
  - {id: c, text: 核備轉知相關單位}
  - {id: d, text: 核定轉知相關單位}`),
    },
    {
      name: 'nouns and meeting names: 評審小組, 評審表, 決議案, 公文簽核系統, 電子簽核, 審查會議',
      code: chain(`  - {id: a, text: 企劃處依計畫期程簽組評審小組}
  - {id: b, text: 嘉義市政府創意提案評審表}
  - {id: c, text: 市議會函送定期會臨時會決議案}
  - {id: d, text: 公文簽核系統-個人工作儀表板隨時提醒主辦案件資訊}
  - {id: e, text: 公文處理(紙本//電子簽核)成效比較表}
  - {id: f, text: 招標文件審查會議}
  - {id: g, text: 本府召開年度預算審查會議(財政處、主計處)}
  - {id: h, text: 簽陳市長圈選初審委員，組成初審小組}`),
    },
    {
      name: 'the sign-off memo 評選結果簽核 is a document (document-shape), and a document step is fine',
      code: chain(`  - {id: memo, text: 評選結果簽核}
  - {id: doc, kind: document, text: 首長核定公文}`),
    },
    {
      name: 'a review that is a stage of a named procedure is left to subprocess',
      code: chain(`  - {id: q, text: 資格標審查}
  - {id: v, text: 廠商評選}`),
    },
    {
      name: 'a question box that captions the diamond right after it',
      code: chain(`  - {id: caption, text: 該員工之單位登記桌是否已在公文系統上新增該員工資料並設定公文角色？}
  - {id: ask, kind: decision, text: 單位登記桌已設定否？, branches: {是: done, 否: start}}`),
    },
    {
      name: 'a diamond without a judgment word whose labels are outcomes or categories with a criterion',
      code: chain(`  - {id: a, kind: decision, text: 申請類別, branches: {新增: b, 註銷: done}}
  - {id: b, kind: decision, text: 10萬元, branches: {10萬元以上: done, 10萬元以內: done}}`),
    },
    {
      name: 'English: a decision; a request sent for the review that the next step gives',
      code: chain(`  - {id: a, kind: decision, text: Is the form complete?, branches: {Yes: b, No: start}}
  - {id: b, text: Send the draft to the committee for review}
  - {id: c, kind: decision, text: The committee reviews the draft, branches: {Approved: done, Returned: b}}`),
    },
    {
      name: 'issue 9: judgment words as modifiers or participles act on a judgment made elsewhere (依審定結果辦理, 按核准之計畫執行, 經核可後送出, 經…核定…後，…, 對照核定圖說查驗, 評估成果)',
      code: chain(`  - {id: a, text: 依審定結果辦理}
  - {id: b, text: 按核准之計畫執行}
  - {id: c, text: 經核可後送出}
  - {id: d, text: 對照核定圖說查驗}
  - {id: e, text: 承辦初審人員經審核無誤時，即送辦理登錄及校對作業}
  - {id: g, text: 學生得追蹤查詢假單分層審核狀態}
  - {id: h, text: 於「審查意見表」簽名}
  - {id: i, text: 經首長核定各項計畫後，函送各單位執行}
  - {id: j, text: 配合全球環境、中央政策、都市定位評估成果}`),
    },
    {
      name: 'issue 9, English: a noun "review", "approved" as an adjective, "after review" are not approval steps',
      code: chain(`  - {id: a, text: The officer is responsible for scheduling the review}
  - {id: b, text: Documentation of each review shall be filed}
  - {id: c, text: All approved items will be forwarded to the team}
  - {id: d, text: After review the clerk files the case}
  - {id: e, text: Send the requisition and member approval to the group}`),
      lang: 'en',
    },
    {
      name: 'a condition that answers the judgment before it, and the ways on of a decision, are that judgment\'s outcomes',
      code: chain(`  - {id: ask, kind: decision, text: 組長先分析內容是否確實與本科業務有關, branches: {是: real, 否: done}}
  - {id: real, text: 如分析屬實，應立即進行調查, next: route}
  - {id: route, kind: decision, text: 是否於規定期限內辦結？, branches: {是: ontime, 否: late}}
  - {id: ontime, text: 如於規定期限內辦結，直接以公文答覆當事人, next: done}
  - {id: late, text: 如否，則另行以公文通知當事人展期理由, next: done}`),
    },
    {
      name: 'a signature by the applicant or the proposer is no sign-off; a supervisor\'s signature before sending is an earlier act (a list with 簽章 alone would fire)',
      code: chain(`  - {id: a, text: 提藥醫師簽章}
  - {id: b, text: 並由申請人於申請書表親自簽章確認無訛}
  - {id: c, text: 經單位權責主管簽章後併預算支用申請單送至本室}
  - {id: d, text: The applicant signs the form}`),
    },
    {
      name: 'boxes after a plain action do not make it a judgment when they are not conditions',
      code: chain(`  - {id: a, text: 總收文彙整, next: [b, c]}
  - {id: b, text: 掛號分文，送權責單位, next: done}
  - {id: c, text: 掛號分文，送企劃處列管, next: done}`),
    },
    {
      name: 'an assessment that measures rather than decides (需求評估, 績效評估; a needs assessment), and an assessment team',
      code: chain(`  - {id: a, text: 戶籍地社會局評估團隊需求評估}
  - {id: b, text: 人事室辦理年度績效評估}`),
    },
    {
      name: 'a judgment word that names the wording of a ruling (決行用語) is a noun',
      code: chain(`  - {id: a, text: 職名章拓印（主管另附決行用語）送資訊科}
  - {id: b, text: 掃描職名章拓印及決行用語，裁切後匯入公文系統}`),
    },
    {
      name: 'English: a needs assessment decides nothing',
      code: chain(`  - {id: a, text: The social worker carries out a needs assessment}
  - {id: b, text: The care team assesses the needs of the family}`),
      lang: 'en',
    },
    {
      name: 'issue 9: 如 inside another word or with the words after it (例如, 諸如, 比如, 有如, 如下, 如期, 如實, 如數), in brackets, 若干: no condition',
      code: chain(`  - {id: a, text: 承辦人如實填寫登記簿}
  - {id: b, text: 申請人如數繳回款項，由出納組收款}
  - {id: c, text: 承辦人依下列規定如期辦理，並通知申請人}
  - {id: d, text: 應備文件如下，由承辦人收件}
  - {id: e, text: 易腐壞物品(例如便當、麵包)，由值日小隊長拍照存檔}
  - {id: f, text: 諸如此類案件，由承辦人彙整}
  - {id: g, text: 比如遺失證件，由承辦人登記}
  - {id: h, text: 護理師著裝（如N95口罩、隔離衣）引導病人至篩檢站}
  - {id: i, text: 若干案件由承辦人彙整}`),
    },
    {
      name: 'issue 9: 者 inside a noun (申請者, 使用者, 或者), and a 者 clause before a colon that heads what follows, are no condition',
      code: chain(`  - {id: a, text: 申請者，應填寫申請表}
  - {id: b, text: 或者，由承辦人以電話通知}
  - {id: c, text: 列案編號並回覆意見反應者：顧客意見處理人員將意見列案編號}`),
    },
    {
      name: 'issue 9: a condition answered by the diamond before it',
      code: chain(`  - {id: ask, kind: decision, text: 拾得人是否於三個月內領取？, branches: {是: claimed, 否: unclaimed}}
  - {id: claimed, text: 拾得人領取遺失物, next: done}
  - {id: unclaimed, text: 拾得人於受通知或公告後三個月內未領取者，公管中心依規定辦理, next: done}`),
    },
    {
      name: 'issue 9, English: a judgment verb as a to-infinitive after a verb that hands the case on and its object is the purpose, done by the one it goes to',
      code: chain(`  - {id: a, text: We have five working days to assign the case to a senior officer from a different department to review.}
  - {id: b, text: Send it to the manager to approve.}
  - {id: c, text: We will ask the officer to review the decision.}`),
      lang: 'en',
    },
    {
      name: 'issue 9: 准駁 naming the letter it heads (擬妥准駁決定函) is no ruling; 決定 heads it',
      code: chain(`  - {id: a, text: 並擬妥准駁決定函(附件 3)後, next: b}
  - {id: b, kind: decision, text: 權責長官核示, branches: {准: done, 駁: start}}`),
    },
    {
      name: 'issue 9: ends after a box that is itself one way of a decision are what follows that outcome, not a new judgment',
      code: sopWith(`  - {id: start, kind: start, text: Application received}
  - {id: ask, kind: decision, text: Is the proposal approved?, branches: {"yes": granted, "no": refused}}
  - {id: granted, text: The application is granted with conditions., next: [accepted, appeal]}
  - {id: refused, text: The application is refused with reasons., next: [accepted, appeal]}
  - {id: accepted, kind: end, text: The decision is accepted.}
  - {id: appeal, kind: end, text: The applicant appeals within 12 weeks.}`),
      lang: 'en',
    },
    {
      name: 'issue 9: a long …者 condition opening one way on of a plain box is no alternative unless negated (a trigger beside another task)',
      code: chain(`  - {id: report, text: 按月編製相關報表提報市務會議, next: [punish, award]}
  - {id: punish, text: 有嘉義市政府暨所屬機關公文處理時暨逾限懲處作業規定情節者，由企劃處依規定簽辦懲處, next: done}
  - {id: award, text: 年度辦理文書人員評核敘獎, next: done}`),
    },
    {
      name: 'issue 9: numbered items that share a word or two are one sequence, not two versions of one way; 則 inside 原則 closes no topic',
      code: chain(`  - {id: a, text: 1.協助病人配戴外科口罩。2.原診間醫師配戴外科口罩問診，並視需要穿戴個人防護裝備。3.隔離防護裝備置放於感染科診間}
  - {id: b, text: 由現場最高主管負責紓解、傾聽意見，予以委婉詳盡說明，以立即消弭抱怨為原則。}`),
    },
    {
      name: 'issue 9, English: a later sentence with a plain condition is a note, not a second case (If need more time to respond we will contact you)',
      code: chain(`  - {id: a, text: Once we assign an officer we will provide a response within 20 working days. If need more time to respond we will contact you.}`),
      lang: 'en',
    },
    {
      name: 'issue 9, English: "even if" and "as if" open no condition',
      code: chain(`  - {id: a, text: "Complete all travel forms, even if the trip is tentative"}
  - {id: b, text: Handle the late request as if it were new}`),
      lang: 'en',
    },
  ],
  invalid: [
    {
      name: 'batch 3: a box that states the success of the act before it (等待候補 → 候補成功) draws one outcome of a judgment',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: wait, text: 申請人等待候補 Waiting list}
  - {id: success, text: 候補成功 Successfully waitlisted}
  - {id: pay, text: 申請人繳費}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'successAsProcess', stepId: 'success', message: '「申請人等待候補 Waiting list」' }],
    },
    {
      name: 'batch 3: a question box whose answers are drawn as diamonds (是 Yes / 否 No): one finding, on the box',
      code: answersDrawnAsDiamonds(),
      errors: [{ messageId: 'questionAsProcess', stepId: 'beds' }],
    },
    {
      name: 'batch 3: a box whose ways on state two states of one subject (服務穩定 / 服務異常), or lift the state that led into it (服務異常解除), judges',
      code: statesAfterBoxes(),
      errors: [
        { messageId: 'outcomesAfterProcess', stepId: 'visit', message: '「服務穩定」、「服務異常」' },
        { messageId: 'outcomesAfterProcess', stepId: 'coord', message: '「服務異常解除」' },
      ],
    },
    {
      name: 'batch 3: after a review box, a way on with an approval of its own after the outcome (核准後送校長核定) is a finding; ways on that are no states (服務穩定 / 通知家屬) make no judgment',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: review, text: 審查, next: [approved, reject]}
  - {id: approved, text: 核准後送校長核定, next: visit}
  - {id: reject, text: 未准者駁回, next: done}
  - {id: visit, text: 個管定期訪視, next: [stable, notify]}
  - {id: stable, text: 服務穩定, next: done}
  - {id: notify, text: 個管通知家屬, next: done}
  - {id: done, kind: end, text: 結案}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'review' },
        { messageId: 'approvalAsProcess', stepId: 'approved' },
      ],
    },
    {
      name: 'batch 3: a lone 「否」 diamond that is no answer of a box with two ways on is still reported',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: approve, text: 首長核定}
  - {id: rejected, kind: decision, text: 否 No, branches: {修訂: done}}
  - {id: done, kind: end, text: 結案}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'approve' },
        { messageId: 'outcomeAsDecision', stepId: 'rejected' },
      ],
    },
    {
      name: 'an assessment of whether a case qualifies is a judgment, whoever assesses',
      code: chain(`  - {id: a, text: 社會局評估團隊評估是否符合補助資格}
  - {id: b, text: 社會局評估申請案}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'a', message: '「評估」' },
        { messageId: 'approvalAsProcess', stepId: 'b', message: '「評估」' },
      ],
    },
    {
      name: 'the ruling itself (主管決行) is a judgment',
      code: chain(`  - {id: a, text: 主管決行}`),
      errors: [{ messageId: 'approvalAsProcess', stepId: 'a', message: '「決行」' }],
    },
    {
      name: 'English: evaluating an application is a review',
      code: chain(`  - {id: a, text: The panel evaluates the application}`),
      lang: 'en',
      errors: [{ messageId: 'approvalAsProcess', stepId: 'a' }],
    },
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'ruling', message: '「裁示」' },
        { messageId: 'conditionsAfterProcess', stepId: 'quote' },
        { messageId: 'approvalAsProcess', stepId: 'sign', message: '「批可」' },
        { messageId: 'conditionInProcess', stepId: 'resume', message: '「如發現有擅自復工者」' },
        { messageId: 'actionAsDecision', stepId: 'award' },
      ],
    },
    {
      name: 'approvals and reviews drawn as boxes (首長核定, 單位主管核閱, 初審, 複審, 核章, 簽請, 檢視, 清查)',
      code: chain(`  - {id: a, text: 首長核定}
  - {id: b, text: 單位主管核閱}
  - {id: c, text: 財主單位計畫預算初審(企劃處、財政處及主計處)}
  - {id: d, text: 營建署召開複審會議}
  - {id: e, text: 申請單位核章}
  - {id: f, text: 簽請發包}
  - {id: g, text: 資訊科檢視單一簽入系統該員工帳號}
  - {id: h, text: 企劃處按月清查執行情形}
  - {id: i, text: 簽核上網公告招標}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'a', message: '「核定」' },
        { messageId: 'approvalAsProcess', stepId: 'b', message: '「核閱」' },
        { messageId: 'approvalAsProcess', stepId: 'c', message: '「初審」' },
        { messageId: 'approvalAsProcess', stepId: 'd', message: '「複審」' },
        { messageId: 'approvalAsProcess', stepId: 'e', message: '「核章」' },
        { messageId: 'judgmentAsProcess', stepId: 'f', message: '「簽請」' },
        { messageId: 'judgmentAsProcess', stepId: 'g', message: '「檢視」' },
        { messageId: 'judgmentAsProcess', stepId: 'h', message: '「清查」' },
        { messageId: 'approvalAsProcess', stepId: 'i', message: '「簽核」' },
      ],
    },
    {
      name: 'a supervisor\'s signature is a sign-off (經單位權責主管簽章; English: the Head of School signs)',
      code: chain(`  - {id: sign, text: 經單位權責主管簽章}
  - {id: head, text: The Head of School signs the requisition}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'sign', message: '「簽章」' },
        { messageId: 'approvalAsProcess', stepId: 'head', message: 'signs' },
      ],
    },
    {
      name: 'a ruling in a box quotes its approval word and asks for 核可／駁回 (首長會見民眾 註1: 裁示), and a trailing ？ is a question',
      code: chain(`  - {id: ruling, text: 企劃處彙整業務單位意見上簽，由一層裁示是否會見}
  - {id: desk, text: 單位登記桌已設定否？}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'ruling', line: 7, message: '「裁示」' },
        { messageId: 'questionAsProcess', stepId: 'desk', line: 8 },
      ],
    },
    {
      name: 'a question with no subject of its own right after a check box asks what the check judged: one finding, on the check (公文系統新進人員 註4)',
      code: chain(`  - {id: check, text: 資訊科檢視單一簽入系統該員工帳號}
  - {id: match, text: 是否與公文系統吻合？若不吻合則修正之。}`),
      errors: [{ messageId: 'judgmentAsProcess', stepId: 'check' }],
    },
    {
      name: 'English: "whether …" right after a review box is that review\'s question: one finding',
      code: chain(`  - {id: check, text: The clerk reviews the account in the sign-on system}
  - {id: match, text: "Whether it matches the document system; if not, correct it"}`),
      lang: 'en',
      errors: [{ messageId: 'approvalAsProcess', stepId: 'check' }],
    },
    {
      name: 'a question with a subject of its own after a judgment box is another judgment',
      code: chain(`  - {id: check, text: 資訊科檢視單一簽入系統該員工帳號}
  - {id: desk, text: 單位登記桌是否已設定公文角色？}`),
      errors: [
        { messageId: 'judgmentAsProcess', stepId: 'check' },
        { messageId: 'questionAsProcess', stepId: 'desk' },
      ],
    },
    {
      name: 'conditions in the following steps (資訊系統維護 註6: 洽廠商報價)',
      code: chain(`  - {id: quote, text: 洽廠商報價, next: [under, over]}
  - {id: under, text: 10萬元內簽准直接由廠商增修系統功能, next: done}
  - {id: over, text: 10萬元以上者，依發包程序辦理發包, next: done}`),
      errors: [{ messageId: 'conditionsAfterProcess', stepId: 'quote', message: '「10萬元內簽准直接由廠商增修系統功能」' }],
    },
    {
      name: 'issue 9: a box followed by alternatives (如於期限內辦結… / 如否…) is a judgment without a keyword',
      code: chain(`  - {id: route, text: 即由主辦課依分層負責規定逐級辦理, next: [ontime, late]}
  - {id: ontime, text: 如於規定期限內辦結，直接以公文答覆當事人, next: done}
  - {id: late, text: 如否，則另行以公文通知當事人展期理由, next: done}
  - {id: handle, text: 承辦, next: [pass, fix]}
  - {id: pass, text: 通過或不通過, next: done}
  - {id: fix, text: 補正, next: done}`),
      errors: [
        { messageId: 'conditionsAfterProcess', stepId: 'route', message: '「如於規定期限內辦結' },
        { messageId: 'conditionsAfterProcess', stepId: 'handle', message: '「通過或不通過」' },
      ],
    },
    {
      name: 'issue 9: two ways on that say one thing and its negation; a folded question and its folded consequence are one finding',
      code: chain(`  - {id: visit, text: 里幹事實地查訪, next: [absent, present]}
  - {id: absent, text: 查訪結果未居住該址, next: done}
  - {id: present, text: 查訪結果確實居住該址, next: done}
  - {id: resides, text: 確實(未)居住申請地址, next: notify}
  - {id: notify, text: 通知(不)受理遷徙登記, next: done}`),
      errors: [
        { messageId: 'conditionsAfterProcess', stepId: 'visit', message: '「查訪結果未居住該址」' },
        { messageId: 'questionAsProcess', stepId: 'resides', message: '「(未)」' },
      ],
    },
    {
      name: 'issue 9: numbered ways in one box that exclude each other (1.當場回覆 / 2.…無法當場回覆)',
      code: chain(`  - {id: reply, text: 1.當場回覆。 2.事涉其他相關單位無法當場回覆，填寫處理表，列入公文處理。}`),
      errors: [{ messageId: 'alternativesInProcess', stepId: 'reply', message: '「當場回覆」、「事涉其他相關單位無法當場回覆」' }],
    },
    {
      name: 'issue 9: 批示, 批可, routed for approval with no ruling after it, and a condition in a box in a straight line',
      code: chain(`  - {id: a, text: 校長(或授權人)批示}
  - {id: b, text: 陳主任秘書批可}
  - {id: c, text: 系統依准假權責送請核准}
  - {id: d, text: 陳核：依本院公文處理程序陳核首長，經首長批示後由相關單位進行處理}
  - {id: e, text: 案件登記完畢後，如有書狀需用印者，應送監印人員用印}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'a', message: '「批示」' },
        { messageId: 'approvalAsProcess', stepId: 'b', message: '核可、駁回、修正' },
        { messageId: 'approvalAsProcess', stepId: 'c', message: '「核准」' },
        { messageId: 'approvalAsProcess', stepId: 'd', message: '「陳核」' },
        { messageId: 'conditionInProcess', stepId: 'e', message: '「如有書狀需用印者」' },
      ],
    },
    {
      name: 'issue 9, English: "route … for approval", "if the request is unclear", a light verb before a review, obtaining approval',
      code: chain(`  - {id: a, text: Route the request to the director for approval}
  - {id: b, text: "If the request is unclear, we will contact you and ask for clarification"}
  - {id: c, text: Analysts will perform the first review of acquisition packages}
  - {id: d, text: Obtain approval from your Head of School by email}`),
      lang: 'en',
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'a', message: 'for approval' },
        { messageId: 'conditionInProcess', stepId: 'b', message: '"If the request is unclear"' },
        { messageId: 'approvalAsProcess', stepId: 'c', message: '"review"' },
        { messageId: 'approvalAsProcess', stepId: 'd', message: '"Obtain approval"' },
      ],
    },
    {
      name: '同意… / 不同意… after a box',
      code: chain(`  - {id: ask, text: 企劃處上簽, next: [yes, no]}
  - {id: yes, text: 同意會見，企劃處安排會見時間, next: done}
  - {id: no, text: 不同意會見，由企劃處函復申請人, next: done}`),
      errors: [{ messageId: 'conditionsAfterProcess', stepId: 'ask' }],
    },
    {
      name: 'the inverse case: an action drawn as a diamond (創意提案 註3「獎勵」)',
      code: chain(`  - {id: award, kind: decision, text: 獎勵, branches: {提案獎: done, 成功獎: done}}`),
      errors: [{ messageId: 'actionAsDecision', stepId: 'award', line: 7, message: '「獎勵」' }],
    },
    {
      name: 'a diamond that is only an outcome (綜合發展計畫 註4「否」)',
      code: chain(`  - {id: approve, text: 首長核定}
  - {id: rejected, kind: decision, text: 否, branches: {修訂: start}}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'approve' },
        { messageId: 'outcomeAsDecision', stepId: 'rejected', message: '「否」' },
      ],
    },
    {
      name: 'English: an approval box, a question box, an action diamond',
      code: chain(`  - {id: a, text: Director approves the budget}
  - {id: b, text: Is the form complete?}
  - {id: c, kind: decision, text: Send the letter, branches: {Email: done, Post: done}}`),
      lang: 'en',
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'a' },
        { messageId: 'questionAsProcess', stepId: 'b' },
        { messageId: 'actionAsDecision', stepId: 'c' },
      ],
    },
    {
      name: 'issue 9: a condition after the subject (…如…時，), a long 者 clause, 但…者，, a 者 clause that ends the label',
      code: chain(`  - {id: d, text: 該處陳報處理結果後，經本署認其已處理完竣者}
  - {id: a, text: 管理權人如委任代理人辦理申報時，應檢附委任書}
  - {id: b, text: 拾得人於受通知或公告後三個月內未領取者，公管中心得依規定辦理}
  - {id: c, text: 但於 2 個月內處理完竣者，應即時將處理情形陳報本署。}`),
      errors: [
        { messageId: 'conditionInProcess', stepId: 'd', message: '「經本署認其已處理完竣者」' },
        { messageId: 'conditionInProcess', stepId: 'a', message: '「如委任代理人辦理申報時」' },
        { messageId: 'conditionInProcess', stepId: 'b', message: '「拾得人於受通知或公告後三個月內未領取者」' },
        { messageId: 'conditionInProcess', stepId: 'c', message: '「但於 2 個月內處理完竣者」' },
      ],
    },
    {
      name: 'issue 9: 採購共約商品者，… in a straight line is a condition (the approval after it, 請購單核准後, is an earlier act: no approval finding)',
      code: chain(`  - {id: f, text: 採購共約商品者，請購單核准後，應主動通知事務組下訂}`),
      errors: [{ messageId: 'conditionInProcess', stepId: 'f', message: '「採購共約商品者」' }],
    },
    {
      name: 'issue 9: a judgment before it that shares only the case word (申報, in most steps) does not answer the condition',
      code: chain(`  - {id: check, text: 受理申報時，應審核申報表等相關文件}
  - {id: proxy, text: 管理權人如委任代理人辦理申報時，應檢附委任書}
  - {id: slip, text: 填具申報受理單}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'check', message: '「審核」' },
        { messageId: 'conditionInProcess', stepId: 'proxy', message: '「如委任代理人辦理申報時」' },
      ],
    },
    {
      name: 'issue 9, English: a condition that asks whether the option decided in the condition box before it was taken: one finding, on that box',
      code: chain(`  - {id: extend, text: "If your request is complicated, we can extend the request for a further 20 working days."}
  - {id: email, text: "If we need to extend the request, we will email to tell you."}`),
      lang: 'en',
      errors: [{ messageId: 'conditionInProcess', stepId: 'extend', message: '"If your request is complicated"' }],
    },
    {
      name: 'issue 9: a condition after steps whose own conditions are ways of a branching step asks something new (未領取者 after 通知拾得人領取)',
      code: chain(`  - {id: vest, text: 遺失物逾六個月未經認領，由拾得人取得所有權, next: [notify, post]}
  - {id: notify, text: 符合前目規定者，公管中心應通知拾得人領取遺失物, next: collect}
  - {id: post, text: 因故無法通知者，得將通知公告刊登於網站, next: collect}
  - {id: collect, text: 拾得人於受通知或公告後三個月內未領取者，公管中心得依規定辦理}`),
      errors: [
        { messageId: 'conditionsAfterProcess', stepId: 'vest' },
        { messageId: 'conditionInProcess', stepId: 'collect', message: '「拾得人於受通知或公告後三個月內未領取者」' },
      ],
    },
    {
      name: 'issue 9, English: sent far down the sentence "for consideration and if supported … for a final decision" with no ruling after it; routed for consideration to the one who rules next',
      code: chain(`  - {id: a, text: "Requests that need extra funding will be sent by the Recruitment Department to the Director of Finance and People Director for consideration and if supported to the Chief Executive for a final decision."}
  - {id: b, text: Send the case to the Director for consideration}
  - {id: c, text: The Director approves the case}`),
      lang: 'en',
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'a', message: 'for consideration' },
        { messageId: 'approvalAsProcess', stepId: 'c', message: '"approves"' },
      ],
    },
    {
      name: 'issue 9, English: a trailing if-clause',
      code: chain(`  - {id: a, text: Request for Absence form if substitute is needed; put absence in the system}`),
      lang: 'en',
      errors: [{ messageId: 'conditionInProcess', stepId: 'a', message: '"if substitute is needed"' }],
    },
    {
      name: 'issue 9, English: a label-style subject before the to-infinitive ("Manager to approve …") and a plain verb are the step\'s own judgment',
      code: chain(`  - {id: a, text: Manager to approve the request}
  - {id: b, text: We review the case}
  - {id: c, text: Officers assigned to review the case}`),
      lang: 'en',
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'a', message: '"approve"' },
        { messageId: 'approvalAsProcess', stepId: 'b', message: '"review"' },
        { messageId: 'approvalAsProcess', stepId: 'c', message: '"review"' },
      ],
    },
    {
      name: 'issue 9: a second review (複查, 複核) and a light verb with its nominalised ruling (為准駁之決定) are judgments; a condition in brackets after the word is the aside\'s (兩次腦死判定(意外死亡者,…))',
      code: chain(`  - {id: a, text: 註冊組長教務主任複查}
  - {id: b, text: 會計室主任複核}
  - {id: c, text: 並自申請人補正資料送達之日起三十日內為准駁之決定。}
  - {id: d, text: "6. 兩次腦死判定(意外死亡者,需報請檢察官同意)"}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'a', message: '「複查」' },
        { messageId: 'approvalAsProcess', stepId: 'b', message: '「複核」' },
        { messageId: 'approvalAsProcess', stepId: 'c', message: '「准駁」' },
        { messageId: 'judgmentAsProcess', stepId: 'd', message: '「判定」' },
      ],
    },
    {
      name: 'issue 9: two ways on that end the flow are alternatives (respond by: providing / denying): the box chooses',
      code: sopWith(`  - {id: start, kind: start, text: Request received}
  - {id: respond, text: "Within five business days, the agency shall respond by:", next: [provide, deny]}
  - {id: provide, kind: end, text: Providing the record}
  - {id: deny, kind: end, text: Denying the request}`),
      lang: 'en',
      errors: [{ messageId: 'endsAfterProcess', stepId: 'respond', message: '「Providing the record」' }],
    },
    {
      name: 'issue 9: a way on that opens with a negated condition clause (未依…補正或補正仍不合規定者，) is the "no" of the box before it',
      code: chain(`  - {id: review, text: 消防機關逐項審核申報資料, next: [correct]}
  - {id: correct, text: 告知管理權人補正或改善, next: [review, penalty]}
  - {id: penalty, text: 未依前小目規定於期限內補正或補正仍不合規定者，應依消防法規定辦理。, next: done}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'review', message: '「審核」' },
        { messageId: 'conditionsAfterProcess', stepId: 'correct', message: '「未依前小目規定' },
      ],
    },
    {
      name: 'issue 9: a topic closed by 則 is the case the rest is for; a later sentence that sets a case beside the first this way (…者則…) is one too',
      code: chain(`  - {id: reply, text: 書面、電話記錄之抱怨及具爭議性案件則以書面或電話答覆反應人員。}
  - {id: post, text: 處理人員於五個工作天內向民眾回覆說明。無留下連絡資料者則由處理人員彙整意見後公布於公佈欄。}`),
      errors: [
        { messageId: 'conditionInProcess', stepId: 'reply', message: '「書面、電話記錄之抱怨及具爭議性案件」' },
        { messageId: 'conditionInProcess', stepId: 'post', message: '「無留下連絡資料者」' },
      ],
    },
    {
      name: 'issue 9: two numbered items that repeat most of each other\'s words are one way written twice, for two circumstances',
      code: chain(`  - {id: notify, text: 1.診間護理師通知門診護理長，由護理長聯絡發燒篩檢站進行收治病人準備，並告知為高度傳染性病人。2.夜間及假日流程：門診護理師通知值班護理長，由值班護理長聯絡發燒篩檢站進行收治病人準備，並告知為高度傳染性病人。}`),
      errors: [{ messageId: 'alternativesInProcess', stepId: 'notify', message: '「夜間及假日流程」' }],
    },
    {
      name: 'batch 3: "submit … for an internal review" routes the case; its ruling is drawn ahead when the next step hands the case on to the one who rules after it',
      code: chain(`  - {id: submit, text: The requester must submit their request for an internal review within 4 weeks.}
  - {id: refer, text: This request must be sent to the Information Officer who will refer it to the Internal Reviewer.}
  - {id: review, text: The Internal Reviewer will assess the documents requested and issue a reply letter.}`),
      lang: 'en',
      errors: [{ messageId: 'approvalAsProcess', stepId: 'review', message: '"assess"' }],
    },
    {
      name: 'batch 3 look-alike: a step between that asks for something else (ask for clarification) hands nothing on to the ruling: the routing box still lacks its ruling',
      code: chain(`  - {id: submit, text: The requester must submit their request for an internal review within 4 weeks.}
  - {id: clarify, text: We will contact you to ask for clarification.}
  - {id: assess, text: The manager will assess the documents.}`),
      lang: 'en',
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'submit', message: 'for an internal review' },
        { messageId: 'approvalAsProcess', stepId: 'assess', message: '"assess"' },
      ],
    },
    {
      name: 'batch 3: "If a requester is still not satisfied with the outcome …" after the review is the requester\'s own judgment, a new question (the ruling before shares its words); "If the request is refused …" answers the review',
      code: chain(`  - {id: review, text: The Internal Reviewer will assess the request and reply to the requester.}
  - {id: appeal, text: "If a requester is still not satisfied with the outcome of the internal review of their request, they are entitled to appeal to the Information Commissioner."}
  - {id: review2, text: The Internal Reviewer will assess the request and reply to the requester.}
  - {id: refused, text: "If the request is refused by the Internal Reviewer, the requester is told the reasons."}`),
      lang: 'en',
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'review', message: '"assess"' },
        { messageId: 'conditionInProcess', stepId: 'appeal', message: 'not satisfied' },
        { messageId: 'approvalAsProcess', stepId: 'review2', message: '"assess"' },
      ],
    },
    {
      name: 'batch 3: 對審查結果不服者 is the applicant\'s own judgment, a new question, though it shares 審查 with the review before',
      code: chain(`  - {id: review, text: 承辦人審查申請案並函復申請人}
  - {id: appeal, text: 申請人對審查結果不服者，得於30日內提起訴願}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'review', message: '「審查」' },
        { messageId: 'conditionInProcess', stepId: 'appeal', message: '不服者' },
      ],
    },
    {
      name: 'batch 3: "If approved …" right after a box that routes the case for approval states that approval\'s outcome (one finding, on the routing box); after a box that asks nothing it is a condition of its own',
      code: chain(`  - {id: forward, text: Business Manager will forward to Superintendent for final approval.}
  - {id: permit, text: If approved form will be returned to the requester as permit for use.}
  - {id: file, text: The clerk files the request.}
  - {id: again, text: If approved the clerk enters the booking in the calendar.}`),
      lang: 'en',
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'forward', message: 'for final approval' },
        { messageId: 'conditionInProcess', stepId: 'again', message: 'If approved' },
      ],
    },
    {
      name: 'batch 3: "If there are no concerns, Council approves …" beside "If there are any concerns, …" states the outcome of the presentation before (one finding, there); ways whose conditions do not negate each other (amounts) are rulings of their own',
      code: chain(`  - {id: present, text: The Dean presents the renewal at Council for discussion, next: [revise, approve]}
  - {id: revise, text: "If there are any concerns, the team revises the documentation.", next: present}
  - {id: approve, text: "If there are no concerns, Academic Council approves the documentation.", next: amount}
  - {id: amount, text: The office files the documentation, next: [big, small]}
  - {id: big, text: "If the cost is over $10,000, the Director approves the budget.", next: done}
  - {id: small, text: "If the cost is under $10,000, the Manager approves the budget.", next: done}`),
      lang: 'en',
      errors: [
        { messageId: 'conditionsAfterProcess', stepId: 'present' },
        { messageId: 'conditionsAfterProcess', stepId: 'amount' },
        { messageId: 'approvalAsProcess', stepId: 'big', message: '"approves"' },
        { messageId: 'approvalAsProcess', stepId: 'small', message: '"approves"' },
      ],
    },
    {
      name: 'batch 3: 核准繳交保證金 beside 未准者駁回 is the approved outcome of 審查 (one finding, there); beside a way that does not say no, 核准 is a ruling of its own; 未依規回復場地者保證金不予發還 opens with a condition (使用後檢查 is a judgment)',
      code: chain(`  - {id: review, text: 審查, next: [deposit, reject]}
  - {id: deposit, text: 核准繳交保證金, next: inspect}
  - {id: reject, text: 未准者駁回, next: done}
  - {id: inspect, text: 使用後檢查, next: [refund, forfeit]}
  - {id: refund, text: 發還保證金, next: sort}
  - {id: forfeit, text: 未依規回復場地者保證金不予發還, next: done}
  - {id: sort, text: 整理資料, next: [grant, notify]}
  - {id: grant, text: 核准撥款, next: done}
  - {id: notify, text: 通知申請人, next: done}`),
      errors: [
        { messageId: 'approvalAsProcess', stepId: 'review', message: '「審查」' },
        { messageId: 'conditionsAfterProcess', stepId: 'inspect', message: '「未依規回復場地者' },
        { messageId: 'approvalAsProcess', stepId: 'grant', message: '「核准」' },
      ],
    },
    {
      name: 'a word added in sop.config.yaml words: counts like a built-in one',
      code: chain(`  - {id: a, text: 首長核判}`),
      config: { words: { decisionApprovalVerbs: ['核判'] } },
      errors: [{ messageId: 'approvalAsProcess', stepId: 'a', message: '「核判」' }],
    },
  ],
});
