// no-secrets: an SOP is a public handbook page; a password or an account written out in it
// (「使用者名稱輸入userall，密碼輸入allall」), or the rule that makes everyone's password
// (「密碼為身份證號且第一碼文字為大寫…」), is a leak. Mentions are fine: 「密碼有效期限為90天」,
// 「帳號密碼另以密件發文」, 「取消記憶密碼」, and the bank account a fee is paid into (匯款…帳號:2408…). Messages never repeat the secret.

import type { Report, Rule, WordLists } from '../engine/types.js';
import { sopTextList } from '../analysis/sop-texts.js';
import { listsAnalysis } from '../analysis/memo.js';
import { compileWords, findWords } from '../analysis/text/word-match.js';

/** Characters a written-out password or account name is made of. */
const VALUE = `[A-Za-z0-9!@#$%^&*_+\\-=.~?]{3,}`;
const QUOTES = `["'「『“‘]`;
/** A run of value characters, read as the credential pattern reads them (case-insensitively): a text without one writes out no value. */
const VALUE_RUN = new RegExp(VALUE, 'iu');
const TRAILING = /[.?~=\-]+$/u;
const HAS_DIGIT_OR_SYMBOL = /[^A-Za-z]/u;
const ASCII = /^[\x20-\x7e]+$/u;
/** Everything up to the connector of a scheme sentence, to quote only what the password is made of. */
const SCHEME_HEAD = /^.*?(?:設定為|預設為|一律為|統一為|設為|為|是|即|係|\bwill be\b|\bis\b|\bare\b|=|:)\s*/iu;

/** How far around an account word a word of paying makes it the account a fee is paid into. */
const PAYMENT_REACH = 40;
const ACCOUNT_NUMBER = /^[0-9][0-9-]*$/u;

/**
 * An account number (digits only) beside a word of paying (匯款銀行…帳號:24081102121042, sort code)
 * and no password word: public, not a login (登入繳費系統之帳號：2023…，密碼：… stays a credential).
 */
function paymentAccount(text: string, index: number, value: string, words: WordLists): boolean {
  if (!ACCOUNT_NUMBER.test(value)) return false;
  const near = text.slice(Math.max(0, index - PAYMENT_REACH), index + PAYMENT_REACH);
  return findWords(near, words.secretsPaymentWords).length > 0 && findWords(near, words.secretsPasswordWords).length === 0;
}

function source(words: readonly string[]): string | undefined {
  return compileWords(words)?.source;
}

/** keyword [connector] value, compiled once per config. */
const credentialRegex = listsAnalysis('credential pattern', ({ words }): RegExp | null => {
  const password = source(words.secretsPasswordWords);
  const account = source(words.secretsAccountWords);
  const connector = source(words.secretsConnectors);
  const keyword = [password && `(?<password>${password})`, account && `(?<account>${account})`].filter(Boolean).join('|');
  return keyword ? new RegExp(`(?:${keyword})[ \\t]*(?:(?:${connector ?? '(?!)'})[ \\t]*)?(?<quote>${QUOTES})?(?<value>${VALUE})`, 'giu') : null;
});

export const noSecrets: Rule = {
  meta: {
    id: 'no-secrets',
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: {
        'zh-TW': 'SOP 中不可寫出帳號、密碼或密碼的組成規則。',
        en: 'An SOP must not write out accounts, passwords or how passwords are made.',
      },
      page: 'docs/rules/no-secrets.md',
    },
    messages: {
      credential: {
        'zh-TW': '「{keyword}」後寫出了實際的值（{masked}）：帳號密碼不可寫入 SOP，請改以密件或系統另行通知，並變更已公開的密碼',
        en: 'A value is written out after "{keyword}" ({masked}): keep accounts and passwords out of the SOP, hand them out separately, and change the exposed password',
      },
      scheme: {
        'zh-TW': '寫出了密碼的組成規則（以「{basis}」組成）：知道規則就能推得他人的密碼，請勿寫入 SOP，改以密件通知申請人',
        en: 'The text tells how passwords are made (from "{basis}"): anyone who reads it can work out others\' passwords; tell applicants privately instead',
      },
      embedded: {
        'zh-TW': '網址或文字中含有帳號密碼（{masked}）：請刪除，並變更已公開的密碼',
        en: 'Credentials are embedded in the text ({masked}): remove them and change the exposed password',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const words = context.words;
    const credentials = context.analysis.get(credentialRegex);
    const notValues = new Set(words.secretsNotValues.map((w) => w.toLowerCase()));
    const schemes = words.secretsSchemes;
    const patterns = words.secretsPatterns;

    for (const item of context.analysis.get(sopTextList)) {
      const { text } = item;
      const at = item.stepId === undefined ? { path: item.path } : { stepId: item.stepId, path: item.path };
      const taken: Array<[number, number]> = [];

      for (const hit of findWords(text, patterns)) {
        taken.push([hit.index, hit.index + hit.word.length]);
        yield { messageId: 'embedded', data: { masked: hit.word.replace(/:\/\/[^:]+:[^@]+@/u, '://****:****@') }, ...at };
      }
      for (const hit of findWords(text, schemes)) {
        taken.push([hit.index, hit.index + hit.word.length]);
        const basis = hit.word.replace(SCHEME_HEAD, '') || hit.word;
        yield { messageId: 'scheme', data: { basis }, ...at };
      }
      if (!credentials || !VALUE_RUN.test(text)) continue;
      credentials.lastIndex = 0;
      for (let m = credentials.exec(text); m; m = credentials.exec(text)) {
        const groups = m.groups ?? {};
        const keyword = groups.password ?? groups.account ?? '';
        const value = (groups.value ?? '').replace(TRAILING, '');
        if (value.length < 3 || notValues.has(value.toLowerCase()) || /^[*xX●○•]+$/u.test(value)) continue;
        if (taken.some(([a, b]) => m!.index < b && m!.index + m![0].length > a)) continue;
        // An English keyword is followed by English words anyway: only a value with a digit or
        // symbol, or a quoted one, is a credential ("password expires" is a mention).
        if (ASCII.test(keyword) && !groups.quote && !HAS_DIGIT_OR_SYMBOL.test(value)) continue;
        if (groups.account && paymentAccount(text, m.index, value, words)) continue;
        yield { messageId: 'credential', data: { keyword, masked: '****' }, ...at };
      }
    }
  },
};
