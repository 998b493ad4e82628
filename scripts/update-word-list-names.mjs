// Rewrites src/words/list-names.ts from the word-list data files (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { listNamesModule } from '../dist/words/list-names-module.js';

const target = new URL('../src/words/list-names.ts', import.meta.url);
const current = readFileSync(target, 'utf8');
const updated = listNamesModule();
if (updated !== current) {
  writeFileSync(target, updated);
  console.log('src/words/list-names.ts updated');
} else {
  console.log('src/words/list-names.ts up to date');
}
