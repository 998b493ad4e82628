// insecure-url: links in an SOP are followed by new employees and the public; http:// and
// ftp:// send what is typed (often the accounts the SOP tells them to use) in clear text.
// Every such URL in any text is reported with the path of the string that holds it.

import type { Report, Rule } from '../engine/types.js';
import { sopTextList } from '../analysis/sop-texts.js';

/**
 * http:// or ftp:// up to the first non-ASCII character, space or quote (Chinese text often
 * runs straight on: 「網址http://www.rdec.gov.tw/award另有…」); sftp/https/ftps do not match.
 */
const INSECURE_URL = /(?<![A-Za-z0-9+.-])(?:http|ftp):\/\/[!#-&(-;=?-_a-~]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/u;

/** The URL without trailing punctuation or an unbalanced closing parenthesis: 「…（http://x/)」. */
function trimUrl(url: string): string {
  let out = url.replace(TRAILING_PUNCTUATION, '');
  while (out.endsWith(')') && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) {
    out = out.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
  }
  return out;
}

/** Never repeat a password embedded in a URL (no-secrets reports it). */
function maskCredentials(url: string): string {
  return url.replace(/^([a-z]+:\/\/)[^/@\s]+@/iu, '$1****@');
}

export const insecureUrl: Rule = {
  meta: {
    id: 'insecure-url',
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': 'SOP 中的連結應使用 https（或 sftp），不可使用未加密的 http:// 或 ftp://。',
        en: 'Links in an SOP use https (or sftp), not unencrypted http:// or ftp://.',
      },
      page: 'docs/rules/insecure-url.md',
    },
    messages: {
      insecure: {
        'zh-TW': '連結「{url}」使用未加密的 {scheme}：請改用 {secure} 網址（如主機尚不支援，請通知管理單位）',
        en: 'The link "{url}" uses unencrypted {scheme}: use an {secure} address (if the host does not support it yet, tell its administrator)',
      },
    },
    optionsSchema: {
      type: 'object',
      properties: {
        allow: {
          type: 'array',
          items: { type: 'string' },
          description: '允許的網址前綴（例如尚無加密的內部主機） / URL prefixes to allow (e.g. an internal host without TLS yet)',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { allow: [] },
  },
  *check(sop, context): Iterable<Report> {
    const allow = Array.isArray(context.options.allow) ? (context.options.allow as unknown[]).map(String) : [];
    for (const item of context.analysis.get(sopTextList)) {
      if (!/(?:http|ftp):\/\//iu.test(item.text)) continue;
      INSECURE_URL.lastIndex = 0;
      for (let m = INSECURE_URL.exec(item.text); m; m = INSECURE_URL.exec(item.text)) {
        const url = trimUrl(m[0]);
        if (allow.some((prefix) => url.toLowerCase().startsWith(prefix.toLowerCase()))) continue;
        const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
        const data = { url: maskCredentials(url), scheme: `${scheme}://`, secure: scheme === 'ftp' ? 'sftp://' : 'https://' };
        yield item.stepId === undefined ? { messageId: 'insecure', data, path: item.path } : { messageId: 'insecure', data, stepId: item.stepId, path: item.path };
      }
    }
  },
};
