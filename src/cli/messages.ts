// Messages of the command-line shell itself (not of rules): usage errors and summaries.

import type { Localized } from '../i18n/lang.js';

export const CLI_MESSAGES = {
  noFiles: { 'zh-TW': '找不到任何 SOP 檔案（*.sop.yaml 或 *.sop.yml）：{where}', en: 'No SOP files (*.sop.yaml or *.sop.yml) found: {where}' },
  noSuchPath: { 'zh-TW': '找不到路徑或沒有符合的檔案：{path}', en: 'No such file, folder or matching glob: {path}' },
  badRule: { 'zh-TW': '--rule 的寫法應為 <規則>:<error|warn|info|off>，而不是「{value}」', en: '--rule takes <rule>:<error|warn|info|off>, not "{value}"' },
  badNumber: {
    'zh-TW': '{option} 需要整數（-1 表示不限），而不是「{value}」',
    en: '{option} takes a whole number (-1 for no limit), not "{value}"',
  },
  tooManyWarnings: { 'zh-TW': '警告數 {count} 超過 --max-warnings {max}', en: '{count} warnings exceed --max-warnings {max}' },
  ignoredFile: {
    'zh-TW': '{file}：符合 .sopignore 或 --ignore-pattern 的忽略規則，未檢查',
    en: '{file}: ignored by .sopignore or --ignore-pattern; not linted',
  },
  stdinWithPaths: { 'zh-TW': '--stdin 從標準輸入讀取，請勿另給路徑：{paths}', en: '--stdin reads standard input; give no paths: {paths}' },
  stdinFilenameAlone: { 'zh-TW': '--stdin-filename 只能與 --stdin 一起使用', en: '--stdin-filename goes with --stdin' },
  notWithStdin: { 'zh-TW': '{option} 不適用於 --stdin', en: '{option} does not apply to --stdin' },
  printConfigPaths: {
    'zh-TW': '--print-config 只說明一個檔案適用的設定，請勿另給路徑：{paths}',
    en: '--print-config describes the config of one file; give no other paths: {paths}',
  },
  unreadableFolder: {
    'zh-TW': '警告：無法讀取資料夾 {folder}（{reason}），其中的 SOP 未檢查；其餘檔案照常處理',
    en: 'Warning: cannot read the folder {folder} ({reason}); its SOPs are not checked, the other files are',
  },
  cannotWrite: { 'zh-TW': '無法寫入 {file}：{detail}', en: 'Cannot write {file}: {detail}' },
} satisfies Record<string, Localized>;
