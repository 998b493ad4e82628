#!/usr/bin/env node
// Part of `npm run build`: compiles the JSON Schemas of schemas/ once, at build time, into
// standalone validator modules (ajv's `standalone` code export) in dist/validators/, so that a
// run (and every lint worker thread) loads a validator in a millisecond instead of compiling the
// schema with ajv (100–170 ms). Same ajv options as src/loader/schema-validator.ts, so the
// errors, and with them the schema messages, are the same. Each module records the hash of the
// schema text it was made from; the loader compiles at run time instead when they differ.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/validators');
mkdirSync(outDir, { recursive: true });

for (const name of ['sop.schema', 'sop-config.schema']) {
  const text = readFileSync(path.join(root, 'schemas', `${name}.json`), 'utf8');
  // The options of schema-validator.ts's ajv, plus the source code to export.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, code: { source: true } });
  const code = standaloneCode.default(ajv, ajv.compile(JSON.parse(text)));
  const hash = createHash('sha256').update(text).digest('hex');
  writeFileSync(path.join(outDir, `${name}.cjs`), `${code}\nmodule.exports.schemaHash = ${JSON.stringify(hash)};\n`);
}
