// `sop preview [paths…]`: the charts, handbook pages and findings in a browser, live. A thin shell
// over src/preview/, which (with ELK and the fonts) loads only when this command runs. It stops
// cleanly on Ctrl-C (SIGINT) or SIGTERM: watchers and server closed, exit 0.

import { Command, Option } from 'commander';
import { localize, type Lang } from '../i18n/lang.js';
import { PREVIEW_MESSAGES } from '../preview/messages.js';
import { elkCodeCacheFile } from '../package-info.js';
import { packageVersion } from './package-version.js';
import { renderUsageError } from './render-output.js';
import { stopSignal } from './stop-signal.js';
import { UsageError, type CommandIO } from './usage.js';

const EXAMPLES = `
Examples / 範例:
  $ sop preview                      every SOP under the current folder / 目前資料夾下所有 SOP
  $ sop preview sops/ --port 8123    open http://127.0.0.1:8123/ / 指定連接埠
  $ sop preview sops/a.sop.yaml --lang en

Only this machine can open the page (127.0.0.1). Nothing is written; saving a file updates the page.
只有本機能開啟此頁（127.0.0.1）；不寫入任何檔案，存檔後頁面自動更新。VS Code：「SOP: Open Preview to the Side」。`;

interface PreviewFlags {
  port: string;
  lang?: Lang;
  config?: string;
  font?: string;
  page: 'A4' | 'A3' | 'letter';
  forms: 'column' | 'inline';
  tables?: boolean;
}

function parsePort(value: string, lang: Lang): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(localize(PREVIEW_MESSAGES.badPort, lang, { value }));
  return port;
}

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
    .action(async (paths: string[], flags: PreviewFlags) => {
      const lang: Lang = flags.lang ?? 'zh-TW';
      const port = parsePort(flags.port, lang);
      const stopped = stopSignal();
      // ELK's thread compiles from the build's code cache, as in sop render, when a chart first needs it.
      (await import('../render/layout/elk-thread.js')).useLayoutCodeCache(elkCodeCacheFile());
      const { startPreview } = await import('../preview/preview.js');
      let preview;
      try {
        preview = await startPreview({
          cwd: io.cwd,
          paths,
          lang: flags.lang,
          configFile: flags.config,
          port,
          fontFile: flags.font,
          page: flags.page,
          formsInline: flags.forms === 'inline',
          tables: flags.tables ?? false,
          creator: `sop ${packageVersion()}`,
        });
      } catch (error) {
        throw renderUsageError(error, lang);
      }
      io.stdout(`${localize(PREVIEW_MESSAGES.listening, preview.lang, { url: preview.url, count: preview.count })}\n`);
      await stopped;
      await preview.close();
      io.stderr(`${localize(PREVIEW_MESSAGES.stopped, preview.lang)}\n`);
    });
}
