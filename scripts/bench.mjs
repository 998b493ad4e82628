// `npm run bench`: wall time, CPU time and peak memory of the main jobs over generated corpora, and
// rendering against Graphviz `dot` on the same graphs, as ratios. Prints
// figures; never fails on timing (tests assert behaviour, this measures it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/sop.js');
const rssHook = path.join(root, 'scripts/bench-rss.mjs');

/** Runs node with the RSS hook; returns wall milliseconds, CPU milliseconds (all threads) and peak RSS in MB. */
function measure(label, args, echo = false, env = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', rssHook, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', ...env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /SOP_BENCH_MAXRSS=(\d+)/.exec(result.stderr)?.[1];
  const cpuUs = /SOP_BENCH_CPU_US=(\d+)/.exec(result.stderr)?.[1];
  const cpu = cpuUs ? Number(cpuUs) / 1000 : NaN;
  const peak = rss ? (Number(rss) / 1024).toFixed(0) : '?';
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms   cpu ${cpu.toFixed(0).padStart(6)} ms   peak ${peak.padStart(5)} MB   (exit ${result.status})`);
  if (echo) process.stdout.write(result.stdout);
  if (result.status !== 0 && result.status !== 1) process.stdout.write(result.stderr);
  return { ms, cpu, peak };
}

/** Runs another program under /usr/bin/time (when there is one, for its CPU time); wall and CPU milliseconds. */
function measureTool(label, command, args, env = {}) {
  const timeFile = path.join(work, 'time.txt');
  const timed = existsSync('/usr/bin/time');
  const start = process.hrtime.bigint();
  const options = { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } };
  const result = timed ? spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, command, ...args], options) : spawnSync(command, args, options);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = timed ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).reduce((sum, s) => sum + 1000 * Number(s), 0) : NaN;
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms   cpu ${cpu.toFixed(0).padStart(6)} ms   (exit ${result.status})`);
  if (result.status !== 0) process.stdout.write(result.stderr.slice(0, 2000));
  return { ms, cpu };
}

/** `sop` against `dot` (on `graphs`, when there is more than one kind): wall and CPU ratios. */
function ratio(label, ours, theirs, graphs) {
  const r = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(1)}×` : '?');
  const of = graphs ? ` (${graphs})` : '';
  console.log(`  → ${label}: ${r(ours.ms, theirs.ms)} dot's wall time${of}, ${r(ours.cpu, theirs.cpu)} its CPU time`);
}

/** The middle value of a list of numbers (the upper one of an even count). */
function middle(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** The median run of `runs` (by wall time), each measured like `measure`. */
function medianOf(runs, label, args) {
  const all = Array.from({ length: runs }, () => measure(label, args));
  const median = { ms: middle(all.map((r) => r.ms)), cpu: middle(all.map((r) => r.cpu)) };
  console.log(`  → median of ${runs}: ${median.ms.toFixed(0)} ms wall, ${median.cpu.toFixed(0)} ms CPU`);
  return median;
}

// `node scripts/bench.mjs [lint] [render]`: only those sections (default: all).
const SECTIONS = ['lint', 'render'];
const asked = new Set(process.argv.slice(2));
const wants = (section) => asked.size === 0 || asked.has(section);

const work = mkdtempSync(path.join(tmpdir(), 'sop-bench-'));

function mkdirp(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** An SOP of `n` decisions in a row, each with a way out to the end. */
function decisionChain(n) {
  let yaml = 'sop: 1\nid: chain\ntitle: 決策鏈\nunit: 測試科\nlegal: []\nforms: []\nsteps:\n  - id: s\n    kind: start\n    text: 開始\n    next: a0\n';
  for (let i = 0; i < n; i++) yaml += `  - id: a${i}\n    kind: decision\n    text: 是否核准第${i}項？\n    branches:\n      是: ${i + 1 < n ? `a${i + 1}` : 'e'}\n      否: e\n`;
  return `${yaml}  - id: e\n    kind: end\n    text: 結束\n`;
}
try {
  console.log(`machine: node ${process.version}, ${process.platform}/${process.arch}; sections: ${[...SECTIONS].filter(wants).join(', ')}`);
  if (wants('lint')) {
    const lintDir = path.join(work, 'lint-1000');
    const files = generateCorpus(lintDir, 1000);
    console.log(`corpus: ${files.length} generated SOPs of 12–30 steps in ${lintDir}`);
    console.log('');
    console.log(`load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores (sop lint uses the idle ones; interleaved, median of 5)`);
    // The floor and lint, interleaved so that the machine's load falls on both alike. The parse is
    // one thread: compare it with lint on one thread (and CPU time with CPU time); lint on two
    // threads shows what the workers add on this machine.
    const lintArgs = [bin, 'lint', lintDir, '--format', 'json', '--output-file', path.join(work, 'lint.json')];
    const runs = { parse: [], one: [], two: [], auto: [] };
    for (let i = 0; i < 5; i++) {
      runs.parse.push(measure('YAML parse only (read + parse + toJS, the floor)', [path.join(root, 'scripts/bench-parse.mjs'), lintDir]));
      runs.one.push(measure('sop lint (1,000 files, json), one thread', lintArgs, false, { SOP_LINT_THREADS: '1' }));
      runs.two.push(measure('sop lint (1,000 files, json), two threads', lintArgs, false, { SOP_LINT_THREADS: '2' }));
      runs.auto.push(measure('sop lint (1,000 files, json to a file)', lintArgs));
    }
    const median = (list, key) => middle(list.map((r) => r[key]));
    const floor = median(runs.parse, 'ms');
    for (const [name, label] of [['one', 'one thread'], ['two', 'two threads'], ['auto', 'threads by idle cores']]) {
      console.log(`  lint ${label.padEnd(22)} median ${median(runs[name], 'ms').toFixed(0).padStart(6)} ms = ${(median(runs[name], 'ms') / floor).toFixed(2)}× the parse (${floor.toFixed(0)} ms); CPU ${median(runs[name], 'cpu').toFixed(0)} ms = ${(median(runs[name], 'cpu') / median(runs.parse, 'cpu')).toFixed(2)}× the parse's`);
    }
    measure('sop lint (1,000 files, stylish)', [bin, 'lint', lintDir, '--quiet']);
    measure('sop --version (process start-up)', [bin, '--version']);

    // The editor loop: what a clerk waits for after a keystroke (target: within 300 ms).
    console.log('');
    for (const [folder, label] of [
      [path.join(root, 'examples'), 'the bundled examples'],
      [lintDir, 'the 1,000 generated SOPs indexed'],
    ]) {
      const lsp = spawnSync(process.execPath, [path.join(root, 'scripts/bench-lsp.mjs'), folder, label], { encoding: 'utf8' });
      process.stdout.write(lsp.stdout);
      if (lsp.status !== 0) process.stdout.write(lsp.stderr);
    }
    // The preview: start-up, and a save until the page has the new chart (target: within a second).
    const preview = spawnSync(process.execPath, [path.join(root, 'scripts/bench-preview.mjs')], { encoding: 'utf8' });
    process.stdout.write(preview.stdout);
    if (preview.status !== 0) process.stdout.write(preview.stderr);

    const bigDir = path.join(work, 'lint-5000');
    generateCorpus(bigDir, 5000, 5000);
    console.log('');
    measure('sop lint (5,000 files)', [bin, 'lint', bigDir, '--format', 'json', '--output-file', path.join(work, 'lint-5000.json')]);
    measure('sop report (5,000 files, json)', [bin, 'report', bigDir, '--format', 'json', '-o', path.join(work, 'report-5000.json')]);

  }

  if (wants('render')) {
    // Rendering, against Graphviz `dot` on the same graphs (the charts' steps and edges as DOT).
    const renderDir = path.join(work, 'render-100');
    generateCorpus(renderDir, 100, 7);
    // 100 others of the same kind, rendered after those in the same process: the cost once V8 has warmed up.
    const warmDir = path.join(work, 'render-100-more');
    generateCorpus(warmDir, 100, 77);
    console.log('');
    measure('render 100 SOPs to SVG and to PDF in one process', [path.join(root, 'scripts/bench-render.mjs'), renderDir, warmDir], true);
    const svgOut = path.join(work, 'svg-out');
    const pdfOut = path.join(work, 'pdf-out');
    const svgArgs = [bin, 'render', renderDir, '--format', 'svg', '-o', svgOut, '--quiet'];
    const pdfArgs = [bin, 'render', renderDir, '--format', 'pdf', '-o', pdfOut, '--quiet'];
    const hasDot = spawnSync('dot', ['-V']).status === 0;
    if (hasDot) {
      const dotDir = path.join(work, 'dot');
      const made = spawnSync(process.execPath, [path.join(root, 'scripts/bench-dot.mjs'), renderDir, dotDir], { encoding: 'utf8' });
      if (made.status !== 0) throw new Error(`bench-dot.mjs failed:\n${made.stderr}`);
      const [graphs, polyline, polylineText, ...family] = made.stdout.trim().split(' ');
      console.log(`  (the same ${graphs} graphs as DOT, orthogonal splines, twice: boxes alone (${polyline} polyline where dot's orthogonal router fails),`);
      console.log(`   and with their words in ${family.join(' ')}, the face our charts use (${polylineText} polyline))`);
      const graphsIn = (sub) => readdirSync(path.join(dotDir, sub)).filter((f) => f.endsWith('.dot')).map((f) => path.join(dotDir, sub, f));
      const [boxes, text] = [graphsIn('boxes'), graphsIn('text')];
      const fontEnv = { FONTCONFIG_FILE: path.join(dotDir, 'fonts.conf') };
      // Interleaved, median of 5 each: one run of dot (a quarter of a second) moves by a third
      // from run to run on these machines, and the ratio with it.
      const runs = { svg: [], pdf: [], dotSvg: [], dotPdf: [], dotSvgText: [], dotPdfText: [] };
      for (let i = 0; i < 5; i++) {
        runs.svg.push(measure('sop render --format svg (100 SOPs, one process)', svgArgs));
        runs.dotSvg.push(measureTool('dot -Tsvg (the 100 graphs, boxes alone)', 'dot', ['-Tsvg', '-O', ...boxes]));
        runs.dotSvgText.push(measureTool('dot -Tsvg (the 100 graphs with their words)', 'dot', ['-Tsvg', '-O', ...text], fontEnv));
        runs.pdf.push(measure('sop render --format pdf (100 SOPs, one process)', pdfArgs));
        runs.dotPdf.push(measureTool('dot -Tpdf (the 100 graphs, boxes alone)', 'dot', ['-Tpdf', '-O', ...boxes]));
        runs.dotPdfText.push(measureTool('dot -Tpdf (the 100 graphs with their words)', 'dot', ['-Tpdf', '-O', ...text], fontEnv));
      }
      const median = (list) => ({ ms: middle(list.map((r) => r.ms)), cpu: middle(list.map((r) => r.cpu)) });
      const m = Object.fromEntries(Object.entries(runs).map(([key, list]) => [key, median(list)]));
      console.log(`  medians of 5: sop svg ${m.svg.ms.toFixed(0)} ms, dot -Tsvg ${m.dotSvg.ms.toFixed(0)} ms (boxes) / ${m.dotSvgText.ms.toFixed(0)} ms (words);`);
      console.log(`                sop pdf ${m.pdf.ms.toFixed(0)} ms, dot -Tpdf ${m.dotPdf.ms.toFixed(0)} ms (boxes) / ${m.dotPdfText.ms.toFixed(0)} ms (words)`);
      ratio('SVG: sop takes', m.svg, m.dotSvg, 'boxes alone');
      ratio('SVG: sop takes', m.svg, m.dotSvgText, 'with words');
      ratio('PDF: sop takes', m.pdf, m.dotPdf, 'boxes alone');
      ratio('PDF: sop takes', m.pdf, m.dotPdfText, 'with words');
    } else {
      measure('sop render --format svg (100 SOPs, one process)', svgArgs);
      measure('sop render --format pdf (100 SOPs, one process)', pdfArgs);
      console.log('  (Graphviz dot not installed: no comparison)');
    }

    // A long chain of decisions, each with a way out to the end: the graph ELK finds hardest.
    const chainDir = path.join(work, 'chain');
    writeFileSync(path.join(mkdirp(chainDir), 'chain.sop.yaml'), decisionChain(100));
    console.log('');
    measure('sop render a chain of 100 decisions (svg + pdf)', [bin, 'render', path.join(chainDir, 'chain.sop.yaml'), '-o', path.join(work, 'chain-out'), '--quiet']);

    const bookDir = path.join(work, 'handbook-200');
    generateCorpus(bookDir, 200, 200);
    measure('sop render --handbook (200 SOPs, one PDF)', [bin, 'render', '--handbook', bookDir, '-o', path.join(work, 'handbook.pdf'), '--quiet']);

    // Cold start: one process for one file, the median of five.
    const example = path.join(root, 'examples/petition-online.sop.yaml');
    console.log('');
    medianOf(5, 'sop lint one example (cold process)', [bin, 'lint', example, '--quiet']);
    medianOf(5, 'sop render one example, svg + pdf (cold process)', [bin, 'render', example, '-o', path.join(work, 'render-out'), '--quiet']);
    // ELK's code cache is made from the examples' layouts (scripts/elk-code-cache.mjs): an SOP it has not seen.
    const generated = path.join(renderDir, readdirSync(renderDir).sort()[0]);
    medianOf(5, 'sop render one generated SOP, svg + pdf (cold process)', [bin, 'render', generated, '-o', path.join(work, 'render-out'), '--quiet']);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
