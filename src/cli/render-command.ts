// `sop render <paths…> -o <dir>`: one `<id>.svg`, `<id>.pdf` and/or `<id>.png` per SOP; `--handbook <folder>`:
// the whole handbook in one PDF (render-handbook.ts). A thin shell over the render pipeline
// (pipeline/): it turns the flags into a run, prints what the run reports, and turns the errors
// a user can fix into usage errors (exit 2). Files that cannot be drawn are reported with the
// stylish formatter and skipped (exit 1).

import { Command, Option } from 'commander';
import type { RenderFlags } from './render-output.js';
import type { CommandIO } from './usage.js';

const EXAMPLES = `
Examples / 範例:
  $ sop render sops/ -o out                     SVG and PDF of every SOP under sops/ / 每個 SOP 輸出 SVG 與 PDF
  $ sop render petition.sop.yaml -o out --format svg
  $ sop render sops/ -o out --format pdf --page A3
  $ sop render sops/ -o out --format png        the chart as an image for Word or chat / 流程圖存成 PNG 圖檔，可貼到 Word 或通訊軟體
  $ sop render sops/ -o out --format svg,png --scale 3
  $ sop render sops/ -o out --embed-font        SVG with the font embedded / SVG 內嵌字型子集，各處顯示一致
  $ sop render sops/ -o out --forms inline      forms also drawn beside their steps / 表單也畫在步驟旁
  $ sop render sops/ -o out --layout elk        every chart laid out by ELK / 全部改用 ELK 排版
  $ sop render sops/ -o out --lang en --font NotoSansJP-Regular.ttf
  $ sop render sops/ -o out --compare HEAD      changes since the last commit in colour / 以顏色標出增加、刪除、修改之處
  $ sop render sops/a.sop.yaml -o out --compare old/a.sop.yaml
  $ sop render sops/ -o out --format pdf --tables   each PDF ends with its 作業程序說明表 and 自行評估表
  $ sop render sops/ -o out --format svg,png --watch   render again on every save / 存檔後自動重新輸出（Ctrl-C 結束）
  $ sop render --handbook sops -o handbook.pdf  the whole handbook / 整本手冊: cover, contents by unit, every SOP
  $ sop render --handbook sops -o - > book.pdf  the handbook on standard output / 手冊輸出到標準輸出
  $ sop render --handbook sops -o handbook.pdf --title 嘉義市政府標準作業流程手冊 --tables --page A4

Output / 輸出: <out>/<id>.svg, <out>/<id>.pdf, <out>/<id>.png (the SOP's id / SOP 的 id; png only when
  --format names it; its pixels = the SVG's size in points × --scale); with --handbook, the one PDF -o names
  (封面、依科別排列的目錄、各 SOP 手冊頁；書籤依科別與 SOP；頁碼「第 x 頁／共 y 頁」全書連續)
Exit codes / 結束代碼: 0 all rendered · 1 some SOPs could not be drawn (with --handbook: the book is
  still written without them; none drawable: nothing written) · 2 usage or internal error, or no SOP files`;

export function renderCommand(io: CommandIO): Command {
  return new Command('render')
    .description('把 SOP 繪成直式流程圖（SVG、PNG）與手冊頁（PDF） / draw SOPs as vertical flowcharts (SVG, PNG) and handbook pages (PDF)')
    .argument('[paths...]', 'files, folders or globs (default: every *.sop.yaml / *.sop.yml under the current folder)')
    .requiredOption('-o, --out-dir <dir>', 'folder to write <id>.svg / <id>.pdf / <id>.png into (created if missing); with --handbook: the PDF file (- for standard output)')
    .option('--format <formats>', 'what to write per SOP: svg (chart), pdf (handbook pages), png (chart as an image), both (= svg,pdf), or a comma list such as svg,png', 'both')
    .option('--scale <n>', 'PNG size: pixels per point of the chart (2 ≈ 144 dpi; at most 8)', '2')
    .addOption(new Option('--lang <lang>', 'language of labels and messages (default: config, else zh-TW)').choices(['zh-TW', 'en']))
    .addOption(new Option('--page <size>', 'paper size of the PDF').choices(['A4', 'A3', 'letter']).default('A4'))
    .option('--font <file>', 'TrueType/OpenType font to measure and draw with (default: bundled Noto Sans TC)')
    .option('--embed-font', 'embed a subset of the font in the SVG, so it looks the same everywhere')
    .addOption(new Option('--forms <mode>', 'where forms appear: the forms column only, or also beside each step').choices(['column', 'inline']).default('column'))
    .addOption(new Option('--layout <engine>', 'what lays the steps out: auto (our own layered layout; ELK for a chart it cannot draw without crossings), or elk (ELK for every chart)').choices(['auto', 'elk']).default('auto'))
    .option('-c, --config <file>', 'use this sop.config.yaml for every file instead of the nearest one')
    .option('--handbook <folder>', 'one PDF of every SOP under <folder>: cover, contents by unit (科別), each SOP\'s pages, bookmarks, page numbers over the book')
    .option('--title <text>', 'the handbook cover\'s title (default: 標準作業流程手冊 / Standard Operating Procedures)')
    .option('--tables', 'add each SOP\'s internal-control tables (作業程序說明表, 自行評估表) after its pages (PDF)')
    .option('-q, --quiet', 'no progress bar (--handbook shows one on a terminal)')
    .option('--color', 'always colour the findings of SOPs that cannot be drawn')
    .option('--no-color', 'no colours (default: from FORCE_COLOR, NO_COLOR and whether output is a terminal)')
    .option('--compare <git-ref|file>', 'mark what changed since a Git ref (each SOP\'s file there) or since an old file: added green, removed red and struck through, changed amber')
    .option('-w, --watch', 'render again whenever an SOP or a sop.config.yaml changes, until Ctrl-C')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: RenderFlags) => (await import('./render-action.js')).renderCommandAction(io, paths, flags));
}
