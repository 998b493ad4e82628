// `npm run bench` part: `sop lsp` as an editor uses it. Opens every SOP of a folder, then types
// into each (a few keystrokes 40 ms apart, as unsaved changes) and measures the time from the
// last keystroke to the diagnostics of that text: the debounce plus the lint. Prints; asserts
// nothing. Usage: node scripts/bench-lsp.mjs <folder> [label]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_DEBOUNCE_MS as debounceMs } from '../dist/lsp/settings.js';
import { LspClient } from './lsp-client.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.resolve(process.argv[2] ?? path.join(root, 'examples'));
const label = process.argv[3] ?? path.relative(root, folder);
const KEYSTROKES = 4;
const ROUNDS = 4;
const TYPED = '核定';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const client = new LspClient(process.execPath, [path.join(root, 'bin/sop.js'), 'lsp', '--stdio']);
const folderUri = pathToFileURL(folder).href;
let start = performance.now();
await client.request('initialize', { processId: process.pid, locale: 'zh-TW', rootUri: folderUri, workspaceFolders: [{ uri: folderUri, name: label }], capabilities: {} });
client.notify('initialized', {});

// Open up to 5 SOPs (an editor's open tabs); the folder's others are indexed for cross-file checks.
const files = readdirSync(folder).filter((f) => /\.sop\.ya?ml$/.test(f)).sort().slice(0, 5);
const documents = files.map((file) => ({ uri: pathToFileURL(path.join(folder, file)).href, text: readFileSync(path.join(folder, file), 'utf8'), version: 1 }));
const opened = documents.map((doc) => client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === doc.uri, 120_000));
for (const doc of documents) client.notify('textDocument/didOpen', { textDocument: { uri: doc.uri, languageId: 'yaml', version: 1, text: doc.text } });
await Promise.all(opened);
const firstDiagnostics = performance.now() - start;

const latencies = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const doc of documents) {
    // Type into the first step text, one character per keystroke.
    const at = doc.text.indexOf('text: ') + 'text: '.length;
    let typed = '';
    for (let key = 0; key < KEYSTROKES; key++) {
      typed += TYPED[key % TYPED.length];
      doc.version += 1;
      const text = doc.text.slice(0, at) + typed + doc.text.slice(at);
      const last = key === KEYSTROKES - 1;
      const published = last ? client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === doc.uri && p.version === doc.version) : undefined;
      start = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: [{ text }] });
      if (published) {
        await published;
        latencies.push(performance.now() - start);
      } else {
        await sleep(40);
      }
    }
  }
}
await client.close();

const fmt = (ms) => `${ms.toFixed(0)} ms`;
console.log(`sop lsp, ${label}: ${documents.length} open; first diagnostics of all open files ${fmt(firstDiagnostics)} after start`);
console.log(
  `  last keystroke → diagnostics (debounce ${debounceMs} ms + lint), ${latencies.length} edits: median ${fmt(median(latencies))}, max ${fmt(Math.max(...latencies))}; ` +
    `lint after the debounce: median ${fmt(median(latencies) - debounceMs)}`,
);
