// Messages of the command-line shell itself (not of rules): usage errors and summaries.

import type { Localized } from '../i18n/lang.js';

export const CLI_MESSAGES = {
  noFiles: { 'zh-TW': '找不到任何 SOP 檔案（*.sop.yaml 或 *.sop.yml）：{where}', en: 'No SOP files (*.sop.yaml or *.sop.yml) found: {where}' },
  noSuchPath: { 'zh-TW': '找不到路徑或沒有符合的檔案：{path}', en: 'No such file, folder or matching glob: {path}' },
  badFormat: { 'zh-TW': '不支援的輸出格式「{format}」，可用：{formats}', en: 'Unknown format "{format}"; use one of: {formats}' },
  badRule: { 'zh-TW': '--rule 的寫法應為 <規則>:<error|warn|info|off>，而不是「{value}」', en: '--rule takes <rule>:<error|warn|info|off>, not "{value}"' },
  badLang: { 'zh-TW': '--lang 只能是 zh-TW 或 en', en: '--lang must be zh-TW or en' },
  badNumber: { 'zh-TW': '{option} 需要非負整數，而不是「{value}」', en: '{option} takes a whole number ≥ 0, not "{value}"' },
  tooManyWarnings: { 'zh-TW': '警告數 {count} 超過 --max-warnings {max}', en: '{count} warnings exceed --max-warnings {max}' },
  cannotWrite: { 'zh-TW': '無法寫入 {file}：{detail}', en: 'Cannot write {file}: {detail}' },
} satisfies Record<string, Localized>;
