// Writes, for every SOP of a folder, the same graph as Graphviz DOT twice (dot-compare.ts), for
// `npm run bench` to time dot on:
// - <out>/boxes/<id>.dot: the chart's steps as boxes of their symbols' sizes and its edges, no words
//   (the graphs the chart metrics compare crossings on);
// - <out>/text/<id>.dot: the same graph with its words (title, each step's text, owner and time,
//   branch labels) in the face our charts use, which <out>/fonts.conf makes fontconfig find (dot
//   runs with FONTCONFIG_FILE set to it), so that dot measures, draws and embeds the same font.
// Orthogonal splines like our charts; polyline for a graph where dot's orthogonal router fails
// (Graphviz 2.43 aborts on some), so that one dot process can draw them all.
// Prints: graphs, polyline graphs without words, polyline graphs with words, the font's family.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSources } from '../dist/engine/lint.js';
import { dotSource, dotSourceWithText } from '../dist/render/metrics/dot-compare.js';
import { layoutChart } from '../dist/render/layout/layout-chart.js';
import { bundledFontFiles, fontkitFont, loadFonts } from '../dist/render/text/index.js';

const [dir, out] = process.argv.slice(2);
for (const sub of ['boxes', 'text', 'fontconfig-cache']) mkdirSync(path.join(out, sub), { recursive: true });
const files = readdirSync(dir).filter((f) => f.endsWith('.sop.yaml')).sort().map((f) => path.join(dir, f));
const sops = loadSources(files.map((file) => ({ file })), { cwd: dir }).map((e) => e.file.sop).filter(Boolean);
const fonts = loadFonts();
const faces = bundledFontFiles();
const family = fontkitFont(faces.regular).familyName;
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fontsConf = path.join(out, 'fonts.conf');
writeFileSync(
  fontsConf,
  [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...[...new Set([faces.regular, faces.bold].map((f) => path.dirname(f)))].map((d) => `  <dir>${xml(d)}</dir>`),
    `  <cachedir>${xml(path.join(out, 'fontconfig-cache'))}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n'),
);
const env = { ...process.env, FONTCONFIG_FILE: fontsConf };
// The first dot run with this configuration builds fontconfig's cache (not part of any timing).
spawnSync('fc-cache', [], { env });
const drawn = (source) => spawnSync('dot', ['-Tsvg', '-o', '/dev/null'], { input: source, env }).status === 0;
let polyline = 0;
let polylineText = 0;
for (const sop of sops) {
  const layout = await layoutChart(sop, { lang: 'zh-TW', fonts });
  let boxes = dotSource(layout, 'ortho');
  if (!drawn(boxes)) {
    boxes = dotSource(layout, 'polyline');
    polyline++;
  }
  writeFileSync(path.join(out, 'boxes', `${sop.id}.dot`), boxes);
  let text = dotSourceWithText(sop, family, 'ortho');
  if (!drawn(text)) {
    text = dotSourceWithText(sop, family, 'polyline');
    polylineText++;
  }
  writeFileSync(path.join(out, 'text', `${sop.id}.dot`), text);
}
process.stdout.write(`${sops.length} ${polyline} ${polylineText} ${family}\n`);
