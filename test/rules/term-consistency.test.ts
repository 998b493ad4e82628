import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfigText } from '../../src/config/load-config.js';
import { termConsistency } from '../../src/rules/term-consistency.js';
import { lintWithRule, ruleTester, sopWith } from '../helpers/rule-tester.js';

const newStaff = sopWith(`
  - {id: start, kind: start, text: 新進人員報到}
  - {id: hicos, text: 安裝Hi-Cos憑證管理工具並將自然人憑證匯入客戶端電腦}
  - {id: card-reader, text: 至使用者電腦處安裝讀卡機}
  - {id: done, kind: end, text: 請使用者登入使用，完成作業}`);

ruleTester(termConsistency, {
  valid: [
    {
      name: 'two units listed side by side (the Finance Department and the Finance Team) are two units',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: The Finance Department and the Finance Team receive the request}
  - {id: b, kind: end, text: The Finance Team files the request}`),
    },
    {
      name: 'numbered names spelt one way each, and a number word after another noun or one that is no number (Stage 1, Stage 2; Room Two; Stage Tower)',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: At Stage 1 the officer replies within 10 days}
  - {id: b, text: Escalate to Stage 2 by replying to the Stage 1 response}
  - {id: c, text: Meet in Room Two of Stage Tower}
  - {id: d, kind: end, text: Close the case after Stage 2}`),
    },
    {
      name: 'capitalised names whose words differ are different names (Travel Claim Form, Travel Cash Receipt; Academic Council Meeting, Council Meeting Minutes)',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: The traveler submits the Travel Claim Form}
  - {id: b, text: Finance issues a Travel Cash Receipt after the Academic Council Meeting}
  - {id: c, kind: end, text: The clerk files the Council Meeting Minutes}`),
    },
    { name: 'one word throughout', code: sopWith(`
  - {id: a, kind: start, text: 至使用者電腦安裝讀卡機}
  - {id: b, kind: end, text: 設定使用者電腦瀏覽器}`) },
    {
      name: '記錄 as a verb next to the noun 紀錄表 is not a clash (only 紀錄表/記錄表 are a group)',
      code: sopWith(
        `
  - {id: a, kind: start, text: 登打人民陳情案件紀錄表}
  - {id: b, kind: end, text: 登錄重複登打記錄備查}`,
      ),
    },
    {
      name: 'names of laws are left alone',
      code: sopWith(
        `
  - {id: a, kind: start, text: 填寫會議紀錄}
  - {id: b, kind: end, text: 結案}`,
        { legal: '["某某會議記錄保存辦法"]' },
      ),
    },
    {
      name: 'built-in synonyms: a member inside the name of another role or of a form names neither (國泰 線上申訴)',
      code: sopWith(`
  - {id: a, kind: start, text: 顧客意見處理人員將意見列案編號並回覆民眾}
  - {id: b, text: 承辦人員依據「顧客抱怨處理單」進行案件編碼}
  - {id: c, kind: end, text: 顧客意見反應表歸檔，回覆民眾}`),
    },
    {
      name: 'built-in synonyms: two members listed as two kinds of people',
      code: sopWith(`
  - {id: a, kind: start, text: 民眾或顧客提出意見}
  - {id: b, kind: end, text: 回覆民眾}`),
    },
    {
      name: 'built-in synonyms are switched off with synonyms: false',
      code: sopWith(`
  - {id: a, kind: start, text: 病患持轉診單掛號}
  - {id: b, kind: end, text: 轉診人員於患者出院後回覆}`),
      config: { synonyms: false },
    },
    {
      name: 'a spelling inside a form name that form-name reports (記錄表 for the listed 紀錄表) is form-name\'s finding',
      code: sopWith(
        `
  - {id: a, kind: start, text: 服務中心受理}
  - {id: b, kind: end, text: 服務中心登打人民陳情案件記錄表}`,
        { forms: '[嘉義市政府人民陳情案件紀錄表]' },
      ),
    },
    {
      name: 'a config group whose words are used one at a time',
      code: sopWith(`
  - {id: a, kind: start, text: 受理陳情}
  - {id: b, kind: end, text: 回覆陳情人}`),
      config: { terms: [['陳情人', '民眾']] },
    },
    {
      name: 'a word inside a name that the text abbreviates (Office of Governmentwide Policy (OGP)) is spelt as the name is',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: The Office of Governmentwide Policy (OGP) will conduct additional reviews}
  - {id: b, kind: end, text: The analyst lists the acquisitions related to government-wide programs}`),
    },
  ],
  invalid: [
    {
      name: 'one unit named with two head nouns (Recruitment Department / Recruitment Team): the head the SOP uses more',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: The Recruitment Department receives the request}
  - {id: b, text: A member of the Recruitment Team will discuss the request with you}
  - {id: c, kind: end, text: The Recruitment Department files the request}`),
      errors: [{ messageId: 'inconsistent', stepId: 'b', message: 'use "Recruitment Department" throughout' }],
    },
    {
      name: 'one numbered name with its number as a digit and as a word (Stage 2 / Stage Two): the spelling the SOP uses more for the noun',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: Stage One - we investigate and respond}
  - {id: b, text: You can escalate your complaint to Stage 2 by replying to the Stage One response.}
  - {id: c, kind: end, text: If you are still unhappy after Stage Two you can contact the Ombudsman.}`),
      errors: [{ messageId: 'inconsistent', stepId: 'b', message: '"Stage 2" and "Stage Two": if they mean the same, use "Stage Two" throughout' }],
    },
    {
      name: 'one name in two word orders (Facility Usage Request Form / Facility Request Usage Form), also after a word saying which copy: reported once, where the rarer order is written',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: All requests must be on the district Facility Usage Request Form}
  - {id: b, text: Original Facility Usage Request Form will be forwarded to the Principal}
  - {id: c, kind: end, text: Original Facility Request Usage Form will be forwarded to the Business Manager}`),
      errors: [{ messageId: 'inconsistent', stepId: 'c', message: '"Facility Request Usage Form" and "Facility Usage Request Form": if they mean the same, use "Facility Usage Request Form" throughout' }],
    },
    {
      name: '使用者電腦 and 客戶端電腦 in one SOP (公文系統新進人員 註6)',
      code: newStaff,
      errors: [{ messageId: 'inconsistent', stepId: 'hicos', line: 7, message: '請統一為「使用者電腦」' }],
    },
    {
      name: '紀錄表 in forms, 記錄表 in a step (陳情（二）)',
      code: sopWith(
        `
  - {id: a, kind: start, text: 服務中心登打人民陳情案件紀錄表}
  - {id: b, kind: end, text: 記錄表影本送企劃處除管}`,
        { forms: '[嘉義市政府人民陳情案件紀錄表]' },
      ),
      errors: [{ messageId: 'inconsistent', stepId: 'b', message: '「記錄表」與「紀錄表」' }],
    },
    {
      name: 'a config group: the later, non-preferred word, wherever it is',
      code: sopWith(
        `
  - {id: a, kind: start, text: 受理客戶端申請}
  - {id: b, kind: end, text: 通知使用者}`,
        { guidance: '["客戶端電腦須安裝防毒軟體。"]' },
      ),
      config: { terms: [['使用者', '客戶端']] },
      errors: [
        { messageId: 'inconsistent', line: 5, message: '請統一為「使用者」' },
        { messageId: 'inconsistent', stepId: 'a' },
      ],
    },
    {
      name: 'built-in synonyms: one person is 病患 and 患者 (國軍臺中總醫院 轉診): the SOP\'s more frequent word is preferred',
      code: sopWith(`
  - {id: a, kind: start, text: 上班時間病患請攜帶轉診單至本院窗口辦理掛號}
  - {id: b, text: 病患診療後，醫師填寫轉診回覆單}
  - {id: c, kind: end, text: 轉診人員於患者出院14天內回覆原醫師}`),
      errors: [{ messageId: 'sameRole', stepId: 'c', message: '請統一為本 SOP 較常用的「病患」' }],
    },
    {
      name: 'built-in synonyms, English: requester and requestor',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: The Requestor submits the request}
  - {id: b, text: The Front Door team notifies the Requestor}
  - {id: c, kind: end, text: The Requester receives the report}`),
      errors: [{ messageId: 'sameRole', stepId: 'c', message: 'use "requestor", the word it uses more' }],
    },
    {
      name: 'a group added under words: termSynonyms',
      code: sopWith(`
  - {id: a, kind: start, text: 借用人填寫申請單}
  - {id: b, text: 借用人繳費}
  - {id: c, kind: end, text: 申請人領回保證金}`),
      config: { words: { termSynonyms: ['借用人|申請人'] }, synonyms: false },
      errors: [{ messageId: 'sameRole', stepId: 'c', message: '「借用人」' }],
    },
    {
      name: 'one word with and without a hyphen (ServiceNow / Service-Now)',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: The analyst logs the incident in ServiceNow}
  - {id: b, text: The analyst closes the ServiceNow incident}
  - {id: c, kind: end, text: The team archives the Service-Now record}`),
      errors: [{ messageId: 'inconsistent', stepId: 'c', message: 'use "ServiceNow" throughout' }],
    },
    {
      name: 'a word spelt two ways outside a name, or in a name whose bracket is not its abbreviation',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: The Office of Governmentwide Policy (OMB) asks for reviews}
  - {id: b, text: Governmentwide programs are reviewed first}
  - {id: c, kind: end, text: The analyst lists the government-wide programs}`),
      errors: [{ messageId: 'inconsistent', stepId: 'c', message: 'use "Governmentwide" throughout' }],
    },
    {
      name: 'English spelling variants',
      lang: 'en',
      code: sopWith(`
  - {id: a, kind: start, text: Receive the request by email}
  - {id: b, kind: end, text: E-mail the applicant}`),
      errors: [{ messageId: 'inconsistent', stepId: 'b', message: 'use "email" throughout' }],
    },
  ],
});

describe('term-consistency fixes', () => {
  it('replaces a synonym with the word the SOP uses more, keeping a plural', () => {
    const code = sopWith(`
  - {id: a, kind: start, text: Requestors submit requests}
  - {id: b, text: Acknowledge the requesters}
  - {id: c, kind: end, text: Reply to the requesters}`);
    const [finding] = lintWithRule(termConsistency, code, { lang: 'en' });
    expect(finding!.fix).toEqual({ from: 'Requestors', to: 'Requesters', path: ['steps', 0, 'text'] });
  });

  it('replaces the non-preferred word in the string that holds it', () => {
    const [finding] = lintWithRule(termConsistency, newStaff);
    expect(finding!.fix).toEqual({ from: '客戶端電腦', to: '使用者電腦', path: ['steps', 1, 'text'] });
  });

  it('keeps a capital when the replaced word starts a sentence', () => {
    const code = sopWith(`
  - {id: a, kind: start, text: Receive the request by email}
  - {id: b, kind: end, text: E-mail the applicant}`);
    const [finding] = lintWithRule(termConsistency, code, { lang: 'en' });
    expect(finding!.fix).toEqual({ from: 'E-mail', to: 'Email', path: ['steps', 1, 'text'] });
  });

  it('points a guidance map item at its text', () => {
    const code = sopWith(
      `
  - {id: a, kind: start, text: 填寫會議紀錄}
  - {id: b, kind: end, text: 結案}`,
      { guidance: '[{text: 會議記錄應於一週內分送, notes: [1]}]', notes: '{1: 註}' },
    );
    const [finding] = lintWithRule(termConsistency, code);
    expect(finding!.fix).toEqual({ from: '會議記錄', to: '會議紀錄', path: ['guidance', 0, 'text'] });
  });
});

describe('the synonyms switch in sop.config.yaml', () => {
  it('reads synonyms: false, defaults to true, and rejects anything but a boolean', () => {
    expect(parseConfigText('synonyms: false\n', '/v/sop.config.yaml', 'en').synonyms).toBe(false);
    expect(parseConfigText('units: [企劃處]\n', '/v/sop.config.yaml', 'en').synonyms).toBe(true);
    expect(() => parseConfigText('synonyms: maybe\n', '/v/sop.config.yaml', 'en')).toThrow(ConfigError);
  });
});
