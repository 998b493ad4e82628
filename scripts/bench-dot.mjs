// Writes, for every SOP of a folder, the same graph as Graphviz DOT (dot-compare.ts: the chart's
// steps as boxes of their symbols' sizes, its edges, top to bottom): <out>/<id>.dot. Orthogonal
// splines like our charts; polyline for a graph where dot's orthogonal router fails (Graphviz
// 2.43 aborts on some), so that one dot process can draw them all. Used by `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSources } from '../dist/engine/lint.js';
import { dotSource } from '../dist/render/metrics/dot-compare.js';
import { layoutChart } from '../dist/render/layout/layout-chart.js';
import { loadFonts } from '../dist/render/text/index.js';

const [dir, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const files = readdirSync(dir).filter((f) => f.endsWith('.sop.yaml')).sort().map((f) => path.join(dir, f));
const sops = loadSources(files.map((file) => ({ file })), { cwd: dir }).map((e) => e.file.sop).filter(Boolean);
const fonts = loadFonts();
let polyline = 0;
for (const sop of sops) {
  const layout = await layoutChart(sop, { lang: 'zh-TW', fonts });
  let source = dotSource(layout, 'ortho');
  if (spawnSync('dot', ['-Tsvg', '-o', '/dev/null'], { input: source }).status !== 0) {
    source = dotSource(layout, 'polyline');
    polyline++;
  }
  writeFileSync(path.join(out, `${sop.id}.dot`), source);
}
process.stdout.write(`${sops.length} ${polyline}\n`);
