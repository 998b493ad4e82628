// Messages of `sop diff` and `sop lint --changed-since` (and of Git access, shared by the commands
// that read a Git history). The diff's own labels live with its printer (diff/format-diff.ts).

import type { Localized } from '../i18n/lang.js';

export const DIFF_CLI_MESSAGES = {
  notARepository: {
    'zh-TW': '{cwd} 不在 Git 儲存庫內（{option} 需要 Git 的版本紀錄）',
    en: 'Not a Git repository: {cwd} ({option} reads the Git history)',
  },
  unknownRef: { 'zh-TW': '找不到 Git 參照「{ref}」（應為分支、標籤或提交，例如 HEAD、main、origin/main）', en: 'Unknown Git ref "{ref}" (a branch, tag or commit, e.g. HEAD, main, origin/main)' },
  gitNotFound: { 'zh-TW': '找不到 git 程式，請先安裝 Git', en: 'git is not installed (or not on PATH)' },
  gitFailed: { 'zh-TW': 'git 執行失敗：{detail}', en: 'git failed: {detail}' },
  diffArguments: {
    'zh-TW': '請給兩個檔案（sop diff <舊> <新>），或以 --base <參照> 比較 Git 中的版本',
    en: 'Give two files (sop diff <old> <new>), or --base <ref> to compare with a Git version',
  },
  notAFile: { 'zh-TW': '{path} 不是檔案', en: 'Not a file: {path}' },
  noChangedSops: { 'zh-TW': '自 {ref} 以來沒有變更的 SOP 檔案', en: 'No SOP file changed since {ref}' },
  nothingToLint: { 'zh-TW': '自 {ref} 以來沒有新增或修改的 SOP 檔案，不需檢查', en: 'No SOP file added or modified since {ref}; nothing to lint' },
} satisfies Record<string, Localized>;
