// Renders every SOP of a folder to SVG and to PDF in this one process and prints per-SOP
// milliseconds (used by `npm run bench`; figures only, no pass/fail).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadSources } from '../dist/engine/lint.js';
import { layoutChart } from '../dist/render/layout/layout-chart.js';
import { composeHandbook, layoutForHandbook } from '../dist/render/compose-handbook.js';
import { composeSvg } from '../dist/render/compose-svg.js';
import { elkRunCount } from '../dist/render/layout/elk-layout.js';
import { writePdf } from '../dist/render/pdf-writer.js';
import { writeSvg } from '../dist/render/svg-writer.js';
import { loadFonts } from '../dist/render/text/index.js';

const dir = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.sop.yaml')).sort().map((f) => path.join(dir, f));
const sops = loadSources(files.map((file) => ({ file })), { cwd: dir }).map((e) => e.file.sop).filter(Boolean);
const fonts = loadFonts();
const lang = 'zh-TW';

let t = performance.now();
let svgBytes = 0;
for (const sop of sops) {
  const layout = await layoutChart(sop, { lang, fonts });
  svgBytes += writeSvg(composeSvg(sop, layout, { lang, fonts }), { embedFont: false }).svg.length;
}
const svgMs = performance.now() - t;
const svgRuns = elkRunCount();

t = performance.now();
let pdfBytes = 0;
let pages = 0;
for (const sop of sops) {
  const layout = await layoutForHandbook(sop, { page: 'A4', lang, fonts });
  const handbook = composeHandbook(sop, layout, { page: 'A4', lang, fonts });
  pages += handbook.scene.pages.length;
  pdfBytes += (await writePdf(handbook.scene)).length;
}
const pdfMs = performance.now() - t;
const pdfRuns = elkRunCount() - svgRuns;

const per = (ms) => (ms / sops.length).toFixed(1);
process.stdout.write(
  `  SVG: ${sops.length} SOPs in ${svgMs.toFixed(0)} ms = ${per(svgMs)} ms per SOP (${(svgBytes / sops.length / 1024).toFixed(0)} KB each; ${svgRuns} ELK runs)\n` +
    `  PDF: ${sops.length} SOPs in ${pdfMs.toFixed(0)} ms = ${per(pdfMs)} ms per SOP (${pages} pages, ${(pdfBytes / sops.length / 1024).toFixed(0)} KB each; ${pdfRuns} more ELK runs)\n`,
);
