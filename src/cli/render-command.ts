// `sop render <paths…> -o <dir>`: one `<id>.svg` and/or `<id>.pdf` per SOP. Files that cannot
// be drawn (YAML or schema errors, duplicate step ids, unknown step references) are reported
// with the lint engine and the stylish formatter and skipped; the others are rendered. Files are
// written atomically (temp file + rename).

import path from 'node:path';
import { Command, Option } from 'commander';
import { ConfigError, ConfigResolver } from '../config/load-config.js';
import { allRuleMetas, lintFiles } from '../engine/lint.js';
import type { FileResult } from '../engine/types.js';
import { stylish } from '../format/stylish.js';
import { localize, type Lang, type Localized } from '../i18n/lang.js';
import { DiscoveryError, discoverFiles } from '../loader/discover.js';
import type { Sop } from '../model/types.js';
import type { PaperSize } from '../render/handbook/page-flow.js';
import type { MergedVersions } from '../diff/merge-versions.js';
import type { PreviousSource } from '../render/compare/previous-version.js';
import type { Fonts } from '../render/text/index.js';
import { gitUsageError } from './git-usage.js';
import { packageVersion, writeFileAtomic } from './io.js';
import { CLI_MESSAGES } from './messages.js';
import { UsageError, type CommandIO } from './usage.js';

interface RenderFlags {
  outDir: string;
  format: 'svg' | 'pdf' | 'both';
  lang?: Lang;
  page: PaperSize;
  font?: string;
  embedFont?: boolean;
  forms: 'column' | 'inline';
  config?: string;
  handbook?: string;
  title?: string;
  tables?: boolean;
  quiet?: boolean;
  compare?: string;
}

/** The rendering machinery, loaded when the command runs (see render-engine.ts). */
let R: typeof import('./render-engine.js');

const MESSAGES = {
  notRendered: { 'zh-TW': '{file}：有無法繪製的錯誤，未輸出', en: '{file}: not rendered (errors make it undrawable)' },
  undrawable: { 'zh-TW': '步驟編號重複或指向不存在的步驟', en: 'duplicate step ids or references to unknown steps' },
  missingGlyphs: { 'zh-TW': '{file}：字型 {font} 缺少這些字元的字形，將印成空白：{chars}', en: '{file}: the font {font} has no glyph for these characters, which will print blank: {chars}' },
  duplicateId: { 'zh-TW': '{file}：SOP id「{id}」與 {other} 相同，輸出檔會互相覆蓋，未輸出', en: '{file}: SOP id "{id}" is also the id of {other}; their output files would collide, not rendered' },
  badFont: { 'zh-TW': '無法讀取字型 {detail}', en: 'Cannot read the font {detail}' },
  summary: { 'zh-TW': '已輸出 {written} 個檔案；{skipped} 個 SOP 未輸出', en: '{written} files written; {skipped} SOPs not rendered' },
  handbookPaths: { 'zh-TW': '--handbook 只接受一個資料夾，請勿另給路徑：{paths}', en: '--handbook takes one folder; give no other paths: {paths}' },
  notInBook: { 'zh-TW': '{file}：有無法繪製的錯誤，未收入手冊', en: '{file}: left out of the handbook (errors make it undrawable)' },
  noneDrawable: { 'zh-TW': '沒有可繪製的 SOP，未輸出手冊', en: 'No SOP can be drawn: the handbook was not written' },
  bookSummary: { 'zh-TW': '已輸出手冊 {file}（{pages} 頁，{sops} 項 SOP）；{skipped} 個 SOP 未收入', en: '{file} written ({pages} pages, {sops} SOPs); {skipped} SOPs left out' },
} satisfies Record<string, Localized>;

const EXAMPLES = `
Examples / 範例:
  $ sop render sops/ -o out                     SVG and PDF of every SOP under sops/ / 每個 SOP 輸出 SVG 與 PDF
  $ sop render petition.sop.yaml -o out --format svg
  $ sop render sops/ -o out --format pdf --page A3
  $ sop render sops/ -o out --embed-font        SVG with the font embedded / SVG 內嵌字型子集，各處顯示一致
  $ sop render sops/ -o out --forms inline      forms also drawn beside their steps / 表單也畫在步驟旁
  $ sop render sops/ -o out --lang en --font NotoSansJP-Regular.ttf
  $ sop render sops/ -o out --compare HEAD      changes since the last commit in colour / 以顏色標出增加、刪除、修改之處
  $ sop render sops/a.sop.yaml -o out --compare old/a.sop.yaml
  $ sop render sops/ -o out --format pdf --tables   each PDF ends with its 作業程序說明表 and 自行評估表
  $ sop render --handbook sops -o handbook.pdf  the whole handbook / 整本手冊: cover, contents by unit, every SOP
  $ sop render --handbook sops -o handbook.pdf --title 嘉義市政府標準作業流程手冊 --tables --page A4

Output / 輸出: <out>/<id>.svg, <out>/<id>.pdf (the SOP's id / SOP 的 id); with --handbook, the one PDF -o names
  (封面、依科別排列的目錄、各 SOP 手冊頁；書籤依科別與 SOP；頁碼「第 x 頁／共 y 頁」全書連續)
Exit codes / 結束代碼: 0 all rendered · 1 some SOPs could not be drawn (with --handbook: the book is
  still written without them; none drawable: nothing written) · 2 usage or internal error, or no SOP files`;

/** Every text of an SOP that a chart or handbook page prints. */
function printedText(sop: Sop): string {
  const parts: string[] = [sop.title, sop.unit, sop.code ?? '', sop.contact ?? ''];
  for (const step of sop.steps) parts.push(step.text, step.owner ?? '', ...step.support, step.schedule ?? '', step.timeText ?? '', ...step.forms, step.external ?? '');
  for (const branch of sop.steps.flatMap((s) => s.branches ?? [])) parts.push(branch.label);
  parts.push(...sop.legal, ...sop.guidance.map((g) => g.text), ...sop.forms.map((f) => `${f.name}${f.note ?? ''}`), ...sop.notes.values(), ...sop.revisions.map((r) => r.summary));
  return parts.join('\n');
}

/** Whether the model has what a chart needs: unique step ids and edges to existing steps. */
function drawable(sop: Sop): boolean {
  const ids = new Set<string>();
  for (const step of sop.steps) {
    if (ids.has(step.id)) return false;
    ids.add(step.id);
  }
  return sop.steps.every((step) => step.successors.every((edge) => sop.stepById.has(edge.to)));
}

export function renderCommand(io: CommandIO): Command {
  return new Command('render')
    .description('把 SOP 繪成直式流程圖（SVG）與手冊頁（PDF） / draw SOPs as vertical flowcharts (SVG) and handbook pages (PDF)')
    .argument('[paths...]', 'files, folders or globs (default: every *.sop.yaml / *.sop.yml under the current folder)')
    .requiredOption('-o, --out-dir <dir>', 'folder to write <id>.svg / <id>.pdf into (created if missing); with --handbook: the PDF file')
    .addOption(new Option('--format <format>', 'what to write').choices(['svg', 'pdf', 'both']).default('both'))
    .addOption(new Option('--lang <lang>', 'language of labels and messages (default: config, else zh-TW)').choices(['zh-TW', 'en']))
    .addOption(new Option('--page <size>', 'paper size of the PDF').choices(['A4', 'A3', 'letter']).default('A4'))
    .option('--font <file>', 'TrueType/OpenType font to measure and draw with (default: bundled Noto Sans TC)')
    .option('--embed-font', 'embed a subset of the font in the SVG, so it looks the same everywhere')
    .addOption(new Option('--forms <mode>', 'where forms appear: the forms column only, or also beside each step').choices(['column', 'inline']).default('column'))
    .option('-c, --config <file>', 'use this sop.config.yaml for every file instead of the nearest one')
    .option('--handbook <folder>', 'one PDF of every SOP under <folder>: cover, contents by unit (科別), each SOP\'s pages, bookmarks, page numbers over the book')
    .option('--title <text>', 'the handbook cover\'s title (default: 標準作業流程手冊 / Standard Operating Procedures)')
    .option('--tables', 'add each SOP\'s internal-control tables (作業程序說明表, 自行評估表) after its pages (PDF)')
    .option('-q, --quiet', 'no progress bar (--handbook shows one on a terminal)')
    .option('--compare <git-ref|file>', 'mark what changed since a Git ref (each SOP\'s file there) or since an old file: added green, removed red and struck through, changed amber')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: RenderFlags) => {
      R = await import('./render-engine.js');
      if (flags.handbook !== undefined && flags.compare !== undefined) throw new UsageError(localize(R.COMPARE_MESSAGES.notWithHandbook, flags.lang ?? 'zh-TW'));
      if (flags.handbook !== undefined) return renderHandbookAction(io, paths, flags);
      let lang: Lang = flags.lang ?? 'zh-TW';
      let fonts: Fonts;
      let results: FileResult[];
      let resolver: ConfigResolver;
      try {
        resolver = new ConfigResolver(io.cwd, lang, flags.config);
        const cwdConfig = resolver.forCwd();
        lang = flags.lang ?? cwdConfig.lang ?? 'zh-TW';
        const files = discoverFiles(paths, { cwd: io.cwd, include: paths.length === 0 ? cwdConfig.include : undefined, exclude: cwdConfig.exclude, configRoot: cwdConfig.root });
        if (files.length === 0) throw new UsageError(localize(CLI_MESSAGES.noFiles, lang, { where: paths.join(' ') || io.cwd }));
        try {
          fonts = R.loadFonts(flags.font ? path.resolve(io.cwd, flags.font) : undefined);
        } catch (error) {
          if (error instanceof R.FontError) throw new UsageError(localize(MESSAGES.badFont, lang, { detail: error.message }));
          throw error;
        }
        results = lintFiles(files, { cwd: io.cwd, configFile: flags.config, lang }).results;
      } catch (error) {
        if (error instanceof DiscoveryError) throw new UsageError(localize(CLI_MESSAGES.noSuchPath, lang, { path: error.message }));
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }

      // --compare: where the old versions are, found before anything is written.
      let previous: Exclude<PreviousSource, { kind: 'directory' }> | undefined;
      if (flags.compare !== undefined) {
        let source: PreviousSource;
        try {
          source = R.previousSource(flags.compare, io.cwd);
        } catch (error) {
          throw gitUsageError(error, lang, '--compare');
        }
        if (source.kind === 'directory') throw new UsageError(localize(R.COMPARE_MESSAGES.notAFileOrRef, lang, { path: source.path }));
        if (source.kind === 'file' && results.length > 1) throw new UsageError(localize(R.COMPARE_MESSAGES.fileNeedsOneSop, lang, { count: results.length }));
        previous = source;
      }

      const outDir = path.resolve(io.cwd, flags.outDir);
      const sopTitles = new Map<string, string>();
      for (const r of results) if (r.sop && !sopTitles.has(r.sop.id)) sopTitles.set(r.sop.id, r.sop.title);
      const wantSvg = flags.format !== 'pdf';
      const wantPdf = flags.format !== 'svg';
      const written: string[] = [];
      const blocked: FileResult[] = [];
      const owners = new Map<string, string>();
      let skipped = 0;

      for (const result of results) {
        const sop = result.sop;
        if (!sop || !drawable(sop)) {
          blocked.push({ ...result, findings: result.findings.filter((f) => R.UNDRAWABLE_RULE_IDS.has(f.ruleId)) });
          io.stderr(`${localize(MESSAGES.notRendered, lang, { file: result.displayPath })}\n`);
          skipped++;
          continue;
        }
        const other = owners.get(sop.id);
        if (other) {
          io.stderr(`${localize(MESSAGES.duplicateId, lang, { file: result.displayPath, id: sop.id, other })}\n`);
          skipped++;
          continue;
        }
        owners.set(sop.id, result.displayPath);

        // Text is printed in NFC (wrapText): compatibility ideographs become unified ones.
        const text = printedText(sop).normalize('NFC');
        const missing = [...new Set([...R.missingGlyphs(fonts.regular, text), ...(fonts.bold === fonts.regular ? [] : R.missingGlyphs(fonts.bold, text))])];
        if (missing.length > 0) {
          io.stderr(`${localize(MESSAGES.missingGlyphs, lang, { file: result.displayPath, font: path.basename(fonts.regular.file), chars: missing.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(' ') })}\n`);
        }
        const hoursPerDay = resolver.forFile(result.filePath).hoursPerDay;
        // The labels of the drawing speak the SOP's own language (`lang:` in the file) unless
        // --lang says otherwise; messages stay in the run's language.
        const drawLang: Lang = flags.lang ?? sop.lang ?? lang;
        const chartOptions = { lang: drawLang, fonts, sopTitles, formsInline: flags.forms === 'inline', hoursPerDay };
        let compared: MergedVersions | undefined;
        if (previous) {
          let old: ReturnType<typeof R.previousVersion>;
          try {
            old = R.previousVersion(previous, result.filePath, resolver.forFile(result.filePath), io.cwd, lang);
          } catch (error) {
            throw gitUsageError(error, lang, '--compare');
          }
          if (old.broken) {
            blocked.push(old.broken);
            io.stderr(`${localize(R.COMPARE_MESSAGES.previousBroken, lang, { file: result.displayPath, where: old.where })}\n`);
            skipped++;
            continue;
          }
          if (!old.sop) io.stderr(`${localize(R.COMPARE_MESSAGES.noPrevious, lang, { file: result.displayPath, where: old.where })}\n`);
          compared = R.mergeVersions(old.sop, sop);
        }
        const legend = compared ? { base: previous!.label } : undefined;
        const write = (file: string, content: string | Uint8Array) => {
          try {
            writeFileAtomic(file, content);
          } catch (error) {
            throw new UsageError(localize(CLI_MESSAGES.cannotWrite, lang, { file, detail: (error as Error).message }));
          }
          written.push(file);
          io.stdout(`${path.relative(io.cwd, file) || file}\n`);
        };
        if (wantSvg) {
          const layout = await R.layoutChart(compared?.sop ?? sop, { ...chartOptions, changes: compared?.marks });
          const scene = R.composeSvg(sop, layout, { lang: drawLang, fonts, legend });
          const svg = R.writeSvg(scene, { embedFont: flags.embedFont ?? false });
          for (const warning of svg.warnings) io.stderr(`${result.displayPath}: ${warning}\n`);
          write(path.join(outDir, `${sop.id}.svg`), svg.svg);
        }
        if (wantPdf) {
          const layout = await R.layoutForHandbook(compared?.sop ?? sop, { page: flags.page, ...chartOptions, changes: compared?.marks });
          const handbook = R.composeSopDocument(sop, layout, { page: flags.page, lang: drawLang, fonts, sopTitles, tables: flags.tables ?? false, hoursPerDay, legend });
          for (const warning of handbook.warnings) io.stderr(`${result.displayPath}: ${warning}\n`);
          write(path.join(outDir, `${sop.id}.pdf`), await R.writePdf(handbook.scene, { creator: `sop ${packageVersion()}` }));
        }
      }

      if (blocked.length > 0) {
        const report = stylish(blocked, { cwd: io.cwd, lang, rules: allRuleMetas(), color: io.isTTY && !process.env.NO_COLOR, version: packageVersion() });
        if (report) io.stdout(report.endsWith('\n') ? report : `${report}\n`);
        // A file can be undrawable with its rules turned off: say so without a finding.
        for (const file of blocked) if (file.findings.length === 0) io.stdout(`${file.displayPath}: ${localize(MESSAGES.undrawable, lang)}\n`);
      }
      if (skipped > 0) {
        io.stderr(`${localize(MESSAGES.summary, lang, { written: written.length, skipped })}\n`);
        io.exitCode = 1;
      }
    });
}

/**
 * `sop render --handbook <folder> -o <file.pdf>`: the whole handbook in one PDF. SOPs that cannot
 * be drawn are listed on standard error with their findings and left out (exit 1, the book is
 * written without them); a folder without SOP files is a usage error (exit 2, nothing written).
 */
async function renderHandbookAction(io: CommandIO, paths: string[], flags: RenderFlags): Promise<void> {
  R = await import('./render-engine.js');
  let lang: Lang = flags.lang ?? 'zh-TW';
  const folder = flags.handbook!;
  let files: string[];
  let fonts: Fonts;
  try {
    const resolver = new ConfigResolver(io.cwd, lang, flags.config);
    const cwdConfig = resolver.forCwd();
    lang = flags.lang ?? cwdConfig.lang ?? 'zh-TW';
    if (paths.length > 0) throw new UsageError(localize(MESSAGES.handbookPaths, lang, { paths: paths.join(' ') }));
    files = discoverFiles([folder], { cwd: io.cwd, exclude: cwdConfig.exclude, configRoot: cwdConfig.root });
    if (files.length === 0) throw new UsageError(localize(CLI_MESSAGES.noFiles, lang, { where: folder }));
    try {
      fonts = R.loadFonts(flags.font ? path.resolve(io.cwd, flags.font) : undefined);
    } catch (error) {
      if (error instanceof R.FontError) throw new UsageError(localize(MESSAGES.badFont, lang, { detail: error.message }));
      throw error;
    }
  } catch (error) {
    if (error instanceof DiscoveryError) throw new UsageError(localize(CLI_MESSAGES.noSuchPath, lang, { path: error.message }));
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }

  const out = path.resolve(io.cwd, flags.outDir);
  // The bar only on an interactive terminal: standard error a TTY, and not a captured run.
  // The bar goes to standard error: it shows when that is a terminal, whatever stdout is.
  const bar = !flags.quiet && io.stderrIsTTY ? new R.ProgressBar(io.stderr, lang, process.stderr.columns || 80) : undefined;
  let result: Awaited<ReturnType<typeof R.renderHandbook>>;
  try {
    result = await R.renderHandbook(files, {
      cwd: io.cwd,
      page: flags.page,
      lang: flags.lang,
      fonts,
      title: flags.title,
      tables: flags.tables ?? false,
      configFile: flags.config,
      formsInline: flags.forms === 'inline',
      out,
      creator: `sop ${packageVersion()}`,
      onProgress: bar ? (p) => bar.update(p) : undefined,
    });
  } catch (error) {
    bar?.clear();
    if (error instanceof ConfigError) throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw new UsageError(localize(CLI_MESSAGES.cannotWrite, lang, { file: out, detail: (error as Error).message }));
    throw error;
  }
  bar?.clear();
  lang = result.lang;

  for (const warning of result.warnings) io.stderr(warning.file ? `${warning.file}: ${warning.message}\n` : `${warning.message}\n`);
  for (const file of result.skipped) io.stderr(`${localize(MESSAGES.notInBook, lang, { file: file.displayPath })}\n`);
  if (result.skipped.length > 0) {
    const report = stylish(result.skipped, { cwd: io.cwd, lang, rules: allRuleMetas(), color: false, version: packageVersion() });
    if (report) io.stderr(report.endsWith('\n') ? report : `${report}\n`);
    for (const file of result.skipped) if (file.findings.length === 0) io.stderr(`${file.displayPath}: ${localize(MESSAGES.undrawable, lang)}\n`);
  }
  if (!result.written) {
    io.stderr(`${localize(MESSAGES.noneDrawable, lang)}\n`);
    io.exitCode = 1;
    return;
  }
  io.stdout(`${path.relative(io.cwd, out) || out}\n`);
  if (result.skipped.length > 0) {
    io.stderr(`${localize(MESSAGES.bookSummary, lang, { file: path.relative(io.cwd, out) || out, pages: result.pages, sops: result.entries.length, skipped: result.skipped.length })}\n`);
    io.exitCode = 1;
  }
}
