// `sop lint [paths…]`: the command's options and help. Its work (lint-action.ts: the engine, the
// formatters) loads only when it runs; what it lints and where the report goes is lint-run.ts;
// --print-config is config/print-config.ts.

import { Command, Option } from 'commander';
import { FORMAT_NAMES } from '../format/names.js';
import type { LintFlags } from './lint-run.js';
import type { CommandIO } from './usage.js';

const EXAMPLES = `
Examples / 範例:
  $ sop lint                                   lint every *.sop.yaml under the current folder
  $ sop lint sops/ other/petition.sop.yaml     folders and files
  $ sop lint "sops/**/*.sop.yaml" --quiet      a glob; errors only
  $ sop lint --format github                   annotations in GitHub Actions (paths from the repository root)
  $ sop lint --format sarif -o sop.sarif       SARIF 2.1.0 for code scanning
  $ sop lint --format gitlab -o gl-code-quality-report.json   GitLab Code Quality report
  $ sop lint --format json -o -                ESLint-compatible JSON; "-" is standard output
  $ sop lint --rule owner:off --rule contact:error
  $ sop lint --lang en --max-warnings 0        fail on warnings too (-1: no limit)
  $ sop lint --changed-since origin/main       only SOPs changed since a Git ref (cross-file checks still read all)
  $ sop lint --fix                             apply the safe fixes (form names, preferred terms)
  $ sop lint --fix-dry-run                     print them as a diff; write nothing
  $ sop lint --ignore-pattern "drafts/"        skip files as .sopignore does (gitignore syntax)
  $ cat a.sop.yaml | sop lint --stdin --stdin-filename sops/a.sop.yaml
  $ sop lint --stdin --stdin-filename sops/a.sop.yaml --fix < a.sop.yaml > fixed.sop.yaml
  $ sop lint --print-config sops/a.sop.yaml    which sop.config.yaml applies to the file, and the settings
  $ SOP_TIMING=1 sop lint sops/                 where the time goes: rules and shared analyses, slowest first (SOP_TIMING=all: every row)

Exit codes / 結束代碼: 0 no errors · 1 errors (or too many warnings) · 2 usage or internal error`;

const collect = (value: string, all: string[] = []) => [...all, value];

export function lintCommand(io: CommandIO): Command {
  return new Command('lint')
    .description('檢查 SOP 檔案，如同有經驗的審查者 / check SOP files the way an experienced reviewer would')
    .argument('[paths...]', 'files, folders or globs (default: every *.sop.yaml / *.sop.yml under the current folder)')
    .addOption(new Option('-f, --format <name>', '輸出格式 / output format').choices(FORMAT_NAMES).default('stylish'))
    .option('-c, --config <file>', '所有檔案都用這個設定檔，而非最近的 sop.config.yaml / use this config for every file instead of the nearest one')
    .option('--rule <id:severity>', '設定規則的嚴重度（error、warn、info、off），可重複 / set a rule\'s severity (error, warn, info, off); repeatable', collect)
    .option('--max-warnings <n>', '警告超過此數時結束代碼為 1（-1 表示不限）/ exit 1 when there are more warnings than this (-1: no limit)')
    .option('-q, --quiet', '只報告錯誤 / report errors only')
    .addOption(new Option('--lang <lang>', '訊息語言 / language of messages').choices(['zh-TW', 'en']))
    .option('-o, --output-file <file>', '把報告寫入檔案（- 為標準輸出）/ write the report to a file (- for standard output)')
    .option('--color', '一律使用顏色 / always colour the output')
    .option('--no-color', '不使用顏色（預設依 FORCE_COLOR、NO_COLOR 與是否為終端機）/ no colours (default: from FORCE_COLOR, NO_COLOR and whether output is a terminal)')
    .option('--changed-since <git-ref>', '只檢查自該 Git 參照以來新增或修改的 SOP（跨檔檢查仍讀取全部）/ lint only SOPs added or changed since this Git ref (cross-file checks still read every SOP)')
    .option('--fix', '自動修正可安全修正的問題（表格名稱、建議用詞），保留註解與排版 / apply the safe fixes, keeping comments and layout')
    .option('--fix-dry-run', '以 diff 顯示 --fix 會做的修改，不寫入檔案 / print what --fix would change as a diff; write nothing')
    .option('--ignore-pattern <pattern>', '略過符合的檔案（.gitignore 語法，相對於目前資料夾），可重複 / skip matching files (gitignore syntax, relative to the current folder); repeatable', collect)
    .option('--stdin', '檢查標準輸入的內容 / lint the text on standard input')
    .option('--stdin-filename <file>', '把標準輸入當作這個檔案（其設定檔與顯示路徑）/ lint standard input as this file (its config, its path in the report)')
    .option('--print-config <file>', '顯示適用於該檔案的設定檔與設定，不檢查 / print which config applies to the file and its settings; lint nothing')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: LintFlags) => (await import('./lint-action.js')).lintAction(io, paths, flags));
}
