#!/usr/bin/env node
// Writes everything `sop` prints for the bundled examples and the seed fixtures into one folder,
// so that two versions of the code can be compared byte for byte:
//
//   node scripts/output-snapshot.mjs /tmp/before        (on the old commit)
//   node scripts/output-snapshot.mjs /tmp/after         (on the new one)
//   node scripts/output-snapshot.mjs --compare /tmp/before /tmp/after
//
// For changes to the linter alone, `--lint <dir>` writes only lint reports, over more files: lint
// JSON (zh-TW and en) and stylish output of the examples and of every fixture folder (seed, real,
// broken and mistaken YAML…), and lint JSON of 1,000 generated SOPs (scripts/generate-corpus.mjs)
// linted as `npm run bench` lints them (over worker threads) and one by one in groups below the
// worker threshold (in this thread): compare two such folders with --compare.
//
// What it writes: lint JSON (zh-TW and en) of the examples and of the seed fixtures; each SOP's
// SVG and PDF; SVG with --embed-font and --forms inline; PDF with --tables; the handbook of the
// examples and of the seed fixtures; a --compare rendering against an edited copy. Dates come
// from SOURCE_DATE_EPOCH, so two runs of the same code give the same bytes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate-corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOP = path.join(ROOT, 'bin/sop.js');
const env = { ...process.env, SOURCE_DATE_EPOCH: '1700000000', NO_COLOR: '1', FORCE_COLOR: '0' };

function listFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

function compare(a, b) {
  const left = new Set(listFiles(a));
  const right = new Set(listFiles(b));
  let differences = 0;
  for (const file of [...new Set([...left, ...right])].sort()) {
    if (!left.has(file) || !right.has(file)) {
      console.log(`${left.has(file) ? 'only in first ' : 'only in second'}  ${file}`);
      differences++;
    } else if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)))) {
      console.log(`differs         ${file}`);
      differences++;
    }
  }
  console.log(differences === 0 ? `identical: ${left.size} files` : `${differences} of ${new Set([...left, ...right]).size} files differ`);
  process.exit(differences === 0 ? 0 : 1);
}

let outRoot = '';

/** Runs sop; its exit code, stdout and stderr go to `log`, with the snapshot folder as <out> and the repository as <root>. */
function run(args, cwd, log, hideCwd = false) {
  const r = spawnSync(process.execPath, [SOP, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const hide = (s) =>
    (hideCwd ? s.split(cwd).join('<cwd>') : s)
      .split(path.relative(cwd, outRoot))
      .join('<out>')
      .split(outRoot)
      .join('<out>')
      .split(JSON.stringify(ROOT).slice(1, -1))
      .join('<root>')
      .split(ROOT)
      .join('<root>');
  writeFileSync(log, `exit ${r.status}\n--- stdout\n${hide(r.stdout)}--- stderr\n${hide(r.stderr)}`);
}

function snapshot(outDir) {
  outRoot = outDir;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => /\.sop\.ya?ml$/.test(f)).map((f) => `examples/${f}`);
  const seed = readdirSync(path.join(ROOT, 'test/fixtures/seed')).filter((f) => /\.sop\.ya?ml$/.test(f)).map((f) => `test/fixtures/seed/${f}`);
  for (const [name, files] of [['examples', examples], ['seed', seed]]) {
    for (const lang of ['zh-TW', 'en']) run(['lint', ...files, '-f', 'json', '--lang', lang], ROOT, path.join(outDir, `lint-${name}-${lang}.json.txt`));
    run(['lint', ...files, '--lang', 'en'], ROOT, path.join(outDir, `lint-${name}-stylish-en.txt`));
    run(['render', ...files, '-o', path.join(outDir, `render-${name}`), '--format', 'both'], ROOT, path.join(outDir, `render-${name}.log`));
  }
  run(['render', ...examples, '-o', path.join(outDir, 'render-examples-embed-inline'), '--format', 'svg', '--embed-font', '--forms', 'inline'], ROOT, path.join(outDir, 'render-examples-embed-inline.log'));
  run(['render', ...examples, '-o', path.join(outDir, 'render-examples-tables-en'), '--format', 'pdf', '--tables', '--lang', 'en'], ROOT, path.join(outDir, 'render-examples-tables-en.log'));
  run(['render', '--handbook', 'examples', '-o', path.join(outDir, 'handbook-examples.pdf'), '--tables', '-q'], ROOT, path.join(outDir, 'handbook-examples.log'));
  run(['render', '--handbook', 'test/fixtures/seed', '-o', path.join(outDir, 'handbook-seed.pdf'), '-q'], ROOT, path.join(outDir, 'handbook-seed.log'));

  // --compare against an edited copy: one step's text and one time changed, one step removed, one added.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'sop-snapshot-'));
  try {
    const source = path.join(ROOT, 'examples/petition-online.sop.yaml');
    const { oldText, newText } = versions(readFileSync(source, 'utf8'));
    const oldFile = path.join(tmp, 'old.sop.yaml');
    writeFileSync(oldFile, oldText);
    const newFile = path.join(tmp, 'petition-online.sop.yaml');
    writeFileSync(newFile, newText);
    cpSync(path.join(ROOT, 'examples/sop.config.yaml'), path.join(tmp, 'sop.config.yaml'));
    run(['render', newFile, '-o', path.join(outDir, 'compare'), '--compare', oldFile], tmp, path.join(outDir, 'compare.log'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const manifest = listFiles(outDir)
    .sort()
    .map((f) => `${createHash('sha256').update(readFileSync(path.join(outDir, f))).digest('hex').slice(0, 16)}  ${statSync(path.join(outDir, f)).size}\t${f}`);
  writeFileSync(path.join(outDir, 'MANIFEST.txt'), `${manifest.join('\n')}\n`);
  console.log(`${manifest.length} files written to ${outDir}`);
}

function lintSnapshot(outDir) {
  outRoot = outDir;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const fixtures = path.join(ROOT, 'test/fixtures');
  const folders = ['examples', ...readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `test/fixtures/${e.name}`)].sort();
  for (const folder of folders) {
    const files = listFiles(path.join(ROOT, folder)).filter((f) => /\.sop\.ya?ml$/.test(f)).sort().map((f) => `${folder}/${f}`);
    if (files.length === 0) continue;
    const name = folder.replaceAll('/', '-');
    for (const lang of ['zh-TW', 'en']) run(['lint', ...files, '-f', 'json', '--lang', lang], ROOT, path.join(outDir, `lint-${name}-${lang}.json.txt`));
    run(['lint', ...files, '--lang', 'en'], ROOT, path.join(outDir, `lint-${name}-stylish-en.txt`));
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'sop-snapshot-'));
  try {
    const corpus = path.join(tmp, 'corpus');
    const files = generateCorpus(corpus, 1000).map((f) => path.relative(tmp, f));
    env.SOP_LINT_THREADS = '2';
    run(['lint', 'corpus', '-f', 'json'], tmp, path.join(outDir, 'lint-generated-1000.json.txt'), true);
    delete env.SOP_LINT_THREADS;
    for (let i = 0; i < files.length; i += 100) {
      run(['lint', ...files.slice(i, i + 100), '-f', 'json'], tmp, path.join(outDir, `lint-generated-${String(i).padStart(4, '0')}-serial.json.txt`), true);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const manifest = listFiles(outDir).sort();
  console.log(`${manifest.length} files written to ${outDir}`);
}

/** Inserts a process step after the step with the given id (it flows on to the next list item). */
function insertStep(text, afterId, id, label) {
  const at = text.indexOf(`  - id: ${afterId}\n`);
  const next = text.indexOf('\n  - id: ', at + 1);
  if (at < 0 || next < 0) throw new Error(`no step ${afterId} to insert after`);
  return `${text.slice(0, next)}\n  - id: ${id}\n    text: ${label}\n    owner: 企劃處研考科\n    time: 20m\n${text.slice(next)}`;
}

/** The old version has a step the new one lacks; the new one has another step, an edited text and time. */
function versions(text) {
  const oldText = insertStep(text, 'control', 'old-check', '核對列管資料');
  let newText = insertStep(text, 'register', 'new-scan', '掃描來文並上傳');
  newText = newText.replace(/(\n    text: )([^\n]+)/, '$1$2（修訂）').replace('time: 1-3d', 'time: 2-4d');
  return { oldText, newText };
}

const args = process.argv.slice(2);
if (args[0] === '--compare' && args.length === 3) compare(args[1], args[2]);
else if (args[0] === '--lint' && args.length === 2) lintSnapshot(path.resolve(args[1]));
else if (args.length === 1 && !args[0].startsWith('-')) snapshot(path.resolve(args[0]));
else {
  console.error('usage: node scripts/output-snapshot.mjs <dir> | --lint <dir> | --compare <dir-a> <dir-b>');
  process.exit(2);
}
