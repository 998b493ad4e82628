// `sop preview [paths…]`: the charts, handbook pages and findings in a browser, live. A thin shell
// over src/preview/, which (with ELK and the fonts) loads only when this command runs. It stops
// cleanly on Ctrl-C (SIGINT) or SIGTERM: watchers and server closed, exit 0.

import { Command, Option } from 'commander';
import type { PreviewFlags } from './preview-action.js';
import type { CommandIO } from './usage.js';

const EXAMPLES = `
Examples / 範例:
  $ sop preview                      every SOP under the current folder / 目前資料夾下所有 SOP
  $ sop preview sops/ --port 8123    open http://127.0.0.1:8123/ / 指定連接埠
  $ sop preview sops/a.sop.yaml --lang en

Only this machine can open the page (127.0.0.1). Nothing is written; saving a file updates the page.
只有本機能開啟此頁（127.0.0.1）；不寫入任何檔案，存檔後頁面自動更新。VS Code：「SOP: Open Preview to the Side」。`;

export function previewCommand(io: CommandIO): Command {
  return new Command('preview')
    .description('在瀏覽器即時預覽流程圖、手冊頁與檢查結果 / live charts, handbook pages and findings in a browser')
    .argument('[paths...]', 'files, folders or globs (default: every *.sop.yaml / *.sop.yml under the current folder)')
    .option('--port <port>', 'port on 127.0.0.1 (default: a free one)', '0')
    .addOption(new Option('--lang <lang>', 'language of labels, findings and the page (default: config, else zh-TW)').choices(['zh-TW', 'en']))
    .option('-c, --config <file>', 'use this sop.config.yaml for every file instead of the nearest one')
    .option('--font <file>', 'TrueType/OpenType font to measure and draw with (default: bundled Noto Sans TC)')
    .addOption(new Option('--page <size>', 'paper size of the handbook pages').choices(['A4', 'A3', 'letter']).default('A4'))
    .addOption(new Option('--forms <mode>', 'where forms appear').choices(['column', 'inline']).default('column'))
    .option('--tables', 'the handbook pages end with the control tables (作業程序說明表, 自行評估表)')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: PreviewFlags) => (await import('./preview-action.js')).previewAction(io, paths, flags));
}
