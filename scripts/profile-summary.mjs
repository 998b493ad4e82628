#!/usr/bin/env node
// Summarises V8 CPU profiles (`node --cpu-prof`; one file per thread): self and inclusive time
// by function and by file, so that a profile can be read without DevTools.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/sop.js lint big-folder -f json -o /dev/null
//   node scripts/profile-summary.mjs /tmp/prof            (every .cpuprofile in the folder, summed)
//   node scripts/profile-summary.mjs a.cpuprofile --top 40 --match analysis/
//
// Inclusive time counts a function once per sample however deep its recursion goes. Files are
// shown relative to the repository (node_modules packages by package name).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { inputs: [], top: 30, match: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--top') options.top = Number(argv[++i]);
    else if (argv[i] === '--match') options.match = argv[++i];
    else options.inputs.push(argv[i]);
  }
  if (options.inputs.length === 0 || !Number.isFinite(options.top)) {
    console.error('usage: node scripts/profile-summary.mjs <file.cpuprofile|folder>... [--top N] [--match text]');
    process.exit(2);
  }
  return options;
}

function profileFiles(inputs) {
  return inputs.flatMap((input) =>
    statSync(input).isDirectory()
      ? readdirSync(input)
          .filter((f) => f.endsWith('.cpuprofile'))
          .sort()
          .map((f) => path.join(input, f))
      : [input],
  );
}

/** A short name for a script URL: repo-relative, or the package inside node_modules. */
function fileLabel(url) {
  if (!url) return '(native)';
  let file = url.startsWith('file://') ? fileURLToPath(url) : url;
  const modules = file.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = file.slice(modules + 'node_modules/'.length).split('/');
    return `npm:${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}/${rest.slice(rest[0].startsWith('@') ? 2 : 1).join('/')}`;
  }
  if (file.startsWith(ROOT)) file = path.relative(ROOT, file);
  return file;
}

/** Adds one profile's sample times to the totals (self and inclusive, by function and by file). */
function accumulate(profile, totals) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const keyOf = (n) => {
    const f = n.callFrame;
    const file = fileLabel(f.url);
    return { fn: `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`, file };
  };
  const stackCache = new Map();
  const stackOf = (id) => {
    let stack = stackCache.get(id);
    if (!stack) {
      const fns = new Set();
      const files = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const k = keyOf(nodes.get(at));
        fns.add(k.fn);
        files.add(k.file);
      }
      stack = { fns, files, self: keyOf(nodes.get(id)) };
      stackCache.set(id, stack);
    }
    return stack;
  };
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const ms = (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0) / 1000;
    const stack = stackOf(samples[i]);
    totals.all += ms;
    add(totals.fnSelf, stack.self.fn, ms);
    add(totals.fileSelf, stack.self.file, ms);
    for (const fn of stack.fns) add(totals.fnTotal, fn, ms);
    for (const file of stack.files) add(totals.fileTotal, file, ms);
  }
}

function add(map, key, ms) {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function table(title, self, total, all, top, match) {
  const rows = [...new Set([...self.keys(), ...total.keys()])]
    .filter((k) => !match || k.includes(match))
    .map((k) => ({ k, self: self.get(k) ?? 0, total: total.get(k) ?? 0 }));
  const pct = (ms) => `${((100 * ms) / all).toFixed(1).padStart(5)} %`;
  const print = (label, by) => {
    console.log(`\n${title} by ${label} (ms, share of ${all.toFixed(0)} ms sampled)`);
    console.log(`${'self'.padStart(9)} ${''.padStart(7)} ${'total'.padStart(9)} ${''.padStart(7)}  name`);
    for (const r of [...rows].sort((a, b) => b[by] - a[by]).slice(0, top)) {
      console.log(`${r.self.toFixed(0).padStart(9)} ${pct(r.self)} ${r.total.toFixed(0).padStart(9)} ${pct(r.total)}  ${r.k}`);
    }
  };
  print('self time', 'self');
  print('inclusive time', 'total');
}

const options = parseArgs(process.argv.slice(2));
const totals = { all: 0, fnSelf: new Map(), fnTotal: new Map(), fileSelf: new Map(), fileTotal: new Map() };
const files = profileFiles(options.inputs);
for (const file of files) accumulate(JSON.parse(readFileSync(file, 'utf8')), totals);
console.log(`${files.length} profile(s), ${totals.all.toFixed(0)} ms sampled`);
table('Functions', totals.fnSelf, totals.fnTotal, totals.all, options.top, options.match);
table('Files', totals.fileSelf, totals.fileTotal, totals.all, options.top, options.match);
