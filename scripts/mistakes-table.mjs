// Prints a markdown table "input → message (zh-TW) → message (en)" for the mistake fixtures
// (test/fixtures/yaml-mistakes/ and schema-mistakes/), made by running `sop lint --format json`
// on them once per language. Usage: node scripts/mistakes-table.mjs [-o table.md]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FOLDERS = ['test/fixtures/yaml-mistakes', 'test/fixtures/schema-mistakes'];

const files = FOLDERS.flatMap((folder) =>
  readdirSync(path.join(ROOT, folder))
    .filter((name) => name.endsWith('.sop.yaml'))
    .sort()
    .map((name) => path.join(folder, name)),
);

/** The findings of every file in one language, by file path relative to ROOT. */
function lint(lang) {
  let out;
  try {
    out = execFileSync(process.execPath, ['bin/sop.js', 'lint', '--format', 'json', '--lang', lang, ...files], { cwd: ROOT, encoding: 'utf8' });
  } catch (error) {
    // Exit code 1: there are errors, which is what the fixtures are for.
    if (error.status !== 1) throw error;
    out = error.stdout;
  }
  return new Map(JSON.parse(out).map((result) => [path.relative(ROOT, result.filePath), result.messages]));
}

/** A line of the fixture with its indentation made visible: · space, □ full-width space, → tab. */
function shownLine(line) {
  const indent = /^[ \t\u3000]*/.exec(line)[0];
  const visible = [...indent].map((c) => (c === ' ' ? '·' : c === '\t' ? '→' : '□')).join('');
  return visible + line.slice(indent.length).replace(/\r$/, '');
}

/** Text for a table cell: HTML-escaped, backslashes as entities (markdown would eat them), pipes escaped. */
const cell = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\\/g, '&#92;').replace(/`/g, '&#96;').replace(/\|/g, '\\|');

const zh = lint('zh-TW');
const en = lint('en');
const rows = [];
for (const file of files) {
  const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const what = lines[0].replace(/^#\s*/, '');
  const zhMessages = zh.get(file) ?? [];
  const enMessages = en.get(file) ?? [];
  if (zhMessages.length === 0) rows.push(`| ${path.basename(file, '.sop.yaml')}: ${cell(what)} | | (nothing reported) | (nothing reported) |`);
  zhMessages.forEach((finding, i) => {
    const other = enMessages[i];
    const input = `line ${finding.line}: <code>${cell(shownLine(lines[finding.line - 1] ?? ''))}</code>`;
    const at = `${finding.line}:${finding.column} ${finding.ruleId}`;
    rows.push(`| ${path.basename(file, '.sop.yaml')}: ${cell(what)} | ${input} | ${at} ${cell(finding.message)} | ${other ? cell(other.message) : '(missing)'} |`);
  });
}

const table = [
  `Made by \`node scripts/mistakes-table.mjs\`: \`sop lint --format json\` on each fixture, once per language.`,
  'Indentation shown as: · half-width space, □ full-width space (U+3000), → tab.',
  '',
  '| fixture: the mistake | input | message (zh-TW) | message (en) |',
  '|---|---|---|---|',
  ...rows,
  '',
].join('\n');

const outAt = process.argv.indexOf('-o');
if (outAt > 0) writeFileSync(process.argv[outAt + 1], table);
else process.stdout.write(table);
