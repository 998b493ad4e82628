import { describe, expect, it } from 'vitest';
import { formName } from '../../src/rules/form-name.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { ENGLISH_PAIR } from '../helpers/form-pairs.js';
import { lintWithRule, ruleTester, sopWith, sopChain } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/form-name.md');

function chain(middle: string, forms: string, top: Record<string, string> = {}): string {
  return sopChain(middle, { forms, ...top });
}

ruleTester(formName, {
  valid: [
    {
      name: 'English: a name that shares only its last word with a listed form is no near miss of it (health forms vs …Signature Forms)',
      code: chain(`  - {id: a, text: Health clerks copy all health forms for the trip}`, '[Field Trip Authorization Form, Field Trip-Board Approval Form, "Field Trip Code of Conduct Form for Staff/Chaperones & Signature Forms"]', { lang: 'en' }),
      lang: 'en',
    },
    {
      name: 'a start step where another unit makes a paper is a trigger from outside: its unquoted name is no other name of a listed form',
      code: sopWith(`
  - {id: list, kind: start, text: 各學系繕造教師聘期屆滿名冊}
  - {id: done, kind: end, text: 結案}`, { unit: '人事室', forms: '[教師續聘名冊]' }),
    },
    { name: 'docs page: the Correct example', ...docs.correct },
    {
      name: '創意提案: the same names in the chart and the list',
      code: chain(
        `  - {id: propose, text: 提案人填寫嘉義市政府創意提案表}
  - {id: committee, text: 評審委員會填寫創意提案評審表及創意提案執行情形評審表}`,
        '[嘉義市政府創意提案表。, 嘉義市政府創意提案評審表。, 嘉義市政府創意提案執行情形評審表。]',
      ),
    },
    {
      name: 'a label may leave out the city prefix',
      code: chain(`  - {id: record, kind: document, text: 人民陳情案件紀錄表}`, '[嘉義市政府人民陳情案件紀錄表]'),
    },
    {
      name: 'three-character generic names with the same noun: 申請表, 記錄表, 稽催單',
      code: chain(
        `  - {id: a, text: 填寫申請表：□申請信箱□調職}
  - {id: b, text: 記錄表影本送企劃處}`,
        '[嘉義市政府電子郵件信箱使用暨異動申請表, 嘉義市政府人民陳情案件紀錄表]',
      ),
    },
    {
      name: 'a different document that only shares words: 申請計畫書 is not 申請計畫總表',
      code: chain(`  - {id: a, text: 於研考會規定期限內函送本府申請計畫書}`, '[申請計畫總表]'),
    },
    {
      name: 'one address, one name: the guidance names the listed system as the list does (線上陳情 系統)',
      code: chain(`  - {id: a, text: 服務中心收件}`, '[線上陳情、線上市容查報資訊管理系統（http://example.gov.tw/feedback/）]', {
        guidance: '[收件須使用線上陳情、線上市容查報資訊管理系統（http://example.gov.tw/feedback/）。]',
      }),
    },
    {
      name: 'one address, no other name: a verb before it (上網), a name without the qualifier (管考系統)',
      code: chain(`  - {id: a, text: 業務單位上網(http://gpmnet.example.tw/)填報進度}`, '[基本設施管考系統(http://gpmnet.example.tw/)查核點填寫方式彙整表]', {
        guidance: '[進度於管考系統（http://gpmnet.example.tw/）填報。]',
      }),
    },
    {
      name: 'English: the portal named as the list names it, after a lead-in (visit the …)',
      code: chain(`  - {id: a, text: Applicant visits the Planning Portal (https://portal.example.gov/apply) and files the form}`, '[Planning Portal (https://portal.example.gov/apply)]', {
        lang: 'en',
      }),
    },
    {
      name: 'formatting differences are silent with formatting: false',
      code: chain(`  - {id: a, kind: document, text: 人民陳情案件記錄表}`, '[嘉義市政府人民陳情案件紀錄表, 受理民眾陳情案件﹙紙本﹚後續（逾期）辦理情形追蹤表]'),
      config: { rules: { 'form-name': { severity: 'warn', options: { formatting: false } } } },
    },
    {
      name: 'a back-reference: the tail of a name (登記處理表) after a step that names the form in full',
      code: chain(
        `  - {id: form, kind: document, text: 嘉義市政府首長會見民眾登記處理表}
  - {id: decline, text: 登記處理表影本送回民眾}`,
        '[嘉義市政府首長會見民眾登記處理表]',
      ),
    },
    {
      name: 'English: a back-reference to the form the chart names in full before',
      code: chain(
        `  - {id: form, kind: document, text: Staff Incident Report Form}
  - {id: file, text: Clerk files the Incident Report Form}`,
        '[Staff Incident Report Form]',
        { lang: 'en' },
      ),
      lang: 'en',
    },
    {
      name: 'the act without its noun (文件制訂/修訂/廢止申請) beside the form named in full',
      code: chain(
        `  - {id: apply, text: 文件制訂/修訂/廢止申請}
  - {id: form, kind: document, text: 文件制訂/修訂/廢止申請單}`,
        '[嘉義市政府文件制訂/修訂/廢止申請單]',
      ),
    },
  ],
  invalid: [
    {
      name: 'English: the same head word and another word in common with one listed form: one form under two names (School Board approval forms / Field Trip-Board Approval Form)',
      code: chain(`  - {id: a, text: Complete all School Board approval forms}`, '[Field Trip Authorization Form, Field Trip-Board Approval Form, "Field Trip Code of Conduct Form for Staff/Chaperones & Signature Forms"]', { lang: 'en' }),
      lang: 'en',
      errors: [{ messageId: 'sameForm', stepId: 'a', message: '"Field Trip-Board Approval Form"' }],
    },
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [
        { messageId: 'nearMiss', stepId: 'check-sheet' },
        { messageId: 'nearMiss', stepId: 'chase' },
        { messageId: 'bracketStyle' },
      ],
    },
    {
      name: '議會決議案 註4: a near miss (fixed) and a whole label without its noun (not fixed)',
      code: chain(
        `  - {id: check-sheet, kind: document, text: 議會決議案執行情形清查表}
  - {id: status, kind: document, text: 議會決議案執行情形}`,
        '[決議案執行情形統計表, 決議案執行情形表, 決議案執行進度清查表]',
      ),
      errors: [
        { messageId: 'nearMiss', stepId: 'check-sheet', message: '您是指「決議案執行進度清查表」嗎？' },
        { messageId: 'nearMiss', stepId: 'status', message: '「決議案執行情形表」' },
      ],
    },
    {
      name: '基本設施 註1: a look-alike typo',
      code: chain(`  - {id: check-sheet, kind: document, text: 基本設施列管項目經費及預定進度清查畏}`, '[基本設施補助計畫預定進度及經費分配表]'),
      errors: [{ messageId: 'typo', stepId: 'check-sheet', message: '「清查畏」疑為「清查表」' }],
    },
    {
      name: '年度列管 註2: a short name, and a name with the same head as one listed form',
      code: chain(
        `  - {id: item-list, kind: document, text: 計畫類列管項目表}
  - {id: control-sheet, kind: document, text: 作業計畫管制表}`,
        '[年度新增計畫類(300萬元以上)列管項目表。, 年度計畫預算及進度執行情形管制表。]',
      ),
      errors: [
        { messageId: 'shortName', stepId: 'item-list' },
        { messageId: 'nearMiss', stepId: 'control-sheet', message: '「年度計畫預算及進度執行情形管制表」' },
      ],
    },
    {
      name: '公文系統新進人員 註3: the (空白表格), with the 範例 as the other reading',
      code: chain(`  - {id: stamp, text: 蓋妥職名章拓印、主管常用決行用語表格，送資訊科}`, '[主管常用決行用語範例, 主管常用決行用語(空白表格)]'),
      errors: [{ messageId: 'nearMiss', stepId: 'stamp', message: '「主管常用決行用語(空白表格)」' }],
    },
    {
      name: 'as close to two listed forms',
      code: chain(`  - {id: a, kind: document, text: 公文處理成果比較表}`, '[公文處理成績比較表, 公文處理成效比較表]'),
      errors: [{ messageId: 'ambiguous', stepId: 'a', message: '「公文處理成績比較表」還是「公文處理成效比較表」' }],
    },
    {
      name: 'a short name after a producing verb (繕印), of two listed forms: which one?',
      code: chain(`  - {id: print, text: 人事室繕印教師聘書}`, '[本校專任教師聘書, 本校兼任教師聘書]'),
      errors: [{ messageId: 'ambiguous', stepId: 'print', message: '「本校專任教師聘書」' }],
    },
    {
      name: '資訊系統維護: which contract? / 電子郵件: 申請單 for the 申請表',
      code: chain(
        `  - {id: build-contract, kind: document, text: 建置合約書}
  - {id: copy-upper, kind: document, text: 申請單(上聯)}`,
        '[合約書。, 嘉義市政府電子郵件信箱使用暨異動申請表。]',
      ),
      errors: [
        { messageId: 'qualified', stepId: 'build-contract', message: '「建置合約書」' },
        { messageId: 'shortName', stepId: 'copy-upper', message: '「申請單(上聯)」' },
      ],
    },
    {
      name: '基本設施 註3: one address, two names (研考會管考系統 in guidance, 基本設施管考系統 in the list)',
      code: chain(`  - {id: a, text: 業務單位於每月5日前查填}`, '[基本設施管考系統(http://gpmnet.example.tw/)查核點填寫方式彙整表。]', {
        guidance: '[於4月底系統鎖定後，進入研考會管考系統(http://gpmnet.example.tw/)逐案管考。]',
      }),
      errors: [{ messageId: 'sameAddress', line: 5, message: '「研考會管考系統」與「四、使用表格」的「基本設施管考系統」是同一網址（http://gpmnet.example.tw/）' }],
    },
    {
      name: 'English: one address, two names in a step label',
      code: chain(`  - {id: a, text: Clerk logs the case in the Complaints Tracking System (https://cts.example.gov)}`, '[Case Tracking System (https://cts.example.gov/)]', { lang: 'en' }),
      lang: 'en',
      errors: [{ messageId: 'sameAddress', stepId: 'a', message: '"Complaints Tracking System" and "Case Tracking System"' }],
    },
    {
      name: 'English: a name the near-miss check reports is not reported again for its address (one finding)',
      code: chain(`  - {id: a, text: Clerk fills in the Case Trackin Form (https://cts.example.gov)}`, '[Case Tracking Form (https://cts.example.gov/)]', { lang: 'en' }),
      lang: 'en',
      errors: [{ messageId: 'nearMiss', stepId: 'a', message: '"Case Trackin Form"' }],
    },
    {
      name: '市務會議: a misspelling in guidance (表揚事績表)',
      code: chain(`  - {id: a, text: 企劃處彙編工作報告}`, '[嘉義市政府各單位暨所屬機關頒獎、表揚事蹟表。]', {
        guidance: '[各單位將市務會議資料(會議記錄、工作報告、表揚事績表)等依類別分別建立檔案。]',
      }),
      errors: [{ messageId: 'nearMiss', line: 5, message: '「表揚事績表」' }],
    },
    {
      name: 'formatting only: 記錄/紀錄 in a label, small brackets in the list',
      code: chain(`  - {id: a, kind: document, text: 人民陳情案件記錄表}`, '[嘉義市政府人民陳情案件紀錄表, 受理民眾陳情案件﹙紙本﹚後續（逾期）辦理情形追蹤表]'),
      errors: [{ messageId: 'formatOnly', stepId: 'a' }, { messageId: 'bracketStyle' }],
    },
    {
      name: 'the prefix option',
      code: chain(`  - {id: record, kind: document, text: 人民陳情案件紀錄表}`, '[嘉義市政府人民陳情案件紀錄表]'),
      config: { rules: { 'form-name': { severity: 'warn', options: { prefix: true } } } },
      errors: [{ messageId: 'prefixOnly', stepId: 'record' }],
    },
    {
      name: 'one form under two names: an unlisted document and the listed form nothing names (same noun, 計畫 in common)',
      code: chain(`  - {id: draft-format, kind: document, text: 計畫書草案格式}`, '[年度施政計畫格式]'),
      errors: [{ messageId: 'sameForm', stepId: 'draft-format', message: '「計畫書草案格式」未列於「四、使用表格」，清單的「年度施政計畫格式」' }],
    },
    {
      name: 'a start step that is the office\'s own work (its unit makes the roster) names the listed form another way (聘期屆滿名冊 / 續聘名冊)',
      code: sopWith(`
  - {id: list, kind: start, text: 人事室繕造教師聘期屆滿名冊}
  - {id: done, kind: end, text: 結案}`, { unit: '人事室', forms: '[教師續聘名冊]' }),
      errors: [{ messageId: 'sameForm', stepId: 'list', message: '「教師聘期屆滿名冊」' }],
    },
    {
      name: 'one form under two names in guidance (辦理情形追蹤表 / …後續（逾期）追蹤表)',
      code: chain(`  - {id: a, text: 企劃處列管}`, '[嘉義市政府人民陳情案件後續（逾期）追蹤表]', {
        guidance: '[逾期者，需依排定期程發出辦理情形追蹤表以追蹤辦理情形。]',
      }),
      errors: [{ messageId: 'sameForm', line: 5, message: '「辦理情形追蹤表」' }],
    },
    {
      name: 'English: one form under two names (leave application form / Leave Request Form)',
      code: ENGLISH_PAIR,
      lang: 'en',
      errors: [{ messageId: 'sameForm', stepId: 'a', message: '"leave application form" is not in the forms list (四、使用表格), and nothing else names the listed "Leave Request Form"' }],
    },
    {
      name: 'a shorter name in guidance of a name the chart already reports (作業計畫表 for 作業計畫管制表): one finding',
      code: chain(`  - {id: plan, kind: document, text: 作業計畫管制表}`, '[年度計畫預算及進度執行情形管制表]', {
        guidance: '[各單位填列作業計畫表及「列管計畫項目表」。]',
      }),
      errors: [{ messageId: 'nearMiss', stepId: 'plan', message: '「作業計畫管制表」' }],
    },
    {
      name: 'English: a reordered name in guidance of a name the chart already reports: one finding',
      code: chain(`  - {id: a, kind: document, text: Annual Leave Request Form}`, '[Employee Annual Leave Request Form]', {
        guidance: '[Staff send the “Request for Annual Leave Form” a week ahead.]',
        lang: 'en',
      }),
      lang: 'en',
      errors: [{ messageId: 'nearMiss', stepId: 'a', message: '"Annual Leave Request Form"' }],
    },
    {
      name: 'a short name with another noun (申請單 for …申請表) after the full name is another name, not a back-reference',
      code: chain(
        `  - {id: form, kind: document, text: 電子郵件信箱使用暨異動申請表}
  - {id: copy, kind: document, text: 申請單(上聯)}`,
        '[嘉義市政府電子郵件信箱使用暨異動申請表]',
      ),
      errors: [{ messageId: 'shortName', stepId: 'copy', message: '「申請單(上聯)」' }],
    },
    {
      name: 'English: a near miss',
      code: chain(`  - {id: a, text: Submit the Leave Requst Form}`, '[Leave Request Form]'),
      lang: 'en',
      errors: [{ messageId: 'nearMiss', stepId: 'a', message: 'did you mean "Leave Request Form"?' }],
    },
  ],
});

describe('form-name fixes', () => {
  const fixesOf = (code: string, options = {}) => lintWithRule(formName, code, options).map((f) => f.fix && [f.fix.from, f.fix.to]);

  it('replaces a close spelling, a typo, an inexact forms entry and small brackets', () => {
    expect(fixesOf(chain(`  - {id: a, kind: document, text: 議會決議案執行情形清查表}`, '[決議案執行進度清查表]'))).toEqual([['決議案執行情形清查表', '決議案執行進度清查表']]);
    expect(fixesOf(chain(`  - {id: a, kind: document, text: 預定進度清查畏}`, '[經費分配表]'))).toEqual([['清查畏', '清查表']]);
    expect(fixesOf(chain(`  - {id: a, text: 企劃處登打, forms: [人民陳情案件紀錄表]}`, '[嘉義市政府人民陳情案件紀錄表]'))).toEqual([['人民陳情案件紀錄表', '嘉義市政府人民陳情案件紀錄表']]);
    expect(fixesOf(chain(`  - {id: a, text: 企劃處追蹤, forms: [x]}`, '[{id: x, name: 受理民眾陳情案件﹙紙本﹚後續（逾期）追蹤表}]'))).toEqual([['﹙紙本﹚', '（紙本）']]);
  });

  it('does not replace a short name, a whole label without its noun, or an ambiguous one', () => {
    expect(fixesOf(chain(`  - {id: a, text: 企劃處將處理通知單送業務單位}`, '[嘉義市政府首長會見民眾案件處理通知書]'))).toEqual([undefined]);
    expect(fixesOf(chain(`  - {id: a, kind: document, text: 議會決議案執行情形}`, '[決議案執行情形表]'))).toEqual([undefined]);
    expect(fixesOf(chain(`  - {id: a, kind: document, text: 公文處理成果比較表}`, '[公文處理成績比較表, 公文處理成效比較表]'))).toEqual([undefined]);
  });

  it('puts the fix on the label', () => {
    const [finding] = lintWithRule(formName, chain(`  - {id: a, kind: document, text: 議會決議案執行情形清查表}`, '[決議案執行進度清查表]'));
    expect(finding!.fix!.path).toEqual(['steps', 1, 'text']);
  });
});
