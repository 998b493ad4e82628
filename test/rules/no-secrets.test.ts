import { describe, expect, it } from 'vitest';
import { noSecrets } from '../../src/rules/no-secrets.js';
import { lintWithRule, ruleTester, sopWith } from '../helpers/rule-tester.js';

const steps = `
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`;

const guidance = (...items: string[]) => sopWith(steps, { guidance: JSON.stringify(items) });

const paperless = guidance('利用IE瀏覽器連接FTP伺服器。登入身份使用者名稱輸入userall，密碼輸入allall按登入，跳出介面。');

ruleTester(noSecrets, {
  valid: [
    { name: 'a password policy (帳號註冊)', code: guidance('為符合資通安全規定,避免帳號遭盜用，密碼有效期限為90 天，請在期限內隨時上網更新密碼。（密碼設定至少須由六位文數字及特殊符號組成）。') },
    { name: 'passwords handed out separately (服務品質獎)', code: guidance('請參獎單位依本處所核給的帳號密碼至評獎系統登錄(帳號密碼研考會另以密件發文)。') },
    { name: 'a step about passwords', code: sopWith(`
  - {id: a, kind: start, text: 填寫申請單：□新增□註銷□權限異動□密碼重設}
  - {id: b, kind: end, text: 取消記憶密碼}`) },
    { name: 'wrong password three times', code: guidance('當信箱密碼輸入錯誤達三次，信箱將被鎖定十分鐘，請於十分鐘後再重新輸入正確密碼。') },
    { name: 'an account kind, not an account', code: guidance('帳號為AD帳號，密碼：請洽資訊科。帳號：員工編號。') },
    { name: 'a masked value', code: guidance('密碼：******') },
    { name: 'the bank account a fee is paid into', code: guidance('繳費方式：郵政劃撥或至銀行臨櫃轉帳，帳號：0123-456-7890，戶名：某某市政府。') },
    { name: 'English: the bank account a fee is paid into', lang: 'en', code: guidance('Pay by bank transfer: sort code 12-34-56, account number: 98765432.') },
    { name: 'English mentions', lang: 'en', code: guidance('The password expires after 90 days.', 'Passwords are sent by confidential letter.', 'Password: required') },
  ],
  invalid: [
    {
      name: 'an account and a password written out (市務會議無紙化)',
      code: paperless,
      errors: [
        { messageId: 'credential', line: 5, message: '「使用者名稱」後寫出了實際的值（****）' },
        { messageId: 'credential', line: 5, message: '「密碼」' },
      ],
    },
    {
      name: 'a password scheme (電子郵件信箱)',
      code: guidance('信箱初次申請之密碼為身份證號且第一碼文字為大寫加上特殊符號#（密碼設定至少須由六位文數字及特殊符號組成）。'),
      errors: [{ messageId: 'scheme', message: '「身份證號」' }],
    },
    {
      name: 'a login account and password in a text that also speaks of paying',
      code: guidance('登入繳費系統之帳號：20230815，密碼：pay2023。', '以帳號 admin01 登入網路銀行管理系統。'),
      errors: [
        { messageId: 'credential', message: '「帳號」' },
        { messageId: 'credential', message: '「密碼」' },
        { messageId: 'credential', message: '「帳號」' },
      ],
    },
    {
      name: 'in a step, a note and a form',
      code: sopWith(
        `
  - {id: a, kind: start, text: "以帳號：admin01 登入系統"}
  - {id: b, kind: end, text: 結案}`,
        { notes: '{1: "預設密碼為 Chiayi#2009"}', forms: '["系統操作手冊（密碼：abc123）"]' },
      ),
      errors: [
        { messageId: 'credential', line: 5 },
        { messageId: 'credential', stepId: 'a', line: 7 },
        { messageId: 'credential', line: 10 },
      ],
    },
    {
      name: 'credentials in a URL',
      code: guidance('上傳至 ftp://uploader:Pa55word@163.29.100.91/nopaper'),
      errors: [{ messageId: 'embedded', message: 'ftp://****:****@' }],
    },
    {
      name: 'English: a password with digits, a quoted one, a scheme',
      lang: 'en',
      code: guidance('Log in as user name admin01 with password: Chiayi#2009.', 'The password is "letmein".', 'The initial password is the national ID number.'),
      errors: [
        { messageId: 'credential', message: '"user name"' },
        { messageId: 'credential', message: '"password"' },
        { messageId: 'credential' },
        { messageId: 'scheme' },
      ],
    },
  ],
});

describe('no-secrets never repeats the secret', () => {
  it('masks every value in the messages', () => {
    const code = guidance('使用者名稱輸入userall，密碼輸入allall', '上傳至 ftp://uploader:Pa55word@163.29.100.91/', 'password: Chiayi#2009');
    const findings = lintWithRule(noSecrets, code);
    expect(findings.length).toBe(4);
    for (const lang of ['zh-TW', 'en'] as const) {
      for (const f of lintWithRule(noSecrets, code, { lang })) expect(f.message).not.toMatch(/userall|allall|uploader|Pa55word|Chiayi/);
    }
  });
});
