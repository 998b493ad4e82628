import { insecureUrl } from '../../src/rules/insecure-url.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const steps = `
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`;

ruleTester(insecureUrl, {
  valid: [
    { name: 'https is fine (電子郵件信箱)', code: sopWith(steps, { guidance: '["申請人請自行至 https://ems.chiayi.gov.tw/exchange/，更新密碼以確保安全。"]' }) },
    { name: 'sftp and ftps are fine', code: sopWith(steps, { guidance: '["上傳至 sftp://files.example.gov.tw/ 或 ftps://files.example.gov.tw/"]' }) },
    { name: 'a host name without a scheme is not a link', code: sopWith(steps, { guidance: '["至 www.rdec.gov.tw 下載"]' }) },
    {
      name: 'an allowed prefix',
      code: sopWith(steps, { guidance: '["內部主機 http://10.0.0.5/report"]' }),
      config: { rules: { 'insecure-url': { severity: 'warn', options: { allow: ['http://10.0.0.5/'] } } } },
    },
  ],
  invalid: [
    {
      name: 'http in guidance and in a form name (陳情（一）)',
      code: sopWith(steps, {
        guidance: '["線上陳情案件收件須使用線上陳情資訊管理系統（http://xxx/core/feedback/xxx/）。"]',
        forms: '["線上陳情、線上市容查報資訊管理系統（http://xxx/core/feedback/xxx/）"]',
      }),
      errors: [
        { messageId: 'insecure', line: 5, message: '「http://xxx/core/feedback/xxx/」' },
        { messageId: 'insecure', line: 10, message: '「http://xxx/core/feedback/xxx/」' },
      ],
    },
    {
      name: 'ftp, and a URL running straight into Chinese text (市務會議, 服務品質獎)',
      code: sopWith(steps, {
        guidance:
          '["利用IE瀏覽器，ftp://163.29.100.91/nopaper 連接FTP伺服器。", "網址http://www.rdec.gov.tw/award另有評獎系統操作手冊"]',
      }),
      errors: [
        { messageId: 'insecure', message: '「ftp://163.29.100.91/nopaper」使用未加密的 ftp://：請改用 sftp://' },
        { messageId: 'insecure', message: '「http://www.rdec.gov.tw/award」' },
      ],
    },
    {
      name: 'each URL of a text, an unbalanced parenthesis trimmed; https beside it stays silent (電子郵件信箱)',
      code: sopWith(steps, {
        guidance:
          '["請自行至 https://ems.chiayi.gov.tw/exchange/，更新密碼。本府員工入口網(http://163.29.100.84/)─員工專區；研考會(http://gpmnet.nat.gov.tw/)。"]',
      }),
      errors: [
        { messageId: 'insecure', message: '「http://163.29.100.84/」' },
        { messageId: 'insecure', message: '「http://gpmnet.nat.gov.tw/」' },
      ],
    },
    {
      name: 'in a step label, with a password in the URL masked',
      code: sopWith(`
  - {id: a, kind: start, text: "登入 ftp://user:secret@host.example/ 上傳檔案"}
  - {id: b, kind: end, text: 結案}`),
      errors: [{ messageId: 'insecure', stepId: 'a', message: '「ftp://****@host.example/」' }],
    },
  ],
});
