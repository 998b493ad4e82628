// `npm run bench`: wall time and peak memory of the main jobs over generated corpora. Prints
// figures; never fails on timing (tests assert behaviour, this measures it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
  const cpu = Number(/SOP_BENCH_CPU_MS=(\d+)/.exec(result.stderr)?.[1] ?? NaN);
  const peak = rss ? (Number(rss) / 1024).toFixed(0) : '?';
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms   cpu ${String(cpu).padStart(6)} ms   peak ${peak.padStart(5)} MB   (exit ${result.status})`);
  if (echo) process.stdout.write(result.stdout);
  if (result.status !== 0 && result.status !== 1) process.stdout.write(result.stderr);
  return { ms, cpu, peak };
}

const work = mkdtempSync(path.join(tmpdir(), 'sop-bench-'));
try {
  const lintDir = path.join(work, 'lint-1000');
  const files = generateCorpus(lintDir, 1000);
  console.log(`corpus: ${files.length} generated SOPs of 12–30 steps in ${lintDir}`);
  console.log(`machine: node ${process.version}, ${process.platform}/${process.arch}`);
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
  const median = (list, key) => [...list].map((r) => r[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const floor = median(runs.parse, 'ms');
  for (const [name, label] of [['one', 'one thread'], ['two', 'two threads'], ['auto', 'threads by idle cores']]) {
    console.log(`  lint ${label.padEnd(22)} median ${median(runs[name], 'ms').toFixed(0).padStart(6)} ms = ${(median(runs[name], 'ms') / floor).toFixed(2)}× the parse (${floor.toFixed(0)} ms); CPU ${median(runs[name], 'cpu')} ms = ${(median(runs[name], 'cpu') / median(runs.parse, 'cpu')).toFixed(2)}× the parse's`);
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

  const renderDir = path.join(work, 'render-100');
  generateCorpus(renderDir, 100, 7);
  console.log('');
  measure('render 100 SOPs to SVG and to PDF in one process', [path.join(root, 'scripts/bench-render.mjs'), renderDir], true);
  const bookDir = path.join(work, 'handbook-200');
  generateCorpus(bookDir, 200, 200);
  measure('sop render --handbook (200 SOPs, one PDF)', [bin, 'render', '--handbook', bookDir, '-o', path.join(work, 'handbook.pdf'), '--quiet']);
  const one = path.join(renderDir, 'bench-00000.sop.yaml');
  measure('sop render one SOP, svg + pdf (cold process)', [bin, 'render', one, '-o', path.join(work, 'render-out')]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
