import { legalBasis } from '../../src/rules/legal-basis.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const steps = `
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`;

const survey = (legal: string) =>
  sopWith(
    `
  - {id: draft, kind: start, text: 制訂民意調查招標文件}
  - {id: publish, text: 上網公告招標}
  - {id: acceptance, text: 驗收}
  - {id: done, kind: end, text: 結論檢討缺失改善}`,
    { legal },
  );

ruleTester(legalBasis, {
  valid: [
    {
      name: 'a norm word that modifies the noun after it names no regulation (依不合格規定項目給予補正期限)',
      code: sopWith(
        `
  - {id: a, kind: start, text: "經審核申報資料不合規定者,其補正之時限,依不合格規定項目給予十至三十日"}
  - {id: b, kind: end, text: 結案}`,
        { legal: '[消防法]' },
      ),
    },
    {
      name: 'an article of a listed law is listed (民法 in legal, 依民法第807條規定 in a step)',
      code: sopWith(
        `
  - {id: a, kind: start, text: "逾六個月未經認領者,依民法第807條規定,由拾得人取得其所有權。"}
  - {id: b, kind: end, text: 結案}`,
        { legal: '[民法]' },
      ),
    },
    { name: 'a regulation', code: sopWith(steps, { legal: '[嘉義市政府人民陳情案件處理作業要點]' }) },
    { name: 'an act and its rules, numbered as in the seed', code: sopWith(steps, { legal: '["（一）地方制度法", "（二）嘉義市議會議事規則"]' }) },
    { name: 'a directive by letter number', code: sopWith(steps, { legal: '["98.5.11院授研展字第0982160822號函行政院所屬各機關民意調查作業要點修正規定"]' }) },
    { name: 'procurement steps with the procurement act cited', code: survey('[政府採購法, 政府採購法施行細則]') },
    { name: 'procurement steps with the city\'s own procurement rules', code: survey('[嘉義市政府採購作業要點]') },
    {
      name: 'a step that acts on a listed rule, on 規定 in general, or on a contract',
      code: sopWith(
        `
  - {id: a, kind: start, text: 依嘉義市政府人民陳情案件處理作業要點受理}
  - {id: b, text: 依規定請撥核定補助經費}
  - {id: c, text: 依據施政計畫相關規定辦理}
  - {id: d, text: 依合約規定維護}
  - {id: e, kind: end, text: 依照逾期追蹤流程，列管追蹤至完成}`,
        { legal: '[嘉義市政府人民陳情案件處理作業要點]' },
      ),
    },
    { name: 'English: an act', code: sopWith(steps, { legal: '["Government Procurement Act"]' }), lang: 'en' },
    {
      name: 'issue 9: a procurement word that names a thing or an earlier act runs no procurement (採購作業系統, 驗收無訛送…)',
      code: sopWith(
        `
  - {id: a, kind: start, text: 由使用單位於採購作業系統輸入採購品項資料}
  - {id: b, text: 驗收無訛送縣府複驗}
  - {id: c, kind: end, text: 歸檔}`,
        { legal: '[嘉義市政府人民陳情案件處理作業要點]' },
      ),
    },
    {
      name: 'a procurement word before a time phrase that the clause\'s verb follows is the topic, the kind of case: no procurement is run (工程採購於發包、訂約後1 週內檢送契約書)',
      code: sopWith(
        `
  - {id: a, kind: start, text: 1. 學校依核定金額掣收據函請縣府預撥款項。}
  - {id: b, text: "2. 工程採購於發包、訂約後1 週內檢送契約書函送縣府掣督導費收據,款項請開立公庫支票撥回。"}
  - {id: c, kind: end, text: 結餘款開立公庫支票繳回}`,
        { legal: '[花蓮縣地方教育發展基金經費執行流程簡化方案]' },
      ),
    },
  ],
  invalid: [
    {
      name: 'a short law name with an article of it is cited (依民法第807條第1項規定)',
      code: sopWith(
        `
  - {id: a, kind: start, text: "逾六個月未經認領者,依民法第807條第1項規定,由拾得人取得其所有權。"}
  - {id: b, kind: end, text: 結案}`,
        { legal: '[臺北市拾得物作業要點]' },
      ),
      errors: [{ messageId: 'citedNotListed', stepId: 'a', message: '「民法第807條第1項」' }],
    },
    { name: 'empty', code: sopWith(steps, { legal: '[]' }), errors: [{ messageId: 'empty', line: 8 }] },
    { name: '無 is no legal basis', code: sopWith(steps, { legal: '[無]' }), errors: [{ messageId: 'empty' }] },
    {
      name: 'issue 9: an empty legal basis and procurement steps are one defect, one finding that names the procurement rules',
      code: survey('[]'),
      errors: [{ messageId: 'emptyWithProcurement', stepId: undefined, message: '政府採購法' }],
    },
    {
      name: 'only the template filler',
      code: sopWith(steps, { legal: '["（敘明本業務項目所應適用之法令規定）"]' }),
      errors: [{ messageId: 'placeholder', message: '（敘明本業務項目所應適用之法令規定）' }],
    },
    {
      name: 'filler left beside a real item (民意調查, 健康城市)',
      code: sopWith(steps, { legal: '\n  - （敘明本業務項目所應適用之法令規定）\n  - 依據「嘉義市健康城市推動委員會設置要點」' }),
      errors: [{ messageId: 'leftoverPlaceholder', line: 9 }],
    },
    {
      name: 'filler, and the only other item names no regulation (市務會議)',
      code: sopWith(steps, { legal: '\n  - （敘明本業務項目所應適用之法令規定）\n  - 嘉義市政府市務會議' }),
      errors: [
        { messageId: 'leftoverPlaceholder', line: 9 },
        { messageId: 'notRegulation', line: 10, message: '「嘉義市政府市務會議」' },
      ],
    },
    {
      name: 'procurement steps without the procurement rules (民意調查 註1, 註6)',
      code: survey('["（敘明本業務項目所應適用之法令規定）", "98.5.11院授研展字第0982160822號函行政院所屬各機關民意調查作業要點修正規定"]'),
      errors: [
        { messageId: 'procurementLaw', stepId: 'draft', message: '（招標）' },
        { messageId: 'procurementLaw', stepId: 'publish' },
        { messageId: 'procurementLaw', stepId: 'acceptance', message: '（驗收）' },
        { messageId: 'leftoverPlaceholder' },
      ],
    },
    {
      name: 'a procurement is run when the word acts: 辦理採購, 依採購法辦理採購, or a topic whose verb does it (採購於核定後辦理)',
      code: sopWith(
        `
  - {id: a, kind: start, text: 受理請購}
  - {id: b, text: 辦理採購}
  - {id: c, text: 依採購法辦理採購}
  - {id: d, text: 採購於核定後十日內辦理}
  - {id: e, kind: end, text: 結案}`,
        { legal: '[花蓮縣地方教育發展基金經費執行流程簡化方案]' },
      ),
      errors: [
        { messageId: 'procurementLaw', stepId: 'b', message: '（採購）' },
        { messageId: 'procurementLaw', stepId: 'c', message: '（採購）' },
        { messageId: 'procurementLaw', stepId: 'd', message: '（採購）' },
      ],
    },
    {
      name: 'a step acts on a basis the legal section does not list (施政計畫 註6)',
      code: sopWith(
        `
  - {id: to-council, kind: start, text: 年度施政計畫草案送請議會審議}
  - {id: revise, text: 依議會決議，修正年度施政計畫內容}
  - {id: done, kind: end, text: 編製年度施政計畫}`,
        { legal: '[嘉義市政府年度施政計畫暨績效評估作業實施要點]' },
      ),
      errors: [{ messageId: 'citedNotListed', stepId: 'revise', message: '依「議會決議」辦理' }],
    },
    {
      name: 'English: a step pursuant to an act that is not listed',
      lang: 'en',
      code: sopWith(
        `
  - {id: a, kind: start, text: Publish the notice pursuant to the Freedom of Information Act}
  - {id: b, kind: end, text: File the request}`,
        { legal: '["Records Management Act"]' },
      ),
      errors: [{ messageId: 'citedNotListed', stepId: 'a', message: '"Freedom of Information Act"' }],
    },
    {
      name: 'English: a TODO',
      lang: 'en',
      code: sopWith(steps, { legal: '["TODO: applicable regulations"]' }),
      errors: [{ messageId: 'placeholder' }],
    },
  ],
});
