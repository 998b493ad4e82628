#!/usr/bin/env node
// `npm run chart-metrics [-- [--tables] [--json] [--layout elk] [folder|file …]]`: how the charts come out, per
// SOP and in total, over the seed fixtures and the examples (and any folder or file given), read
// from the built dist/. Per SOP: PDF pages and chart pages, chart height per step, the smallest
// chart font, label lines (all, fullest box), edge crossings and bends of the SVG chart, empty
// space below the chart where it breaks to the next page, thin pages, off-page connectors and
// crossings drawn on the handbook pages; the A4 chart's line breaks inside a word that fits on a
// line (labels and cells), label boxes over 6 lines whose text is at most 90 ems, and diamonds
// taller than wide; and the same graph laid out by `dot -Tsvg` (orthogonal splines, when dot is
// installed): its crossings and bends, side by side.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources } from '../dist/engine/lint.js';
import { drawable, sopTitles } from '../dist/pipeline/drawable.js';
import { composeSopDocument } from '../dist/render/book/sop-document.js';
import { layoutForHandbook } from '../dist/render/compose-handbook.js';
import { MARGINS } from '../dist/render/handbook/page-flow.js';
import { chartTextQuality, insideWordBreaks } from '../dist/render/layout/chart-quality.js';
import { countBends, countCrossings } from '../dist/render/layout/crossings.js';
import { layoutChart } from '../dist/render/layout/layout-chart.js';
import { flowMetrics, pageMetrics } from '../dist/render/metrics/chart-metrics.js';
import { dotEdgePolylines, dotSource } from '../dist/render/metrics/dot-compare.js';
import { loadFonts } from '../dist/render/text/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const tables = args.includes('--tables');
const json = args.includes('--json');
// `--layout elk`: ELK lays out every chart (to compare with the default, `auto`).
const layoutAt = args.indexOf('--layout');
const layout = layoutAt >= 0 ? args.splice(layoutAt, 2)[1] : 'auto';
const inputs = args.filter((a) => !a.startsWith('--'));
const targets = [path.join(ROOT, 'test/fixtures/seed'), path.join(ROOT, 'examples'), ...inputs.map((p) => path.resolve(p))];

function sopFiles(target) {
  if (!existsSync(target)) return [];
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .sort()
    .flatMap((name) => sopFiles(path.join(target, name)))
    .filter((f) => /\.sop\.ya?ml$/.test(f));
}

const hasDot = spawnSync('dot', ['-V'], { encoding: 'utf8' }).status === 0;

function dotFigures(layout) {
  if (!hasDot) return undefined;
  for (const splines of ['ortho', 'polyline']) {
    const r = spawnSync('dot', ['-Tsvg'], { input: dotSource(layout, splines), encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) continue;
    const lines = dotEdgePolylines(r.stdout);
    return { crossings: countCrossings(lines), bends: lines.reduce((sum, line) => sum + countBends(line), 0), splines };
  }
  return undefined;
}

const fonts = loadFonts();
const files = [...new Set(targets.flatMap(sopFiles))];
const entries = loadSources(files.map((file) => ({ file })), { cwd: ROOT });
const titles = sopTitles(entries.map((e) => ({ sop: e.file.sop })));
const rows = [];
for (const { file, config } of entries) {
  const sop = file.sop;
  if (!sop || !drawable(sop)) continue;
  const lang = sop.lang ?? 'zh-TW';
  const units = config.units ?? [];
  const options = { lang, fonts, sopTitles: titles, hoursPerDay: config.hoursPerDay, keepTogether: units, layout };
  const chart = await layoutChart(sop, options);
  const handbook = await layoutForHandbook(sop, { page: 'A4', ...options });
  const document = composeSopDocument(sop, handbook, { page: 'A4', lang, fonts, sopTitles: titles, tables, hoursPerDay: config.hoursPerDay });
  const flow = flowMetrics(chart);
  const pages = pageMetrics(document.scene, MARGINS);
  const quality = { fonts, lang, names: units, hoursPerDay: config.hoursPerDay };
  const text = chartTextQuality(sop, handbook, quality);
  const wordBreaks = insideWordBreaks(sop, handbook, quality);
  const longLabels = text.labels.filter((l) => l.lines > 6 && l.ems <= 90).map((l) => `${l.step} (${l.lines})`);
  const tallDiamonds = text.tallDiamonds.map((d) => d.step);
  rows.push({ name: path.relative(ROOT, file.file), ...flow, ...pages, handbookLabel: flowMetrics(handbook).labelSize, wordBreaks, longLabels, tallDiamonds, dot: dotFigures(chart) });
}

const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
const gaps = rows.flatMap((r) => r.breakGaps);
const total = {
  sops: rows.length,
  steps: sum('steps'),
  pages: sum('pages'),
  chartPages: sum('chartPages'),
  heightPerStep: sum('chartHeight') / Math.max(1, sum('steps')),
  smallestFont: Math.min(...rows.map((r) => r.smallestFont)),
  labelLines: sum('labelLines'),
  maxLabelLines: Math.max(...rows.map((r) => r.maxLabelLines)),
  crossings: sum('crossings'),
  bends: sum('bends'),
  breakGapMean: gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : 0,
  breakGapMax: gaps.length ? Math.max(...gaps) : 0,
  thinPages: sum('thinPages'),
  connectors: sum('connectors'),
  pageCrossings: sum('pageCrossings'),
  wordBreaks: rows.reduce((s, r) => s + r.wordBreaks.length, 0),
  longLabels: rows.reduce((s, r) => s + r.longLabels.length, 0),
  tallDiamonds: rows.reduce((s, r) => s + r.tallDiamonds.length, 0),
  dot: hasDot ? { crossings: rows.reduce((s, r) => s + (r.dot?.crossings ?? 0), 0), bends: rows.reduce((s, r) => s + (r.dot?.bends ?? 0), 0) } : undefined,
  worseThanDot: rows.filter((r) => r.dot && r.crossings > r.dot.crossings).map((r) => r.name),
};

if (json) {
  process.stdout.write(`${JSON.stringify({ tables, rows, total }, null, 2)}\n`);
} else {
  const f1 = (n) => n.toFixed(1);
  const head = ['SOP', 'steps', 'pages', 'chart pp', 'pt/step', 'min pt', 'lines', 'max', 'cross', 'dot', 'bends', 'dot', 'gap pt', 'thin', 'conn', 'page ×', 'in-word', '>6 ln', 'tall ◇'];
  const table = rows.map((r) => [
    r.name.replace(/^test\/fixtures\//, '').replace(/\.sop\.ya?ml$/, ''),
    r.steps,
    r.pages,
    r.chartPages,
    f1(r.chartHeight / Math.max(1, r.steps)),
    f1(r.smallestFont),
    r.labelLines,
    r.maxLabelLines,
    r.crossings,
    r.dot ? `${r.dot.crossings}${r.dot.splines === 'ortho' ? '' : 'p'}` : '–',
    r.bends,
    r.dot ? `${r.dot.bends}${r.dot.splines === 'ortho' ? '' : 'p'}` : '–',
    r.breakGaps.length ? r.breakGaps.map((g) => g.toFixed(0)).join('/') : '',
    r.thinPages || '',
    r.connectors || '',
    r.pageCrossings || '',
    r.wordBreaks.length || '',
    r.longLabels.length || '',
    r.tallDiamonds.length || '',
  ]);
  table.push([
    `total (${total.sops} SOPs)`,
    total.steps,
    total.pages,
    total.chartPages,
    f1(total.heightPerStep),
    f1(total.smallestFont),
    total.labelLines,
    total.maxLabelLines,
    total.crossings,
    total.dot?.crossings ?? '–',
    total.bends,
    total.dot?.bends ?? '–',
    `${f1(total.breakGapMean)} mean, ${f1(total.breakGapMax)} max`,
    total.thinPages,
    total.connectors,
    total.pageCrossings,
    total.wordBreaks,
    total.longLabels,
    total.tallDiamonds,
  ]);
  const widths = head.map((h, i) => Math.max(String(h).length, ...table.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  process.stdout.write(`${line(head)}\n${table.map(line).join('\n')}\n`);
  if (!hasDot) process.stdout.write('dot (Graphviz) is not installed: no comparison.\n');
  if (rows.some((r) => r.dot && r.dot.splines !== 'ortho')) process.stdout.write('p: dot\'s orthogonal router failed on this graph; its polyline splines instead.\n');
  if (total.worseThanDot.length > 0) process.stdout.write(`more crossings than dot: ${total.worseThanDot.join(', ')}\n`);
  for (const r of rows) {
    const faults = [...r.wordBreaks.map((w) => `「${w}」`), ...r.longLabels.map((l) => `${l} lines`), ...r.tallDiamonds.map((d) => `${d} tall diamond`)];
    if (faults.length > 0) process.stdout.write(`${r.name} (A4): ${faults.join(', ')}\n`);
  }
  process.stdout.write(tables ? 'pages include the control tables (--tables)\n' : '');
}
