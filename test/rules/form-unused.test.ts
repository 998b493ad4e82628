import { formUnused } from '../../src/rules/form-unused.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ENGLISH_PAIR } from '../helpers/form-pairs.js';
import { ruleTester, sopWith, sopChain } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/form-unused.md');

function chain(middle: string, forms: string, top: Record<string, string> = {}): string {
  return sopChain(middle, { forms, ...top });
}

ruleTester(formUnused, {
  valid: [
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: '創意提案: every form in a step\'s forms, by name (with the list\'s 。)',
      code: chain(
        `  - {id: propose, text: 提案人提案, forms: [嘉義市政府創意提案表。]}
  - {id: committee, text: 召開創意提案評審委員會審議審查, forms: [嘉義市政府創意提案評審表。, 嘉義市政府創意提案執行情形評審表。]}`,
        '[嘉義市政府創意提案表。, 嘉義市政府創意提案評審表。, 嘉義市政府創意提案執行情形評審表。]',
      ),
    },
    {
      name: 'by id, by name without the city prefix, and with other brackets',
      code: chain(
        `  - {id: a, text: 服務中心登打人民陳情案件紀錄表}
  - {id: b, text: 企劃處追蹤, forms: [overdue]}
  - {id: c, kind: document, text: 受理民眾陳情案件(紙本)後續(逾期)辦理情形追蹤表}`,
        '[嘉義市政府人民陳情案件紀錄表, {id: overdue, name: 嘉義市政府人民陳情案件後續（逾期）追蹤表}, 嘉義市政府受理民眾陳情案件﹙紙本﹚後續（逾期）辦理情形追蹤表]',
      ),
    },
    {
      name: 'near, short and qualified names count as uses (form-name reports them)',
      code: chain(
        `  - {id: a, kind: document, text: 議會決議案執行情形清查表}
  - {id: b, kind: document, text: 計畫類列管項目表}
  - {id: c, kind: document, text: 建置合約書}`,
        '[決議案執行進度清查表, 年度新增計畫類(300萬元以上)列管項目表, 合約書]',
      ),
    },
    {
      name: 'an ambiguous short name uses every form it may mean (form-name asks which one)',
      code: chain(`  - {id: print, text: 人事室繕印教師聘書}`, '[本校專任教師聘書, 本校兼任教師聘書]'),
    },
    {
      name: 'the document of a listed template uses the template',
      code: chain(`  - {id: a, text: 各單位撰寫年度施政績效報告}`, '[年度施政績效報告格式]'),
    },
    {
      name: 'ISMS and 資訊安全管理制度 are the same words (formsEquivalents)',
      code: chain(`  - {id: a, text: 登錄ISMS文件管理彙總表}`, '[嘉義市政府資訊安全管理制度文件管理彙總表]'),
    },
    { name: 'an empty list', code: chain(`  - {id: a, text: 企劃處彙整}`, '[]') },
    {
      name: 'a listed form the chart names otherwise, paired with it (計畫書草案格式 / 年度施政計畫格式): form-name asks once',
      code: chain(`  - {id: draft-format, kind: document, text: 計畫書草案格式}`, '[年度施政計畫格式]'),
    },
    {
      name: 'English: paired with the name the chart gives it (leave application form / Leave Request Form)',
      code: ENGLISH_PAIR,
      lang: 'en',
    },
  ],
  invalid: [
    {
      name: 'a short name of several listed forms names those it ends like: 教師聘書 is no name of 本校教師聘書封套 (an envelope)',
      code: chain(`  - {id: a, text: 人事室繕印本校專任教師聘書}
  - {id: b, text: 人事室繕印本校兼任教師聘書}
  - {id: c, text: 文書組用印教師聘書}`, '[本校專任教師聘書, 本校兼任教師聘書, 本校教師聘書封套]'),
      errors: [{ messageId: 'unused', message: '「本校教師聘書封套」' }],
    },
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [{ messageId: 'unused', line: 13, message: '「決議案未結案件管制表」' }],
    },
    {
      name: '服務品質獎: the only listed form is never drawn',
      code: chain(`  - {id: review, text: 評審小組書面審查參獎申請書}`, '[政府服務品質獎評核項目評分表]'),
      errors: [{ messageId: 'unused', message: '「政府服務品質獎評核項目評分表」' }],
    },
    {
      name: '資安 註3: named only in guidance, not in the chart',
      code: chain(`  - {id: a, text: 單位主管核閱}`, '[新增文件草案逐點說明。, {name: 修正文件草案對照表, notes: [3]}]', {
        guidance: '[文件修訂時，應附「新增文件草案逐點說明」或「修正文件草案對照表」。]',
        notes: '{3: 相關內容步驟於流程圖中未出現。}',
      }),
      errors: [
        { messageId: 'unused', message: '「新增文件草案逐點說明」' },
        { messageId: 'unused', message: '「修正文件草案對照表」' },
      ],
    },
    {
      name: 'of two forms equally close, only the closest counts (主管常用決行用語表格 is the 空白表格)',
      code: chain(
        `  - {id: stamp, text: 蓋妥職名章拓印、主管常用決行用語表格，送資訊科}`,
        '[主管常用決行用語範例, 主管常用決行用語(空白表格)]',
      ),
      errors: [{ messageId: 'unused', message: '「主管常用決行用語範例」' }],
    },
    {
      name: 'not paired: another noun (落後案件彙整報表 is a 報表, the listed …彙整表 a 表)',
      code: chain(`  - {id: a, text: 按月提送落後案件彙整報表}`, '[基本設施管考系統查核點填寫方式彙整表]'),
      errors: [{ messageId: 'unused', message: '「基本設施管考系統查核點填寫方式彙整表」' }],
    },
    {
      name: 'English: not paired when no qualifying word is shared',
      code: chain(`  - {id: a, text: Employee fills in the expense claim form}`, '[Leave Request Form, Vehicle Booking Form]', { lang: 'en' }),
      lang: 'en',
      errors: [
        { messageId: 'unused', message: '"Leave Request Form"' },
        { messageId: 'unused', message: '"Vehicle Booking Form"' },
      ],
    },
    {
      name: 'English',
      code: chain(`  - {id: a, text: Fill in the Leave Request Form}`, '[Leave Request Form, Travel Expense Claim Form]'),
      lang: 'en',
      errors: [{ messageId: 'unused', message: '"Travel Expense Claim Form"' }],
    },
  ],
});
