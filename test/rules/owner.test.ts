import { owner } from '../../src/rules/owner.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';
import { answersDrawnAsDiamonds, statesAfterBoxes } from '../helpers/outcome-charts.js';

const docs = docsExamples('docs/rules/owner.md');

function chain(middle: string): string {
  return sopWith(`
  - {id: start, kind: start, text: 受理申請}
${middle}
  - {id: done, kind: end, text: 結案}`);
}

ruleTester(owner, {
  valid: [
    {
      name: 'batch 3: a box that states the success of the act before it (候補成功) is an outcome: nobody acts in it',
      code: chain(`  - {id: wait, text: 申請人等待候補}
  - {id: success, text: 候補成功 Successfully waitlisted}`),
    },
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'units and roles at the start of the label, after lead-ins',
      code: chain(`  - {id: a, text: 企劃處判斷是否解除列管}
  - {id: b, text: 權責單位收文後處理}
  - {id: c, text: 首長核定}
  - {id: d, text: 由一層裁示是否會見}
  - {id: e, text: 經單位主管審查後核定}
  - {id: f, text: 營建署召開複審會議}
  - {id: g, text: 計畫主辦單位簡報}
  - {id: h, text: 提交資訊安全處理小組幹事會議討論, owner: 企劃處資訊科}
  - {id: i, text: 同意會見，企劃處安排會見時間}
  - {id: j, text: 陳情人是否要求知悉業務單位處理情形}
  - {id: k, text: 請使用者登入使用，完成作業}`),
    },
    {
      name: 'the actor after a leading time or condition phrase, after 由 anywhere, or in a closing bracket',
      code: chain(`  - {id: a, text: 上班時間病患請攜帶轉診單至本院一樓2號窗口辦理掛號}
  - {id: b, text: 約等待45天由社政主管機關核發證明。}
  - {id: c, text: '事件發生後,由學校護理師依情況填寫紀錄表'}
  - {id: d, text: '填妥後應交由申請人核對,並由申請人於申請書表親自簽章確認無訛。'}
  - {id: e, text: 製作收據(出納組)}
  - {id: f, text: 非服務時間，請病患攜帶轉診單至急診室櫃檯辦理。}
  - {id: g, text: 將申請案件交由計費、收費人員辦理計、繳規費}
  - {id: h, text: 再交由收件櫃台辦理收件作業後}
  - {id: i, text: 護理長通知清潔專線（白班：2235；夜班：68919）}`),
    },
    {
      name: 'a short noun phrase ending in a unit or person noun, even when it starts like a verb (轉介, 提藥)',
      code: chain(`  - {id: a, text: 提藥醫師簽章}
  - {id: b, text: 轉介醫院（診所）填寫轉診單一式三聯交給病患}
  - {id: c, text: 轉診人員於患者出院14天內將出院病歷摘要回覆原醫師}
  - {id: d, text: 事務組受理會辦場地管理單位同意}
  - {id: e, text: 總務長核章}
  - {id: f, text: 借用人持外借申請單至出納組繳費}
  - {id: g, text: 學生於系統得追蹤查詢假單審核狀態}
  - {id: h, text: 執行秘書 收件/核章}
  - {id: i, text: 藥事委員會議決}
  - {id: j, text: 陳主任秘書批可}
  - {id: k, text: 陳奉校長核定}`),
    },
    {
      name: 'English: the subject after a leading clause, a named team before its verb, the doer after "by"',
      code: chain(`  - {id: a, text: "If a leak investigation is not needed, the 'front door' team notifies the Requestor."}
  - {id: b, text: "With input from the Cyber Security Team, Group Security produces an informal investigation report."}
  - {id: c, text: A thorough investigation is carried out by the appointed Lead Investigator}
  - {id: d, text: The Requestor receives the informal leak report.}
  - {id: e, text: "For procurements above $25,000: TTS management (one level above the CO) and TTS procurement analysts will perform the first review."}
  - {id: f, text: The TTS OA CO is responsible for scheduling the review and forwarding the documents to all reviewers.}
  - {id: g, text: "The Complaints Officer will: listen to the complaint; set expectations regarding the process and outcomes"}`),
      lang: 'en',
    },
    {
      name: 'English: a name in a closing bracket names the doer with no verb after it',
      code: chain(`  - {id: a, text: Check the claim (HR Team)}`),
      lang: 'en',
    },
    {
      name: 'English: a passive whose doer is the body at whose meeting it is done (at the next sitting of…)',
      code: chain(`  - {id: a, text: The budget will be considered at the next sitting of the Finance Board}
  - {id: b, text: The plan is discussed at a meeting of the Planning Committee before it is published.}`),
      lang: 'en',
    },
    {
      name: 'start, end and document steps are exempt',
      code: sopWith(`
  - {id: start, kind: start, text: 線上系統受理陳情案件}
  - {id: form, kind: document, text: 議會工作報告}
  - {id: done, kind: end, text: 結案除管}`),
    },
    {
      name: 'a unit of the config',
      code: chain(`  - {id: a, text: 綜規科彙編各科工作報告}`),
      config: { units: ['綜規科'] },
    },
    {
      name: 'a bare 單位主管 in an SOP with one unit of its own',
      code: chain(`  - {id: a, text: 業務單位填寫申請表}
  - {id: b, text: 單位主管核閱}`),
    },
    {
      name: 'English: a unit or role at the start',
      code: chain(`  - {id: a, text: Planning Department reviews the request}
  - {id: b, text: The Mayor approves the plan}
  - {id: c, text: Unit manager signs the form}`),
      lang: 'en',
    },
    {
      name: 'the one a case is handed to, when their task follows, is its doer (a pivot); after a time or condition clause too',
      code: chain(`  - {id: review, text: 交還承辦初審人員審查。}
  - {id: seal, text: '案件登記完畢後,如有書狀需用印者,應送監印人員用印後送拆件發狀櫃台'}
  - {id: assess, text: 依鑑定類別給予具鑑定資格醫師進行鑑定。}`),
    },
    {
      name: 'role nouns known by their head: …官, …委員, an agentive 人 standing as a word of its own after a modifier of three, 同學',
      code: chain(`  - {id: officer, text: 承辦行政執行官審查復核案件擬具意見書}
  - {id: superior, text: 簽陳本分署權責長官核示。}
  - {id: clerk, text: 書記官製作筆錄}
  - {id: member, text: '初審委員彙整審查意見後,送回本會。'}
  - {id: holder, text: '管理權人如委任代理人辦理申報時,應檢附委任書'}
  - {id: owner, text: 所有權人提出申請}
  - {id: student, text: '同學申請休、退學前,應主動與導師連繫'}`),
    },
    {
      name: 'a phrase ending in 者 directly before its verb names the doer (具受領權資格者前來認領時…)',
      code: chain(`  - {id: claim, text: '具受領權資格者前來認領時,須出示身分證明文件,依實填寫領取單並簽名'}
  - {id: eligible, text: 符合資格者得申請補助}
  - {id: applicant, text: 申請者應檢附身分證明文件}`),
    },
    {
      name: 'a task break before 或 joins two conditions of one sentence, whose actor follows',
      code: chain(`  - {id: vest, text: '遺失物價值在新臺幣伍佰元以下,自通知之日起逾十五日；或無法通知者,自拾得日起逾一個月,由拾得人取得其所有權'}`),
    },
    {
      name: 'English: after a leading condition, the subject of the main clause (the student may appeal)',
      code: chain(`  - {id: a, text: "If the appeal is denied, the student may appeal to the Dean of the College."}
  - {id: b, text: "If the grievance is unresolved at that level, the student should initiate a final grade appeal within the first 10 days"}`),
      lang: 'en',
    },
    {
      name: 'a unit whose name opens with a noun that opens no actor alone (檔案管理單位), in the subject\'s place before a modal or 於',
      code: chain(`  - {id: forward, text: '檔案管理單位即將該申請書併同申請審核表,送交應用檔案業務承辦單位審核。'}
  - {id: file, text: 檔案管理單位應於三日內歸檔}
  - {id: register, text: 建檔人員於系統登錄收文號}`),
    },
    {
      name: 'units as subjects (相關部門人員應…, 其他相關單位協助…), and a unit whose name holds 場所 (場所管理單位)',
      code: chain(`  - {id: discuss, text: 相關部門人員應針對案件討論}
  - {id: help, text: 其他相關單位協助處理}
  - {id: office, text: 場所管理單位應於每月清點設備}`),
    },
    {
      name: 'after a modal, a lead-in names the doer again (應由文書單位登錄, 須經主管核可), and a subject whose name starts like a modal is a subject (需求單位, 應用系統組)',
      code: chain(`  - {id: register, text: 應由文書單位登錄總收文號}
  - {id: approve, text: 須經主管核可}
  - {id: need, text: 需求單位填寫請購單}
  - {id: app, text: 應用系統組建置帳號}`),
    },
    {
      name: 'a person noun of two characters after a modifier of three (原診間醫師)',
      code: chain(`  - {id: consult, text: 原診間醫師配戴外科口罩問診}`),
    },
    {
      name: 'a label that opens with a word of sequence shares the subject of the step before it',
      code: chain(`  - {id: verify, text: 承辦初審人員應先核對申請人之身份}
  - {id: fill, text: 再依其提出之證明文件免費代為填寫登記申請書及登記清冊。}
  - {id: stamp, text: 接著蓋用戳記}`),
    },
    {
      name: 'a start that names only who begins (校內單位：各借用單位; Applicant): the step after it is theirs',
      code: sopWith(`
  - {id: start, kind: start, text: 校內單位：各借用單位}
  - {id: fill, text: 填寫申請表}
  - {id: review, text: 體育室審核}
  - {id: done, kind: end, text: 完成手續}`),
    },
    {
      name: 'English: a label that opens with "then" goes on with the sentence of the step before',
      code: chain(`  - {id: a, text: The Registry Office checks the application}
  - {id: b, text: then files it in the case folder}`),
      lang: 'en',
    },
    {
      name: 'work that happens by itself (自動, 跳出; automatically): a system acts, no person is missing',
      code: chain(`  - {id: demand, text: 即依申請目標量跳出需求表}
  - {id: print, text: 依不同之廠商、合約，自動列印成訂購單}`),
    },
    {
      name: 'English: work that happens by itself',
      code: chain(`  - {id: a, text: The purchase order is generated automatically from the requisition}
  - {id: b, text: A reminder pops up on the screen}`),
      lang: 'en',
    },
    {
      name: 'the subject of a second predicate that rules on the case, after 及 (…及主管單位簽核)',
      code: chain(`  - {id: a, text: 進入院內會辦流程及主管單位簽核。}`),
    },
    {
      name: 'English: the subject of a second predicate that rules on the case, after "and"',
      code: chain(`  - {id: a, text: Enter the countersigning workflow and the Finance Director approves the claim}`),
      lang: 'en',
    },
    {
      name: 'a unit the SOP names elsewhere, written short as charts do (事務組長 … → 事務採購…, beside 主計 and 出納)',
      code: chain(`  - {id: sign, text: 事務組長、總務主任依物品之庫存量再估價加以核簽}
  - {id: acct, text: 主計核簽經費支出項目}
  - {id: buy, text: 事務採購並索取發票或收據}`),
    },
    {
      name: 'a box that only states an outcome of the review before it is a branch label drawn as a box: nobody acts in it',
      code: sopWith(`
  - {id: start, kind: start, text: 民眾提出申請}
  - {id: check, text: 櫃台受理審核證件, next: [incomplete, complete]}
  - {id: complete, text: 證件齊全, next: visit}
  - {id: incomplete, text: 證件不齊, next: notice}
  - {id: visit, text: 櫃台人員派員實地查訪, next: [not-living, living]}
  - {id: not-living, text: 查訪結果未居住該址, next: done}
  - {id: living, text: 查訪結果確實居住該址, next: done}
  - {id: notice, text: 櫃台人員開立一次告知單, next: done}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'a 「否」 diamond that is the approval box\'s only way on says an outcome: nobody acts in it',
      code: sopWith(`
  - {id: start, kind: start, text: 民眾提出申請}
  - {id: approve, text: 首長核定}
  - {id: rejected, kind: decision, text: 否, branches: {修訂: revise}}
  - {id: revise, text: 承辦人修訂計畫}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: outcome boxes after a review box',
      code: sopWith(`
  - {id: start, kind: start, text: Application received}
  - {id: check, text: The Registry Office reviews the application, next: [complete, incomplete]}
  - {id: complete, text: Application complete, next: done}
  - {id: incomplete, text: Application not complete, next: done}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
    },
    {
      name: 'boxes that name a thing, not a task: a reference consulted, a heading and its legend, an input, a copy of a form drawn again, an annotation',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: rules, text: 縣市綜合發展計畫實施要點}
  - {id: upper, text: 上位計畫與相關計畫}
  - {id: owned, text: 行政院所屬各機關民意調查作業要點修正規定}
  - {id: legend, text: ISMS各階文件}
  - {id: level, text: （ISMS一階文件）政策文件}
  - {id: warranty, text: 保固期間}
  - {id: backup, text: 備份策略}
  - {id: copy, text: 申請單(下聯)}
  - {id: purpose, text: 供日後加簽加密時認證比對用。}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'two opposite outcomes after a review box (繼續列管 / 解除列管) are its branches drawn as boxes',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: review, text: 企劃處彙辦並填列列管意見簽核一層, next: [keep, release]}
  - {id: keep, text: 繼續列管, next: done}
  - {id: release, text: 解除列管, next: done}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: boxes that name a thing (a strategy, a period, the rules consulted, an annotation)',
      code: sopWith(`
  - {id: start, kind: start, text: Request received}
  - {id: backup, text: Backup strategy}
  - {id: warranty, text: Warranty period}
  - {id: rules, text: Procurement regulations}
  - {id: note, text: For future reference.}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
    },
    {
      name: 'batch 3: the answers of a question box drawn as diamonds (是 Yes / 否 No) are branch labels: nobody acts in them',
      code: answersDrawnAsDiamonds(),
    },
    {
      name: 'batch 3: two states of one subject after a box (服務穩定 / 服務異常), and the state lifted (服務異常解除), are its outcomes',
      code: statesAfterBoxes(),
    },
    {
      name: 'batch 3: a capital letter opens a name (A個管, B單位), 個管, a doer phrase past an aside, a negated doer phrase before a modal',
      code: chain(`  - {id: a, text: A個管照會B單位}
  - {id: b, text: B單位接受照會並提供服務}
  - {id: c, text: 定期訪視(A個管)}
  - {id: d, text: '經協調後,服務使用者(或其家屬)仍提出更換服務單位之意願。'}
  - {id: e, text: 個管聯繫家屬}
  - {id: f, text: 未滿十八歲者應檢附法定代理人同意書}`),
    },
    {
      name: 'English, batch 3: from after a passive verb of handing on, a role before "who will", a role noun before "must be of"',
      code: chain(`  - {id: a, text: The request is passed on from the Information Officer to the appropriate Decision Maker.}
  - {id: b, text: This request must be sent to the Information Officer who will refer it to the Internal Reviewer.}
  - {id: c, text: The Internal Reviewer must be of a ranking grade higher than that of the Decision Maker.}`),
      lang: 'en',
    },
  ],
  invalid: [
    {
      name: 'a task whose object is a document or a plan is still a task: a verb at its start (備齊, 填寫, 編製, 制定, 修訂)',
      code: chain(`  - {id: prepare, text: 備齊 新藥申請文件}
  - {id: fill, text: 填寫申請表}
  - {id: compile, text: 編製年度施政計畫草案}
  - {id: draft, text: 制定本府服務品質獎評獎實施計畫}
  - {id: revise, text: 修訂作業要點}`),
      errors: [
        { messageId: 'noOwner', stepId: 'prepare' },
        { messageId: 'noOwner', stepId: 'fill' },
        { messageId: 'noOwner', stepId: 'compile' },
        { messageId: 'noOwner', stepId: 'draft' },
        { messageId: 'noOwner', stepId: 'revise' },
      ],
    },
    {
      name: 'English: a verb before the strategy or the rules makes it a task',
      code: sopWith(`
  - {id: start, kind: start, text: Request received}
  - {id: update, text: Update the backup strategy}
  - {id: follow, text: Follow the procurement regulations}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
      errors: [
        { messageId: 'noOwner', stepId: 'update' },
        { messageId: 'noOwner', stepId: 'follow' },
      ],
    },
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [
        { messageId: 'noOwner', stepId: 'compile' },
        { messageId: 'partialOwner', stepId: 'brief' },
        { messageId: 'noOwner', stepId: 'upload' },
      ],
    },
    {
      name: 'a unit after a verb that takes it as its object (通知申請單位應…, 函請各單位於…), after a preposition (於公文系統將…), or a noun opener with no modal after the unit (檔案管理單位函文) names no actor',
      code: chain(`  - {id: notify, text: 通知申請單位應於七日內補正}
  - {id: ask, text: 函請各單位於4月3日前提報工作報告}
  - {id: import, text: 於公文系統將自然人憑證匯入公文主機}
  - {id: upload, text: 檔案上傳至檔案管理系統}`),
      errors: [
        { messageId: 'noOwner', stepId: 'notify' },
        { messageId: 'noOwner', stepId: 'ask' },
        { messageId: 'noOwner', stepId: 'import' },
        { messageId: 'noOwner', stepId: 'upload' },
      ],
    },
    {
      name: 'a unit after a verb of involving or notifying (事涉, 涉及, 照會) is its object; a place (場所) is no unit',
      code: chain(`  - {id: involve, text: '1.當場回覆。 2.事涉其他相關單位無法當場回覆,填寫處理表,列入公文處理。'}
  - {id: concern, text: 涉及其他機關權責者另案處理}
  - {id: notify, text: 依案件性質分類，照會相關部門人員}
  - {id: place, text: '受理申報時,應一併審核前次申報之日期,確認甲類場所檢修時間距前次申報期限不得少於三個月'}`),
      errors: [
        { messageId: 'noOwner', stepId: 'involve' },
        { messageId: 'noOwner', stepId: 'concern' },
        { messageId: 'noOwner', stepId: 'notify' },
        { messageId: 'noOwner', stepId: 'place' },
      ],
    },
    {
      name: 'after a modal the verb follows: a unit there is its object (需報請檢察官同意, 應函請各單位提報), not a subject',
      code: chain(`  - {id: death, text: '6. 兩次腦死判定(意外死亡者,需報請檢察官同意)'}
  - {id: ask, text: 應函請各單位提報}`),
      errors: [
        { messageId: 'noOwner', stepId: 'death' },
        { messageId: 'noOwner', stepId: 'ask' },
      ],
    },
    {
      name: 'English: names listed as examples (e.g Highways Authority, Environment Agency) are no subject, nor a plural noun before its auxiliary (Prepayment expenses should be listed)',
      code: chain(`  - {id: consultation, text: "Consultation – e.g Highways Authority, Environment Agency, Parish/Town Council (statutory 21 days consultation)."}
  - {id: prepay, text: Prepayment expenses should also be listed on the request form where indicated.}
  - {id: reports, text: Monthly reports are sent to the Finance Department.}`),
      lang: 'en',
      errors: [
        { messageId: 'noOwner', stepId: 'consultation' },
        { messageId: 'noOwner', stepId: 'prepay' },
        { messageId: 'noOwner', stepId: 'reports' },
      ],
    },
    {
      name: '市務會議 註1 and 註3, 資安 註2: labels that start with a verb',
      code: chain(`  - {id: compile, text: 彙編各科工作報告}
  - {id: upload, text: 檔案上傳}
  - {id: working-group, text: 提交資訊安全處理小組幹事會議討論}
  - {id: publish, text: 發布實施}
  - {id: to-unit, text: 掛號分文，送權責單位}`),
      errors: [
        { messageId: 'noOwner', stepId: 'compile', message: '「彙編各科工作報告」由誰負責？' },
        { messageId: 'noOwner', stepId: 'upload' },
        { messageId: 'noOwner', stepId: 'working-group' },
        { messageId: 'noOwner', stepId: 'publish' },
        { messageId: 'noOwner', stepId: 'to-unit' },
      ],
    },
    {
      name: 'a person or unit that is the object of a verb, or where something is sent, is not who acts',
      code: chain(`  - {id: check, text: 審查申請人資格及證件}
  - {id: phone, text: 電話告知申請人}
  - {id: forward, text: 驗收無訛送縣府複驗}
  - {id: inspect, text: 送公所(公所派員驗收)}
  - {id: visit, text: 應於3日內派員至現場勘查}
  - {id: commission, text: 委託專業團隊規劃}
  - {id: submit, text: 陳核首長}`),
      errors: [
        { messageId: 'noOwner', stepId: 'check' },
        { messageId: 'noOwner', stepId: 'phone' },
        { messageId: 'noOwner', stepId: 'forward' },
        { messageId: 'noOwner', stepId: 'inspect' },
        { messageId: 'noOwner', stepId: 'visit' },
        { messageId: 'noOwner', stepId: 'commission' },
        { messageId: 'noOwner', stepId: 'submit' },
      ],
    },
    {
      name: 'English: "we", a passive and a thing name no doer',
      code: chain(`  - {id: a, text: We will acknowledge receipt of your complaint within three working days}
  - {id: b, text: The form is sent to the Finance Office}
  - {id: c, text: The Application Form will be reviewed}`),
      lang: 'en',
      errors: [
        { messageId: 'noOwner', stepId: 'a' },
        { messageId: 'noOwner', stepId: 'b' },
        { messageId: 'noOwner', stepId: 'c' },
      ],
    },
    {
      name: 'a hand-over with no task after the recipient, to a place (送至), after a task of its own, or of a thing named before it: who sends?',
      code: chain(`  - {id: a, text: 掛號分文，送權責單位}
  - {id: b, text: 送至採購承辦人依規定辦理採購}
  - {id: c, text: 驗收無訛送縣府複驗}
  - {id: d, text: '親訪的書面記錄或透過電子郵件、傳真送達之文件,須送交總收文掛號'}
  - {id: e, text: 給予申請人補助款}`),
      errors: [
        { messageId: 'noOwner', stepId: 'a' },
        { messageId: 'noOwner', stepId: 'b' },
        { messageId: 'noOwner', stepId: 'c' },
        { messageId: 'noOwner', stepId: 'd' },
        { messageId: 'noOwner', stepId: 'e' },
      ],
    },
    {
      name: 'a verb and a one-character person noun stay a verb and its object; a word of sequence after a step with no actor, or with two ways in, inherits none',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: inform, text: 通知病人回診}
  - {id: fill, text: 再填寫登記清冊, next: done}
  - {id: other, text: 承辦人員核對身分, next: stamp}
  - {id: alt, text: 承辦人員查詢系統, next: stamp}
  - {id: stamp, text: 再蓋用戳記}
  - {id: done, kind: end, text: 結案}`),
      errors: [
        { messageId: 'noOwner', stepId: 'inform' },
        { messageId: 'noOwner', stepId: 'fill' },
        { messageId: 'noOwner', stepId: 'stamp' },
      ],
    },
    {
      name: 'a 者 phrase before a comma is the topic of a condition, before a noun it modifies that noun; 人 inside a word (專人) and 官 inside 官網 name no doer',
      code: chain(`  - {id: late, text: 逾期未補正者，駁回其申請}
  - {id: found, text: '如發現有擅自復工者,應即發文附現場照片'}
  - {id: form, text: '至公所填寫鑑定資料表,領取身心障礙者鑑定表。'}
  - {id: assign, text: 指派專人處理}
  - {id: web, text: 資料刊登官網}`),
      errors: [
        { messageId: 'noOwner', stepId: 'late' },
        { messageId: 'noOwner', stepId: 'found' },
        { messageId: 'noOwner', stepId: 'form' },
        { messageId: 'noOwner', stepId: 'assign' },
        { messageId: 'noOwner', stepId: 'web' },
      ],
    },
    {
      name: 'English: a leading condition before a passive or a subject that is no role names no doer',
      code: chain(`  - {id: granted, text: If approved then application is granted with appropriate conditions.}
  - {id: passive, text: "If approved, the application will be granted with conditions."}`),
      lang: 'en',
      errors: [
        { messageId: 'noOwner', stepId: 'granted' },
        { messageId: 'noOwner', stepId: 'passive' },
      ],
    },
    {
      name: 'a start that says an event, or a step with a second way in, gives no actor to the step after it',
      code: sopWith(`
  - {id: start, kind: start, text: 申請人提出申請}
  - {id: fill, text: 填寫申請表}
  - {id: other, kind: start, text: 申請人, next: check}
  - {id: back, text: 承辦人員退回, next: check}
  - {id: check, text: 核對證件}
  - {id: done, kind: end, text: 完成手續}`),
      errors: [
        { messageId: 'noOwner', stepId: 'fill' },
        { messageId: 'noOwner', stepId: 'check' },
      ],
    },
    {
      name: 'the same work with nobody and nothing said to do it by itself',
      code: chain(`  - {id: print, text: 依不同之廠商、合約，列印成訂購單}
  - {id: demand, text: 依申請目標量開立需求表}`),
      errors: [
        { messageId: 'noOwner', stepId: 'print' },
        { messageId: 'noOwner', stepId: 'demand' },
      ],
    },
    {
      name: 'English: a passive with nothing automatic names no doer',
      code: chain(`  - {id: a, text: The purchase order is generated from the requisition}`),
      lang: 'en',
      errors: [{ messageId: 'noOwner', stepId: 'a' }],
    },
    {
      name: 'a unit or person after 及 with no ruling after it is an object, not a subject',
      code: chain(`  - {id: a, text: 審查申請書及申請人資格}
  - {id: b, text: 通知申請人及主管單位}`),
      errors: [
        { messageId: 'noOwner', stepId: 'a' },
        { messageId: 'noOwner', stepId: 'b' },
      ],
    },
    {
      name: 'English: a noun after "and" with no ruling after it',
      code: chain(`  - {id: a, text: Send the claim to the Finance Office and the Director}`),
      lang: 'en',
      errors: [{ messageId: 'noOwner', stepId: 'a' }],
    },
    {
      name: 'a short name of a unit no label names, or of a qualifier of 單位 (申請單位 → 申請), names no one',
      code: chain(`  - {id: buy, text: 事務採購並索取發票或收據}
  - {id: unit, text: 申請單位填寫申請表}
  - {id: apply, text: 申請補助款}`),
      errors: [
        { messageId: 'noOwner', stepId: 'buy' },
        { messageId: 'noOwner', stepId: 'apply' },
      ],
    },
    {
      name: 'after a review box, a box that does more than state the outcome, a task beside an outcome, and a folded question (someone decides) are checked',
      code: sopWith(`
  - {id: start, kind: start, text: 民眾提出申請}
  - {id: check, text: 櫃台受理審核證件, next: [incomplete, complete]}
  - {id: complete, text: 證件齊全，登錄系統, next: handle}
  - {id: incomplete, text: 證件不齊, next: done}
  - {id: handle, text: 承辦人員審核, next: [result, correct]}
  - {id: result, text: 通過或不通過, next: done}
  - {id: correct, text: 補正, next: done}
  - {id: done, kind: end, text: 結案}`),
      errors: [
        { messageId: 'noOwner', stepId: 'complete' },
        { messageId: 'noOwner', stepId: 'result' },
        { messageId: 'noOwner', stepId: 'correct' },
      ],
    },
    {
      name: 'the same state labels in a straight line, after no judgment, are tasks of their own',
      code: chain(`  - {id: a, text: 證件齊全}
  - {id: b, text: 查訪結果未居住該址}`),
      errors: [
        { messageId: 'noOwner', stepId: 'a' },
        { messageId: 'noOwner', stepId: 'b' },
      ],
    },
    {
      name: 'English: an outcome box that also acts is a task',
      code: sopWith(`
  - {id: start, kind: start, text: Application received}
  - {id: check, text: The Registry Office reviews the application, next: [complete, incomplete]}
  - {id: complete, text: Application complete, next: done}
  - {id: incomplete, text: "Application not complete, return it to the applicant", next: done}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
      errors: [{ messageId: 'noOwner', stepId: 'incomplete' }],
    },
    {
      name: '施政計畫 註3: the second task names no one',
      code: chain(`  - {id: briefing, text: 計畫主辦單位簡報；核定年度重大施政計畫項目}`),
      errors: [{ messageId: 'partialOwner', stepId: 'briefing', message: '「核定年度重大施政計畫項目」' }],
    },
    {
      name: '帳號註冊 註3: which unit\'s head?',
      code: chain(`  - {id: unit-seal, text: 申請單位核章}
  - {id: accept-setup, text: 受理單位核可申請完成設定}
  - {id: supervisor-review, text: 單位主管核閱}`),
      errors: [{ messageId: 'ambiguousOwner', stepId: 'supervisor-review', message: '例如「受理單位主管」' }],
    },
    {
      name: 'a bare 單位主管 in the owner field is as ambiguous',
      code: chain(`  - {id: unit-seal, text: 申請單位核章}
  - {id: accept-setup, text: 受理單位核可申請完成設定}
  - {id: supervisor-review, text: 核閱, owner: 單位主管}`),
      errors: [{ messageId: 'ambiguousOwner', stepId: 'supervisor-review', line: 9 }],
    },
    {
      name: 'the kinds option: document steps too',
      code: sopWith(`
  - {id: start, kind: start, text: 開始}
  - {id: form, kind: document, text: 年度經費分配明細表}
  - {id: done, kind: end, text: 結案}`),
      config: { rules: { owner: { severity: 'warn', options: { kinds: ['document'] } } } },
      errors: [{ messageId: 'noOwner', stepId: 'form' }],
    },
    {
      name: 'English: an imperative label names no one',
      code: chain(`  - {id: a, text: Upload the files}
  - {id: b, text: Send to Finance Office}
  - {id: c, text: The request is recorded in the minutes of the meeting}`),
      lang: 'en',
      errors: [
        { messageId: 'noOwner', stepId: 'a', message: 'Who does step "Upload the files"?' },
        { messageId: 'noOwner', stepId: 'b' },
        { messageId: 'noOwner', stepId: 'c' },
      ],
    },
    {
      name: 'English: roles listed after a comma as objects of "from … by email" are no subject (a list of role words would take them)',
      code: chain(`  - {id: a, text: "Obtain approval from your relevant Head of School, Director of Operations or Directors of Professional Services by email"}
  - {id: b, text: "Group Security re-evaluates the leak request."}
  - {id: c, text: "The Manager or delegate will contact you to acknowledge the complaint"}`),
      lang: 'en',
      errors: [{ messageId: 'noOwner', stepId: 'a' }],
    },
    {
      name: 'batch 3: a doer phrase that says what the case is not names no actor (未准者駁回); a lone state with no opposite beside it is still asked',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: review, text: 審查, next: [deposit, reject]}
  - {id: deposit, text: 核准繳交保證金, next: check}
  - {id: reject, text: 未准者駁回, next: done}
  - {id: check, text: 管理所定期訪視, next: [stable, notify]}
  - {id: stable, text: 服務穩定, next: done}
  - {id: notify, text: 通知家屬, next: done}
  - {id: done, kind: end, text: 結案}`),
      errors: [
        { messageId: 'noOwner', stepId: 'review' },
        { messageId: 'noOwner', stepId: 'deposit' },
        { messageId: 'noOwner', stepId: 'reject' },
        { messageId: 'noOwner', stepId: 'stable' },
        { messageId: 'noOwner', stepId: 'notify' },
      ],
    },
    {
      name: 'English, batch 3: a pronoun alone, "received from" (the source does not act), a relative after an active clause, the A of a Latin word',
      code: chain(`  - {id: a, text: She/he must submit their request for an internal review.}
  - {id: b, text: The form is received from the Applicant by email.}
  - {id: c, text: We will identify a Lead Investigator who will look into the issues raised}
  - {id: d, text: A copy is filed}`),
      lang: 'en',
      errors: [
        { messageId: 'noOwner', stepId: 'a' },
        { messageId: 'noOwner', stepId: 'b' },
        { messageId: 'noOwner', stepId: 'c' },
        { messageId: 'noOwner', stepId: 'd' },
      ],
    },
  ],
});
