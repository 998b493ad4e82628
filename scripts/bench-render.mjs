// Renders every SOP of a folder to SVG and to PDF in this one process and prints per-SOP
// milliseconds (used by `npm run bench`; figures only, no pass/fail):
//   node scripts/bench-render.mjs <folder> [<other folder>]
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

// With a second folder (other SOPs of the same kind), each format renders those after the first
// folder's, in the same process: what the same work costs once V8 has compiled and optimised the
// code (the CLI runs each batch in a fresh process, so its time is mostly the first figure's).
const [dir, otherDir] = process.argv.slice(2);
const sopsIn = (folder) => {
  const files = readdirSync(folder).filter((f) => f.endsWith('.sop.yaml')).sort().map((f) => path.join(folder, f));
  return loadSources(files.map((file) => ({ file })), { cwd: folder }).map((e) => e.file.sop).filter(Boolean);
};
const sops = sopsIn(dir);
const others = otherDir ? sopsIn(otherDir) : [];
const fonts = loadFonts();
const lang = 'zh-TW';

async function svgPass(list) {
  const t = performance.now();
  let bytes = 0;
  for (const sop of list) {
    const layout = await layoutChart(sop, { lang, fonts });
    bytes += writeSvg(composeSvg(sop, layout, { lang, fonts }), { embedFont: false }).svg.length;
  }
  return { ms: performance.now() - t, bytes };
}

async function pdfPass(list) {
  const t = performance.now();
  let bytes = 0;
  let pages = 0;
  for (const sop of list) {
    const layout = await layoutForHandbook(sop, { page: 'A4', lang, fonts });
    const handbook = composeHandbook(sop, layout, { page: 'A4', lang, fonts });
    pages += handbook.scene.pages.length;
    bytes += (await writePdf(handbook.scene)).length;
  }
  return { ms: performance.now() - t, bytes, pages };
}

const svg = await svgPass(sops);
const svgRuns = elkRunCount();
const svgWarm = others.length > 0 ? await svgPass(others) : undefined;
const pdf = await pdfPass(sops);
const pdfRuns = elkRunCount() - svgRuns;
const pdfWarm = others.length > 0 ? await pdfPass(others) : undefined;

const per = (ms, n = sops.length) => (ms / n).toFixed(1);
const then = (pass) => (pass ? `; then ${others.length} other SOPs in ${pass.ms.toFixed(0)} ms = ${per(pass.ms, others.length)} ms per SOP` : '');
process.stdout.write(
  `  SVG: ${sops.length} SOPs in ${svg.ms.toFixed(0)} ms = ${per(svg.ms)} ms per SOP (${(svg.bytes / sops.length / 1024).toFixed(0)} KB each; ${svgRuns} ELK runs)${then(svgWarm)}\n` +
    `  PDF: ${sops.length} SOPs in ${pdf.ms.toFixed(0)} ms = ${per(pdf.ms)} ms per SOP (${pdf.pages} pages, ${(pdf.bytes / sops.length / 1024).toFixed(0)} KB each; ${pdfRuns} more ELK runs)${then(pdfWarm)}\n`,
);
