// The fast path of the loader (fast-yaml.ts) must read exactly what parseDocument reads (data,
// node ranges, lines), and leave every file with a problem, or with what it does not follow, to
// parseDocument. Checked on every YAML file of the repository, on mutations of the examples (a
// line indented, unindented, commented, its colon or quote or bracket lost…) and on hostile text.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/loader/parse-yaml.js';
import { fastRead, slowRead } from '../helpers/yaml-paths.js';

const root = path.resolve(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

const files = [...yamlFiles(path.join(root, 'examples')), ...yamlFiles(path.join(root, 'test/fixtures'))];
const examples = yamlFiles(path.join(root, 'examples'));

const MUTATIONS: ((line: string) => string)[] = [
  () => '',
  (l) => ` ${l}`,
  (l) => l.replace(/^ /, ''),
  (l) => l.replace(': ', ':'),
  (l) => l.replace(/^(\s*)/, '$1\t'),
  (l) => `${l} # note`,
  (l) => `${l}#note`,
  (l) => l.replace('"', ''),
  (l) => l.replace(']', ''),
  (l) => l.replace(' ', '\u3000'),
  (l) => l.replace(': ', '： '),
  (l) => l.replace('- ', '-'),
  (l) => `${l}:`,
  (l) => l.replace(/(\w+)/, '&a $1'),
  (l) => l.replace(/: (.*)/, ': *a'),
  (l) => l.replace(/: (.*)/, ': !!str $1'),
  (l) => l.replace(', ', ','),
];

const HOSTILE = [
  'a: 1\na: 2\n',
  '1: x\n"1": y\n',
  '__proto__: {polluted: true}\nb: 1\n',
  'constructor: 1\ntoString: [a]\n',
  '<<: {a: 1}\n',
  'a: 1\n---\nb: 2\n',
  '%YAML 1.2\n---\na: 1\n',
  'a: 1\n...\n',
  'a:\n  - \n  -   # nothing\n  - ~\nb: # comment\nc: ""\n',
  'a: [1, 2, ]\nb: {x: , y: 0x1F, z: .inf, w: -.5e3}\nc: [a: b]\n',
  'a: [ # c\n  1 ]\n',
  '? a\n: b\n',
  'a:\n\t- 1\n',
  'a:\tb\n',
  'k: v #c\nl: w#c\n',
  'a: |\n  text\n  more\nb: >-\n  folded\n  line\n',
  'a: "\\x41\\u00e9\\N"\nb: \'it\'\'s\'\n',
  'a: {b: {c: {d: [[[1]]]}}}\n',
  `a: ${'['.repeat(100)}${']'.repeat(100)}\n`,
  'a: b: c\n',
  'a:\n  b: 1\n c: 2\n',
  '- a\n- b: 1\n  c: 2\n',
  'key\n',
  '',
  '# only a comment\n',
  'a: 1\n# trailing\n\n',
  '　indented: 1\n',
  'forms: {申請表：x}\n',
  'a: "x\ty"\nb: x\ty\n',
  `${'k'.repeat(1100)}: 1\n`,
  'a: "multi\n  line"\nb: plain\n  continued\n',
  'a:\n- 1\n- 2\n',
  '- [a, b]\n- {c: d}\n',
  'a: -\nb: - c\n',
  'a: 0o17\nb: +12\nc: 1_000\nd: 1e3\ne: .NaN\nf: TRUE\ng: Null\n',
  '1.0: a\ntrue: b\n~: c\n',
  'a: {b: [c, {d: e}], f: }\n',
];

function expectSame(text: string): boolean {
  const fast = fastRead(text);
  if (!fast) return false;
  const slow = slowRead(text);
  expect(slow, JSON.stringify(text)).toBeDefined();
  expect(fast.tree).toEqual(slow!.tree);
  expect(fast.data).toStrictEqual(slow!.data);
  expect(fast.lines).toEqual(slow!.lines);
  return true;
}

describe('the fast YAML path', () => {
  it('reads every bundled example itself', () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const file of examples) expect(expectSame(readFileSync(file, 'utf8')), file).toBe(true);
  });

  it('reads what parseDocument reads in every YAML file of the repository, or leaves the file to it', () => {
    let read = 0;
    for (const file of files) if (expectSame(readFileSync(file, 'utf8'))) read++;
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('agrees with parseDocument on mutated examples', () => {
    let taken = 0;
    let given = 0;
    for (const file of examples) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (i % 7 !== 0) return;
        for (const mutate of MUTATIONS) {
          const changed = [...lines];
          changed[i] = mutate(line);
          if (expectSame(changed.join('\n'))) taken++;
          else given++;
        }
      });
    }
    // Both paths are exercised: the fast one reads most mutations, the slow one the broken ones.
    expect(taken).toBeGreaterThan(0);
    expect(given).toBeGreaterThan(0);
  });

  it('agrees with parseDocument on Windows line ends, trailing spaces and blank lines', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const changed of [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '  \n'), text.replace(/\n/g, '\n\n')]) expectSame(changed);
    }
    expect(expectSame('a: x\r\nb: [1,\r\n 2]\r\n')).toBe(true);
  });

  it('agrees on hostile and unusual text, or leaves it to parseDocument', () => {
    const taken = HOSTILE.filter((text) => expectSame(text));
    expect(taken).toContain('a: 1\n# trailing\n\n');
    expect(taken).not.toContain('a: 1\na: 2\n');
  });

  it('keeps __proto__ a plain key', () => {
    const { data } = parseYamlText('__proto__: {polluted: true}\nb: 1\n');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data as object)).toEqual(['__proto__', 'b']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
