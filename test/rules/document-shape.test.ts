import { documentShape } from '../../src/rules/document-shape.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ruleTester, sopWith, sopChain } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/document-shape.md');

/** start → the given middle step(s) → end. */
const chain = (middle: string): string => sopChain(middle);

ruleTester(documentShape, {
  valid: [
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: 'a document step is fine',
      code: chain(`  - {id: notice, kind: document, text: 擬開會通知單稿}`),
    },
    {
      name: 'handling a document is not producing one (提送, 函送, 登錄, 審查)',
      code: chain(`  - {id: a, text: 業務單位提送參獎申請書}
  - {id: b, text: 於研考會規定期限內函送本府申請計畫書}
  - {id: c, text: 登錄ISMS文件彙總表}
  - {id: d, text: 召開初審會議審查各單位所提報計畫書}`),
    },
    {
      name: 'noise: 單 in 單位, 表 in 表示/表揚, 文件 in the ISMS level names, a verb and a noun in different clauses',
      code: chain(`  - {id: a, text: 企劃處送會相關業務單位表示意見}
  - {id: b, text: 市務會議公開表揚}
  - {id: c, text: （ISMS一階文件）政策文件}
  - {id: d, text: 依議會決議，修正年度施政計畫內容}
  - {id: e, text: 程式若有修正，備份系統}
  - {id: f, text: 填寫完畢後送單位主管}`),
    },
    {
      name: 'a producing verb that is an option, part of a menu name, or a modifier',
      code: chain(`  - {id: a, text: 假單經同意後，敬請主動向授課教師報備（亦得於【學生請假-列印假單證明聯】，截圖、下載或列印審核結果）}
  - {id: b, text: 經管組製作「財產標籤」送交領用單位黏貼}
  - {id: c, text: 依填寫之申請書辦理}`),
    },
    {
      name: 'English: a review of a draft report is not producing one',
      code: chain(`  - {id: a, text: Review draft report}
  - {id: b, text: Send the report to the council}`),
    },
    {
      name: 'the document the step produces is drawn as the next symbol: the box is the work that makes it',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: fill, text: 承辦人填寫首長會見民眾登記處理表}
  - {id: form, kind: document, text: 嘉義市政府首長會見民眾登記處理表}
  - {id: print, text: 印製議會工作報告}
  - {id: report, kind: document, text: 議會工作報告}
  - {id: done, kind: end, text: 結案}`),
    },
    {
      name: 'English: the letter drafted is drawn next as a document',
      code: sopWith(`
  - {id: start, kind: start, text: Request received}
  - {id: draft, text: Draft the reply letter}
  - {id: letter, kind: document, text: Reply letter}
  - {id: done, kind: end, text: Close}`),
      lang: 'en',
    },
    {
      name: '彙整 inside a name (落後案件彙整報表, 經費彙整表: a summary table) is no act of compiling, and a place for a form (於…表) with no writing verb after it',
      code: chain(`  - {id: a, text: 按月提送落後案件彙整報表}
  - {id: b, text: 各單位提送經費彙整表至主計室}
  - {id: c, text: 於申請表上簽名後送出}`),
    },
    {
      name: 'English: documents as a noun is no documenting',
      code: chain(`  - {id: a, text: Send the documents to the clerk}`),
      lang: 'en',
    },
  ],
  invalid: [
    {
      name: 'output and drafting verbs: 核發 a certificate, 擬妥 a letter (…函); English after please/shall, and a request transcribed onto a form',
      code: chain(`  - {id: a, text: 經審查核准之案件予以核發本院同意臨床試驗證明書。}
  - {id: b, text: 並擬妥准駁決定函(附件 3)後}
  - {id: c, text: "To start your recruitment, please complete the online recruitment request form"}
  - {id: d, text: Requests received via telephone shall be transcribed onto Form KBA-F1 by central office staff.}`),
      errors: [
        { messageId: 'documentAsProcess', stepId: 'a' },
        { messageId: 'documentAsProcess', stepId: 'b' },
        { messageId: 'documentAsProcess', stepId: 'c' },
        { messageId: 'documentAsProcess', stepId: 'd' },
      ],
    },
    {
      name: 'a terminal that produces the document is reported even when the document symbol follows (帳號註冊 註1)',
      code: sopWith(`
  - {id: fill, kind: start, text: 填寫申請單：□新增□註銷}
  - {id: form, kind: document, text: 資訊系統帳號註冊/註銷/異動申請單}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'documentAsTerminal', stepId: 'fill' }],
    },
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [
        { messageId: 'documentAsTerminal', stepId: 'fill' },
        { messageId: 'documentAsProcess', stepId: 'draft' },
        { messageId: 'documentAsProcess', stepId: 'compile' },
      ],
    },
    {
      name: 'a document symbol after the box that is another document does not draw the one produced',
      code: sopWith(`
  - {id: start, kind: start, text: 受理申請}
  - {id: print, text: 印製議會工作報告}
  - {id: notice, kind: document, text: 開會通知單}
  - {id: done, kind: end, text: 結案}`),
      errors: [{ messageId: 'documentAsProcess', stepId: 'print' }],
    },
    {
      name: 'the labels the reviewers flagged',
      code: chain(`  - {id: a, text: 擬開會通知單稿}
  - {id: b, text: 企劃處彙編議會工作報告陳核}
  - {id: c, text: 企劃處依電子檔案彙編各單位議會工作報告}
  - {id: d, text: 各單位依初審會議委員建議事項修正申請計畫書}
  - {id: e, text: 編製年度施政計畫草案；訂定策略績效目標及衡量指標}
  - {id: f, text: 撰擬勞務發包文件}
  - {id: g, text: 評選結果簽核}`),
      errors: [
        { messageId: 'documentAsProcess', stepId: 'a', line: 7, message: '「擬開會通知單稿」' },
        { messageId: 'documentAsProcess', stepId: 'b', message: '「彙編議會工作報告陳核」' },
        { messageId: 'documentAsProcess', stepId: 'c', message: '「彙編各單位議會工作報告」' },
        { messageId: 'documentAsProcess', stepId: 'd', message: '「修正申請計畫書」' },
        { messageId: 'documentAsProcess', stepId: 'e', message: '「編製年度施政計畫草案」' },
        { messageId: 'documentAsProcess', stepId: 'f' },
        { messageId: 'documentAsProcess', stepId: 'g', message: '「結果簽核」' },
      ],
    },
    {
      name: 'an explicit kind: process points at the kind; 印製 and 填寫…表 produce documents',
      code: chain(`  - {id: print, kind: process, text: 印製議會工作報告}
  - {id: fill, text: 填寫市長擬約單}`),
      errors: [
        { messageId: 'documentAsProcess', stepId: 'print', line: 7, column: 23 },
        { messageId: 'documentAsProcess', stepId: 'fill', message: '「填寫市長擬約單」' },
      ],
    },
    {
      name: 'a start terminal that produces the form (帳號註冊 註1)',
      code: chain(`  - {id: fill, text: 填寫申請單：□新增□註銷□權限異動□密碼重設}`).replace('{id: start, kind: start, text: 開始}\n  - {id: fill, text:', '{id: fill, kind: start, text:'),
      errors: [{ messageId: 'documentAsTerminal', stepId: 'fill', message: '「填寫申請單」' }],
    },
    {
      name: 'issue 9: output verbs are document production (列印, 繕印, 開立, 填報, 填發), so is a document noun put before its verb (證書製作)',
      code: chain(`  - {id: a, text: 輸入電腦列印訂購單}
  - {id: b, text: 人事室繕印教師聘書}
  - {id: c, text: 開立勒令停工通知書1式5份送達違建人}
  - {id: d, text: 填報違章建築查報單並附現場照片}
  - {id: e, text: 填發一次告知單}
  - {id: f, text: 證書製作}
  - {id: g, text: 門診醫師將轉診回覆單填寫病歷摘要及建議事項}
  - {id: h, text: 將申訴人之姓名、事由紀錄於「顧客抱怨處理單」內}`),
      errors: [
        { messageId: 'documentAsProcess', stepId: 'a', message: '「列印訂購單」' },
        { messageId: 'documentAsProcess', stepId: 'b', message: '「繕印教師聘書」' },
        { messageId: 'documentAsProcess', stepId: 'c', message: '「開立勒令停工通知書」' },
        { messageId: 'documentAsProcess', stepId: 'd', message: '「填報違章建築查報單」' },
        { messageId: 'documentAsProcess', stepId: 'e', message: '「填發一次告知單」' },
        { messageId: 'documentAsProcess', stepId: 'f', message: '「證書製作」' },
        { messageId: 'documentAsProcess', stepId: 'g' },
        { messageId: 'documentAsProcess', stepId: 'h' },
      ],
    },
    {
      name: 'English: complete a form, and completing one in the start terminal',
      code: chain(`  - {id: a, text: Complete the Critical Purchase requisition form}`).replace('{id: start, kind: start, text: 開始}', '{id: start, kind: start, text: "A request must be made by completing our online form."}'),
      lang: 'en',
      errors: [
        { messageId: 'documentAsTerminal', stepId: 'start', message: 'completing our online form' },
        { messageId: 'documentAsProcess', stepId: 'a', message: 'Complete the Critical Purchase requisition form' },
      ],
    },
    {
      name: 'filling in a form named generically (填寫表格資料), compiling a list (彙整…清冊), writing in a register named before the verb (於…登記簿…登記)',
      code: chain(`  - {id: fill, text: 並確實填寫表格資料。}
  - {id: list, text: 由駐警隊於每月月底前彙整當月之拾得遺失物清冊}
  - {id: log, text: 並於臺北市市政大樓公共事務管理中心駐衛警察隊拾得遺失物登記簿(以下簡稱拾得遺失物登記簿)登記拾得人身分資料}`),
      errors: [
        { messageId: 'documentAsProcess', stepId: 'fill', message: '「填寫表格」' },
        { messageId: 'documentAsProcess', stepId: 'list', message: '「彙整當月之拾得遺失物清冊」' },
        { messageId: 'documentAsProcess', stepId: 'log', message: '「於臺北市市政大樓公共事務…稱拾得遺失物登記簿)登記」' },
      ],
    },
    {
      name: 'English: documenting produces documentation',
      code: chain(`  - {id: a, text: The contracting officer is responsible for addressing and documenting comments received during the reviews.}`),
      lang: 'en',
      errors: [{ messageId: 'documentAsProcess', stepId: 'a', message: '("documenting")' }],
    },
    {
      name: 'English: draft a report; a word added in sop.config.yaml',
      code: chain(`  - {id: a, text: Draft the annual report}
  - {id: b, text: 謄寫會議紀錄}`),
      config: { words: { documentVerbs: ['謄寫'] } },
      lang: 'en',
      errors: [
        { messageId: 'documentAsProcess', stepId: 'a', message: '("Draft the annual report")' },
        { messageId: 'documentAsProcess', stepId: 'b' },
      ],
    },
  ],
});
