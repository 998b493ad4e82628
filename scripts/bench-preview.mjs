// `npm run bench` part: `sop preview` on a copy of the bundled examples, as a page uses it, without
// a browser: start-up (process start to the printed URL, then to the first chart), and reload (a
// file saved → the "change" event → the new chart fetched, as the page does). Prints; asserts
// nothing. Usage: node scripts/bench-preview.mjs
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = 6;
const FILE = 'petition-online.sop.yaml';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (label, ms) => console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms`);

const dir = mkdtempSync(path.join(tmpdir(), 'sop-bench-preview-'));
cpSync(path.join(root, 'examples'), dir, { recursive: true });
const started = performance.now();
const child = spawn(process.execPath, [path.join(root, 'bin/sop.js'), 'preview'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
try {
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text) => {
      out += text;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (found) resolve(found);
    });
    child.on('exit', (code) => reject(new Error(`sop preview exited (${code})`)));
  });
  const listening = performance.now() - started;
  const chart = () => fetch(`${url}api/sop?file=${FILE}&view=chart`).then((r) => r.json());
  await chart();
  line('sop preview: start to URL printed (examples)', listening);
  line('sop preview: start to first chart served', performance.now() - started);

  // The page's event stream: resolves on the next "change".
  const events = (await fetch(`${url}events`)).body.getReader();
  const decoder = new TextDecoder();
  const nextChange = async () => {
    for (let seen = ''; !seen.includes('event: change'); ) seen += decoder.decode((await events.read()).value);
  };
  const original = readFileSync(path.join(dir, FILE), 'utf8');
  const notified = [];
  const redrawn = [];
  for (let round = 0; round < ROUNDS; round++) {
    const mark = `（第${round + 1}版）`;
    const changed = nextChange();
    const saved = performance.now();
    writeFileSync(path.join(dir, FILE), original.replace('受理人民陳情案件', `受理人民陳情案件${mark}`));
    await changed;
    notified.push(performance.now() - saved);
    const view = await chart();
    if (!view.svgs[0].includes(mark)) throw new Error('the chart does not show the edit');
    redrawn.push(performance.now() - saved);
  }
  line(`sop preview: save to change event (median of ${ROUNDS})`, median(notified));
  line(`sop preview: save to new chart served (median of ${ROUNDS})`, median(redrawn));
  await events.cancel();
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
