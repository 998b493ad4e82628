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
import { layoutChart } from '../render/chart-layout.js';
import { composeHandbook, layoutForHandbook, type PaperSize } from '../render/compose-handbook.js';
import { composeSvg } from '../render/compose-svg.js';
import { writePdf } from '../render/pdf-writer.js';
import { writeSvg } from '../render/svg-writer.js';
import { FontError, loadFonts, missingGlyphs, type Fonts } from '../render/text/index.js';
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
}

/** Findings of these rules mean the chart cannot be drawn. */
export const UNDRAWABLE_RULES: ReadonlySet<string> = new Set(['yaml', 'schema', 'unique-id', 'unknown-step']);

const MESSAGES = {
  notRendered: { 'zh-TW': '{file}：有無法繪製的錯誤，未輸出', en: '{file}: not rendered (errors make it undrawable)' },
  undrawable: { 'zh-TW': '步驟編號重複或指向不存在的步驟', en: 'duplicate step ids or references to unknown steps' },
  missingGlyphs: { 'zh-TW': '{file}：字型 {font} 缺少這些字元的字形，將印成空白：{chars}', en: '{file}: the font {font} has no glyph for these characters, which will print blank: {chars}' },
  duplicateId: { 'zh-TW': '{file}：SOP id「{id}」與 {other} 相同，輸出檔會互相覆蓋，未輸出', en: '{file}: SOP id "{id}" is also the id of {other}; their output files would collide, not rendered' },
  badFont: { 'zh-TW': '無法讀取字型 {detail}', en: 'Cannot read the font {detail}' },
  summary: { 'zh-TW': '已輸出 {written} 個檔案；{skipped} 個 SOP 未輸出', en: '{written} files written; {skipped} SOPs not rendered' },
} satisfies Record<string, Localized>;

const EXAMPLES = `
Examples / 範例:
  $ sop render sops/ -o out                     SVG and PDF of every SOP under sops/ / 每個 SOP 輸出 SVG 與 PDF
  $ sop render petition.sop.yaml -o out --format svg
  $ sop render sops/ -o out --format pdf --page A3
  $ sop render sops/ -o out --embed-font        SVG with the font embedded / SVG 內嵌字型子集，各處顯示一致
  $ sop render sops/ -o out --forms inline      forms also drawn beside their steps / 表單也畫在步驟旁
  $ sop render sops/ -o out --lang en --font NotoSansJP-Regular.ttf

Output / 輸出: <out>/<id>.svg, <out>/<id>.pdf (the SOP's id / SOP 的 id)
Exit codes / 結束代碼: 0 all rendered · 1 some SOPs could not be drawn · 2 usage or internal error`;

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
    .requiredOption('-o, --out-dir <dir>', 'folder to write <id>.svg / <id>.pdf into (created if missing)')
    .addOption(new Option('--format <format>', 'what to write').choices(['svg', 'pdf', 'both']).default('both'))
    .addOption(new Option('--lang <lang>', 'language of labels and messages (default: config, else zh-TW)').choices(['zh-TW', 'en']))
    .addOption(new Option('--page <size>', 'paper size of the PDF').choices(['A4', 'A3', 'letter']).default('A4'))
    .option('--font <file>', 'TrueType/OpenType font to measure and draw with (default: bundled Noto Sans TC)')
    .option('--embed-font', 'embed a subset of the font in the SVG, so it looks the same everywhere')
    .addOption(new Option('--forms <mode>', 'where forms appear: the forms column only, or also beside each step').choices(['column', 'inline']).default('column'))
    .option('-c, --config <file>', 'use this sop.config.yaml for every file instead of the nearest one')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: RenderFlags) => {
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
          fonts = loadFonts(flags.font ? path.resolve(io.cwd, flags.font) : undefined);
        } catch (error) {
          if (error instanceof FontError) throw new UsageError(localize(MESSAGES.badFont, lang, { detail: error.message }));
          throw error;
        }
        results = lintFiles(files, { cwd: io.cwd, configFile: flags.config, lang }).results;
      } catch (error) {
        if (error instanceof DiscoveryError) throw new UsageError(localize(CLI_MESSAGES.noSuchPath, lang, { path: error.message }));
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
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
          blocked.push({ ...result, findings: result.findings.filter((f) => UNDRAWABLE_RULES.has(f.ruleId)) });
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
        const missing = [...new Set([...missingGlyphs(fonts.regular, text), ...(fonts.bold === fonts.regular ? [] : missingGlyphs(fonts.bold, text))])];
        if (missing.length > 0) {
          io.stderr(`${localize(MESSAGES.missingGlyphs, lang, { file: result.displayPath, font: path.basename(fonts.regular.file), chars: missing.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(' ') })}\n`);
        }
        const hoursPerDay = resolver.forFile(result.filePath).hoursPerDay;
        const chartOptions = { lang, fonts, sopTitles, formsInline: flags.forms === 'inline', hoursPerDay };
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
          const layout = await layoutChart(sop, chartOptions);
          const svg = writeSvg(composeSvg(sop, layout, { lang, fonts }), { embedFont: flags.embedFont ?? false });
          for (const warning of svg.warnings) io.stderr(`${result.displayPath}: ${warning}\n`);
          write(path.join(outDir, `${sop.id}.svg`), svg.svg);
        }
        if (wantPdf) {
          const layout = await layoutForHandbook(sop, { page: flags.page, ...chartOptions });
          const handbook = composeHandbook(sop, layout, { page: flags.page, lang, fonts, sopTitles });
          for (const warning of handbook.warnings) io.stderr(`${result.displayPath}: ${warning}\n`);
          write(path.join(outDir, `${sop.id}.pdf`), await writePdf(handbook.scene, { creator: `sop ${packageVersion()}` }));
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
