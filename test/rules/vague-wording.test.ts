import { vagueWording } from '../../src/rules/vague-wording.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const chart = (label: string) =>
  sopWith(`
  - {id: a, kind: start, text: 受理}
  - {id: b, text: "${label}"}
  - {id: c, kind: end, text: 結案}`);

ruleTester(vagueWording, {
  valid: [
    { name: 'a step that lists every item', code: chart('掃瞄職名章拓印及主管常用決行用語，擷錄後匯入系統') },
    { name: '等候 is waiting, not etc.', code: chart('申請人等候通知') },
    { name: '等級 / 平等 / 相等 / 同等 / 等待', code: chart('依機密等級、平等原則與相等權限辦理；同等文件等待核定') },
    { name: 'a counted enumeration: 等5種管道', code: chart('受理親自到府、書面、電話、傳真、線上申請等5種管道之陳情') },
    { name: '等 at the start of a clause is the verb "wait"', code: chart('申請人送件後，等主管核定後辦理') },
    {
      name: 'guidance may close a list with 等 (ordinary administrative Chinese)',
      code: sopWith(
        `
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`,
        { guidance: '["透過公文系統、電子郵件或書面通知等方式查詢辦理情形。"]' },
      ),
    },
    {
      name: 'legal names are never checked',
      code: sopWith(
        `
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`,
        { legal: '["某某法、、施行細則"]' },
      ),
    },
    {
      name: 'the option guidance: false leaves guidance alone',
      code: sopWith(
        `
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`,
        { guidance: '["內容錯別字、、等"]' },
      ),
      config: { rules: { 'vague-wording': { severity: 'warn', options: { guidance: false } } } },
    },
    { name: 'English: a full list', code: chart('Check the name, the date and the signature'), lang: 'en' },
  ],
  invalid: [
    {
      name: '等 closing an enumeration before a comma (公文系統新進人員 註5)',
      code: chart('掃瞄職名章拓印、主管常用決行用語等，並擷錄之，匯入系統中'),
      errors: [{ messageId: 'etcetera', stepId: 'b', line: 7, message: '主管常用決行用語等' }],
    },
    {
      name: '等 ending a label after a list (公文系統新進人員 註7)',
      code: chart('設定使用者電腦瀏覽器之安全性、隱私權及我的最愛（書籤）、google工具列等'),
      errors: [{ messageId: 'etcetera', stepId: 'b' }],
    },
    {
      name: '等 before a noun, with a list whose items hold brackets (新竹科學園區 違章建築查報)',
      code: chart('填報違章建築查報單並附現場照片(應圈選違章建築標的物)、土地(建物)登記謄本等資料'),
      errors: [{ messageId: 'etcetera', stepId: 'b', message: '登記謄本等' }],
    },
    {
      name: '等 before a noun, with a list of quoted names (新光醫院 檢驗科)',
      code: chart('病人及來賓經由本院「來賓意見反應系統」、「異常事件通報系統」等意見或建議'),
      errors: [{ messageId: 'etcetera', stepId: 'b' }],
    },
    {
      name: '等 before a noun after one item: the rest is left open too',
      code: chart('處理結案等相關作業'),
      errors: [{ messageId: 'etcSingle', stepId: 'b', message: '「處理結案等」' }],
    },
    {
      name: '等 before a closing bracket',
      code: chart('檢視報廢品（如桌、椅、櫃等）是否可再利用'),
      errors: [{ messageId: 'etcetera', stepId: 'b', message: '如桌、椅、櫃等' }],
    },
    {
      name: 'a run of 、 is one finding, however long, and its message stays short',
      code: chart(`檢查${'、'.repeat(20000)}`),
      errors: [{ messageId: 'vague', stepId: 'b', message: '以「、、、、…」帶過' }],
    },
    {
      name: 'English: "including, but not limited to" leaves the list open',
      code: sopWith(
        `
  - {id: a, kind: start, text: Receive}
  - {id: b, kind: end, text: Close}`,
        { guidance: '["The package should include, but not be limited to, the following items."]' },
      ),
      lang: 'en',
      errors: [{ messageId: 'vague', message: '"not be limited to"' }],
    },
    {
      name: '等等 and 、、 in a step',
      code: chart('檢查文件、、並補正缺漏等等'),
      errors: [
        { messageId: 'vague', stepId: 'b', message: '「、、」' },
        { messageId: 'vague', stepId: 'b', message: '「等等」' },
      ],
    },
    {
      name: 'an ellipsis in a step',
      code: chart('填寫申請表、檢附證明文件…'),
      errors: [{ messageId: 'vague', stepId: 'b', message: '「…」' }],
    },
    {
      name: '、、 in guidance (民意調查 作業注意事項 二 and 七)',
      code: sopWith(
        `
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`,
        {
          guidance:
            '\n  - 制訂招標文件：視民調業務需求制訂招標文件（內容如：投標須知、廠商聲明書、招標規範、投標注意事項、契約書、、等）。\n  - 調查報告：例如：數字前後不符、內容錯別字、、等（相關單位事後檢討時會要求說明、、），故需審慎確認。',
        },
      ),
      errors: [
        { messageId: 'vague', line: 6, message: '契約書、、' },
        { messageId: 'vague', line: 7, message: '內容錯別字、、' },
        { messageId: 'vague', line: 7, message: '要求說明、、' },
      ],
    },
    {
      name: 'the option etcEverywhere reports 等 in guidance too',
      code: sopWith(
        `
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`,
        { guidance: '["檢查數字、圖表等，再送核閱。"]' },
      ),
      config: { rules: { 'vague-wording': { severity: 'warn', options: { etcEverywhere: true } } } },
      errors: [{ messageId: 'etcetera', line: 5 }],
    },
    {
      name: 'English: etc. and "and so on"',
      code: chart('Check the name, the date, etc. and file the form, the copy and so on'),
      lang: 'en',
      errors: [
        { messageId: 'vague', stepId: 'b', message: '"etc."' },
        { messageId: 'vague', stepId: 'b', message: '"and so on"' },
      ],
    },
  ],
});
