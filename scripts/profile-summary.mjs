#!/usr/bin/env node
// Summarises V8 CPU profiles (`node --cpu-prof --cpu-prof-dir=DIR …`; one file per thread):
// self time by package or source file, then the functions with the most self time and the most
// total time (self plus what they call, each function counted once per stack).
//
//   node scripts/profile-summary.mjs DIR-or-FILE… [--top N]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 25;
const files = args.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.cpuprofile')).sort().map((f) => path.join(p, f)) : [p]));
if (files.length === 0) {
  console.error('usage: node scripts/profile-summary.mjs DIR-or-FILE… [--top N]');
  process.exit(2);
}

/** A script's package (`elkjs`, `pdfkit`…), our own file (`src/render/…`), or node's internals. */
function where(url) {
  if (!url) return '(native/vm)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node:internal';
  const own = /\/(dist|src|scripts)\/(.*)$/.exec(url);
  return own ? `${own[1]}/${own[2]}` : url.replace(/^file:\/\//, '');
}

const ms = (us) => (us / 1000).toFixed(0).padStart(8);
const pct = (part, whole) => `${((100 * part) / whole).toFixed(1).padStart(5)} %`;

function table(title, map, whole) {
  console.log(`  ${title}`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(us)} ms ${pct(us, whole)}  ${name}`);
}

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Time per sample: the gap to the next sample.
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${where(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const byPlace = new Map();
  const bySelf = new Map();
  const byTotal = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    const kind = n.callFrame.url ? where(n.callFrame.url) : n.callFrame.functionName || '(native/vm)';
    byPlace.set(kind, (byPlace.get(kind) ?? 0) + us);
    bySelf.set(name(n), (bySelf.get(name(n)) ?? 0) + us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at));
      if (seen.has(key)) continue;
      seen.add(key);
      byTotal.set(key, (byTotal.get(key) ?? 0) + us);
    }
  }
  console.log(`${path.basename(file)}: ${(total / 1000).toFixed(0)} ms sampled`);
  table('self time by package or file', byPlace, total);
  table('self time by function', bySelf, total);
  table('total time by function (self + callees)', byTotal, total);
  console.log('');
}
