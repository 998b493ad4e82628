// The floor of linting: read and parse every *.sop.yaml of a folder with the same YAML options.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const dir = process.argv[2];
let steps = 0;
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.sop.yaml')) continue;
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path.join(dir, name), 'utf8'), { lineCounter, uniqueKeys: true, strict: true });
  const data = doc.toJS({ maxAliasCount: 100 });
  steps += data.steps.length;
}
process.stderr.write(`parsed ${steps} steps\n`);
