// `sop diff <old> <new>` and `sop diff --base <ref> [paths…]`: what changed between two versions
// of SOPs, step by step, for review rounds. The comparison is diff/sop-diff.ts, the printing
// diff/format-diff.ts, the Git access git/git.ts; this file only wires them to the command line.

import { Command, Option } from 'commander';
import type { DiffFlags } from './diff-action.js';
import type { CommandIO } from './usage.js';

const EXAMPLES = `
Examples / 範例:
  $ sop diff old/petition.sop.yaml sops/petition.sop.yaml   two files / 兩個檔案
  $ sop diff --base HEAD                  every SOP changed since the last commit (incl. new files)
  $ sop diff --base origin/main sops/     what a pull request changes, in sops/ only
  $ sop diff --base v1.2 --format json    machine-readable (see README "Review rounds")
  $ sop diff --base main --exit-code      exit 1 when anything differs

Exit codes / 結束代碼: 0 compared (differences or not) · 1 differences with --exit-code, or a
version that does not load (YAML/schema errors, printed as findings) · 2 usage error (not a Git
repository, unknown ref, missing file)`;

export function diffCommand(io: CommandIO): Command {
  return new Command('diff')
    .description('比較 SOP 的兩個版本：新增、刪除、修改的步驟與流程線 / compare two versions of SOPs: added, removed and changed steps and flow')
    .argument('[paths...]', 'two files <old> <new>; with --base: files or folders to compare (default: the whole repository)')
    .option('-b, --base <git-ref>', 'compare every SOP changed since this Git ref (branch, tag, commit) with the working tree')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .option('--exit-code', 'exit 1 when there are differences (like git diff --exit-code)')
    .option('-c, --config <file>', 'use this sop.config.yaml instead of the nearest one')
    .addOption(new Option('--lang <lang>', 'language of labels and messages').choices(['zh-TW', 'en']))
    .option('-o, --output-file <file>', 'write the diff to a file (- for standard output)')
    .option('--color', 'always colour the output')
    .option('--no-color', 'no colours (default: from FORCE_COLOR, NO_COLOR and whether output is a terminal)')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: DiffFlags) => (await import('./diff-action.js')).diffAction(io, paths, flags));
}
