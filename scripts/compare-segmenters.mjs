// Measures the word segmenter that reads a label's grammar (src/analysis/text/segment.ts):
// Intl.Segmenter (what sop ships) against @node-rs/jieba, a dictionary segmenter with part-of-
// speech tags. jieba's dictionary is Simplified Chinese, so labels are converted character by
// character with opencc-js (tw → cn) before it cuts them; the cuts map back one to one.
//
// Neither package is a dependency of sop. To run (after `npm run build`):
//   npm install --no-save @node-rs/jieba@2 opencc-js@1
//   node scripts/compare-segmenters.mjs [dir of generated SOPs for timing]
//
// For each segmenter, in its own process: the rules that read grammar (decision-shape,
// document-shape, subprocess) on the real corpus (recall, must-not violations, unrequested
// findings) and on the seed (tags found); every grammar marker of every label (後, 依, 之, 得…)
// and whether it is a word of its own; and the lint time over the given folder.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RULES = ['decision-shape', 'document-shape', 'subprocess'];

async function installJieba() {
  const { Jieba } = await import('@node-rs/jieba');
  const { dict } = await import('@node-rs/jieba/dict.js');
  const OpenCC = await import('opencc-js');
  const jieba = Jieba.withDict(dict);
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  class JiebaSegmenter {
    segment(text) {
      let simplified = toSimplified(text);
      if (simplified.length !== text.length) simplified = Array.from(text, (c) => (toSimplified(c).length === c.length ? toSimplified(c) : c)).join('');
      const out = [];
      let index = 0;
      for (const word of jieba.cut(simplified, true)) {
        out.push({ segment: text.slice(index, index + word.length), index, isWordLike: /[\p{L}\p{N}]/u.test(word) });
        index += word.length;
      }
      return out;
    }
  }
  Intl.Segmenter = JiebaSegmenter;
}

/** The findings of RULES per file, scored against the real corpus labels and the seed notes. */
async function measure(timingDir) {
  const { parse } = await import(path.join(root, 'node_modules/yaml/dist/index.js'));
  const { lintFiles } = await import(path.join(root, 'dist/engine/lint.js'));
  const { builtInWords } = await import(path.join(root, 'dist/words/load-words.js'));
  const { isWholeWords } = await import(path.join(root, 'dist/analysis/text/segment.js'));
  const out = { real: {}, seed: { tags: 0, found: 0 }, markers: {}, ms: undefined };
  for (const rule of RULES) out.real[rule] = { expected: 0, found: 0, mustNot: 0, unrequested: 0 };

  const realDir = path.join(root, 'test/fixtures/real');
  const realFiles = readdirSync(realDir).filter((f) => f.endsWith('.sop.yaml')).map((f) => path.join(realDir, f));
  for (const result of lintFiles(realFiles, { cwd: root, lang: 'en' }).results) {
    const labels = parse(readFileSync(result.filePath.replace(/\.sop\.yaml$/, '.expected.yaml'), 'utf8'));
    for (const rule of RULES) {
      const findings = result.findings.filter((f) => f.ruleId === rule);
      const covered = new Set();
      for (const label of labels.expect.filter((l) => l.rule === rule)) {
        for (const step of label.steps) {
          out.real[rule].expected++;
          const hits = findings.filter((f) => f.stepId === step);
          if (hits.length > 0) out.real[rule].found++;
          hits.forEach((f) => covered.add(f));
        }
      }
      for (const label of (labels.mustNot ?? []).filter((l) => l.rule === rule)) {
        out.real[rule].mustNot += findings.filter((f) => label.steps.length === 0 || label.steps.includes(f.stepId)).length;
      }
      out.real[rule].unrequested += findings.filter((f) => !covered.has(f)).length;
    }
  }

  const seedDir = path.join(root, 'test/fixtures/seed');
  const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith('.sop.yaml')).map((f) => path.join(seedDir, f));
  for (const result of lintFiles(seedFiles, { cwd: root }).results) {
    const expected = parse(readFileSync(result.filePath.replace(/\.sop\.yaml$/, '.expected.yaml'), 'utf8'));
    for (const note of expected.notes) {
      for (const rule of note.rules.filter((r) => RULES.includes(r))) {
        out.seed.tags++;
        if (result.findings.some((f) => f.ruleId === rule && (note.steps ?? []).includes(f.stepId))) out.seed.found++;
      }
    }
  }

  // Every grammar marker (a Han entry of a grammar* list) in every label, and whether it is a word.
  const words = builtInWords();
  const markers = [...new Set(Object.entries(words).filter(([name]) => name.startsWith('grammar')).flatMap(([, list]) => list.filter((w) => /^\p{Script=Han}+$/u.test(w))))];
  const labels = [...realFiles, ...seedFiles].flatMap((file) => (parse(readFileSync(file, 'utf8')).steps ?? []).map((s) => String(s.text ?? '')));
  for (const text of labels) {
    for (const marker of markers) {
      for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) out.markers[`${text}\u0001${i}\u0001${marker}`] = isWholeWords(text, i, i + marker.length);
    }
  }

  if (timingDir) {
    const files = readdirSync(timingDir).filter((f) => f.endsWith('.sop.yaml')).map((f) => path.join(timingDir, f));
    const start = performance.now();
    lintFiles(files, { cwd: root });
    out.ms = performance.now() - start;
  }
  return out;
}

const [mode, timingDir] = process.argv.slice(2);
if (mode === 'intl' || mode === 'jieba') {
  const start = performance.now();
  if (mode === 'jieba') await installJieba();
  const loadMs = performance.now() - start;
  process.stdout.write(JSON.stringify({ ...(await measure(timingDir)), loadMs }));
} else {
  const run = (which) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), which, ...(mode ? [mode] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const intl = run('intl');
  const jieba = run('jieba');
  console.log('rule on the real corpus    Intl.Segmenter                 @node-rs/jieba (+opencc tw→cn)');
  for (const rule of RULES) {
    const f = (r) => `${r.found}/${r.expected} found, ${r.mustNot} must-not, ${r.unrequested} unrequested`;
    console.log(`  ${rule.padEnd(24)} ${f(intl.real[rule]).padEnd(30)} ${f(jieba.real[rule])}`);
  }
  console.log(`seed tags of these rules    ${`${intl.seed.found}/${intl.seed.tags}`.padEnd(30)} ${jieba.seed.found}/${jieba.seed.tags}`);
  const keys = Object.keys(intl.markers);
  const differ = keys.filter((k) => intl.markers[k] !== jieba.markers[k]);
  console.log(`grammar markers in the labels: ${keys.length}; read as a word of its own: Intl ${keys.filter((k) => intl.markers[k]).length}, jieba ${keys.filter((k) => jieba.markers[k]).length}; they differ on ${differ.length}:`);
  for (const key of differ) {
    const [text, at, marker] = key.split('\u0001');
    const i = Number(at);
    console.log(`  「${marker}」 in …${text.slice(Math.max(0, i - 8), i + marker.length + 8)}…: Intl ${intl.markers[key] ? 'word' : 'part of a word'}, jieba ${jieba.markers[key] ? 'word' : 'part of a word'}`);
  }
  console.log(`set-up: Intl ${intl.loadMs.toFixed(0)} ms, jieba + opencc ${jieba.loadMs.toFixed(0)} ms`);
  if (intl.ms !== undefined) console.log(`lint of ${mode}: Intl ${intl.ms.toFixed(0)} ms, jieba ${jieba.ms.toFixed(0)} ms (in-process, after set-up)`);
}
