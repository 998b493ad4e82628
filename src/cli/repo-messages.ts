// Messages of the repository-workflow commands (`lint --fix`, `init`, `new`, `report`), in
// 繁體中文 and English, kept apart from messages.ts so that each command family owns its words.

import type { Localized } from '../i18n/lang.js';

export const REPO_MESSAGES = {
  fixApplied: { 'zh-TW': '已自動修正 {count} 處（{files} 個檔案）', en: 'Fixed {count} problem(s) in {files} file(s)' },
  fixWouldApply: {
    'zh-TW': '可自動修正 {count} 處（{files} 個檔案）；試跑模式，未寫入任何檔案',
    en: '{count} problem(s) in {files} file(s) can be fixed; dry run, no file written',
  },
  fixNone: { 'zh-TW': '沒有可自動修正的問題', en: 'Nothing to fix automatically' },
  fixChangedOnDisk: {
    'zh-TW': '{file}：修正期間檔案已被其他程式修改，未寫入（保留對方的修改）；請重新執行 sop lint --fix',
    en: '{file}: changed on disk while it was being fixed; not written (the other change is kept): run sop lint --fix again',
  },
  fixSkipped: {
    'zh-TW': '{file}：「{from}」→「{to}」無法安全修正，未變更（{reason}）',
    en: '{file}: "{from}" → "{to}" cannot be fixed safely; left as is ({reason})',
  },
  fixBoth: { 'zh-TW': '--fix 與 --fix-dry-run 只能擇一', en: 'Use --fix or --fix-dry-run, not both' },
  exists: {
    'zh-TW': '以下檔案已存在，未寫入任何檔案（加上 --force 以覆寫）：{files}',
    en: 'These files exist already; nothing was written (add --force to overwrite): {files}',
  },
  wrote: { 'zh-TW': '已建立：', en: 'Wrote:' },
  initNext: {
    'zh-TW': '下一步：\n  1. 編輯 sop.config.yaml 的 units、kpis、terms\n  2. npx sop new <編號> --title <名稱> --unit <單位>  新增 SOP\n  3. npx sop lint  檢查；提交後 {ci} 會自動檢查並產生手冊',
    en: 'Next:\n  1. edit units, kpis and terms in sop.config.yaml\n  2. npx sop new <id> --title <name> --unit <unit>  to add an SOP\n  3. npx sop lint  to check; after a push {ci} checks and builds the handbook',
  },
  initInstall: {
    'zh-TW':
      '注意：CI 以 npm ci 依 package.json 與 package-lock.json 安裝 sop，但此資料夾的 package.json 未列出 {name}。請在此執行 npm install -D <sop 的 Git 網址或 .tgz 檔>（見 sop 的 README「安裝」），並提交 package.json 與 package-lock.json。',
    en: 'Note: the CI installs sop with npm ci from package.json and package-lock.json, but the package.json here does not list {name}. Run npm install -D <sop\'s Git URL or .tgz file> here (see "Install" in sop\'s README) and commit package.json and package-lock.json.',
  },
  badId: {
    'zh-TW': 'SOP 編號「{id}」不合格式：只能用小寫英文字母、數字與連字號，且以字母或數字開頭（例如 petition-online）',
    en: 'SOP id "{id}" is not valid: lowercase letters, digits and hyphens, starting with a letter or digit (e.g. petition-online)',
  },
  newNext: {
    'zh-TW':
      '下一步：\n  1. 填寫 {file} 的 title、unit、每個步驟的 owner（主辦）與 time（標準工時）\n  2. 列出 legal（法令依據）、forms（使用表格）、kpis（所支援的指標）\n  3. npx sop lint {file}  檢查；npx sop render {file} -o out  看流程圖',
    en: 'Next:\n  1. fill in title, unit, and each step\'s owner and time in {file}\n  2. list legal (the legal basis), forms and kpis (the indicators it serves)\n  3. npx sop lint {file}  to check; npx sop render {file} -o out  to see the flowchart',
  },
  reportWrote: { 'zh-TW': '已寫入報表 {file}', en: 'Report written to {file}' },
} satisfies Record<string, Localized>;
