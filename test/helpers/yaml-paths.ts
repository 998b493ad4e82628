// The ways of reading a YAML file (line-yaml.ts, fast-yaml.ts, and parseDocument as parse-yaml.ts
// did before them), side by side: what each reads, as plain data and as the node index's tree of kinds and
// ranges, for tests that hold the fast path to the slow one.

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { parseFast } from '../../src/loader/fast-yaml.js';
import { parseLines } from '../../src/loader/line-yaml.js';
import { NO_NODE, NodeIndex } from '../../src/loader/node-index.js';
import { diagnoseSyntax, PARSE_OPTIONS } from '../../src/loader/syntax-diagnosis.js';

interface IndexFields {
  nodes: number[];
  keys: unknown[];
  pairNodes: number[];
  items: number[];
}

/** The tree under a node of the index: kinds, ranges, keys and children, whatever their numbering. */
export function indexTree(index: NodeIndex, node = index.root): unknown {
  if (node === NO_NODE) return null;
  const { nodes, keys, pairNodes, items } = index as unknown as IndexFields;
  const [kind, start, end, first, count] = nodes.slice(node * 5, node * 5 + 5);
  const children: unknown[] = [];
  for (let i = first!; i < first! + count!; i++) {
    if (kind === 1) children.push([keys[i], indexTree(index, pairNodes[i * 2]!), indexTree(index, pairNodes[i * 2 + 1]!)]);
    else if (kind === 2) children.push(indexTree(index, items[i]!));
  }
  return { kind, start, end, children };
}

/** What the slow path reads of a file without problems; undefined when it has some. */
export function slowRead(text: string): { data: unknown; tree: unknown; lines: number[] } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, ...PARSE_OPTIONS });
  if (doc.errors.length > 0 || doc.contents === null) return undefined;
  if (diagnoseSyntax({ text, doc, lineCounter }).mistakes.length > 0) return undefined;
  return { data: doc.toJS({ maxAliasCount: 100 }), tree: indexTree(new NodeIndex(doc.contents)), lines: lineCounter.lineStarts };
}

/** What the fast path reads, in the same terms; undefined when it leaves the file to the slow path. */
export function fastRead(text: string): { data: unknown; tree: unknown; lines: number[] } | undefined {
  const fast = parseFast(text);
  return fast && { data: fast.data, tree: indexTree(fast.index), lines: fast.lineCounter.lineStarts };
}

/** What the line path reads, in the same terms; undefined when it leaves the file to the others. */
export function lineRead(text: string): { data: unknown; tree: unknown; lines: number[] } | undefined {
  const read = parseLines(text);
  return read && { data: read.data, tree: indexTree(read.index), lines: read.lineCounter.lineStarts };
}

type Read = { data: unknown; tree: unknown; lines: number[] } | undefined;

/** Whether `read` (a fast path) reads `text`; when it does, it must read what parseDocument reads. */
export function expectSameAsSlow(read: (text: string) => Read, text: string): boolean {
  const fast = read(text);
  if (!fast) return false;
  const slow = slowRead(text);
  expect(slow, JSON.stringify(text)).toBeDefined();
  expect(fast.tree, JSON.stringify(text)).toEqual(slow!.tree);
  expect(fast.data, JSON.stringify(text)).toStrictEqual(slow!.data);
  expect(fast.lines, JSON.stringify(text)).toEqual(slow!.lines);
  return true;
}

/** Every *.yaml / *.yml file under `dir`. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

const root = path.resolve(import.meta.dirname, '../..');
/** The repository's YAML files the fast paths are held to: the examples and every fixture. */
export const REPO_YAML = { all: [...yamlFiles(path.join(root, 'examples')), ...yamlFiles(path.join(root, 'test/fixtures'))], examples: yamlFiles(path.join(root, 'examples')), root };
