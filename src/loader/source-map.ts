// From node paths of a YAML document (e.g. ["steps", 3, "kind"]) to source ranges, using the
// `yaml` package's node ranges and a LineCounter, so that rules can report a path and never
// compute positions themselves. Only findings need positions, so lookups walk the tree on demand;
// but the tree kept is a compact index of the document (node-index.ts: a few arrays of numbers
// per file instead of thousands of node objects), so that a run holding many files keeps little.

import type { Document, LineCounter } from 'yaml';
import { KIND_MAP, KIND_SEQ, NO_NODE, NodeIndex } from './node-index.js';

export type PathSegment = string | number;
export type NodePath = readonly PathSegment[];

/** 1-based line and column, end exclusive (like ESLint's). */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const FILE_START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

interface Located {
  /** The key node, when the path's last segment is a map key (NO_NODE otherwise). */
  key: number;
  /** The value node (NO_NODE for `key:` with no value). */
  value: number;
}

export class SourceMap {
  private readonly index: NodeIndex | undefined;

  constructor(
    private readonly lineCounter: LineCounter,
    doc?: Document | NodeIndex,
  ) {
    this.index = doc instanceof NodeIndex ? doc : doc && doc.contents !== undefined ? new NodeIndex(doc.contents) : undefined;
  }

  /** Range for an offset pair [start, end). */
  rangeOf(start: number, end: number): SourceRange {
    const a = this.lineCounter.linePos(start);
    const b = this.lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  private rangeOfNode(node: number): SourceRange | undefined {
    const range = this.index?.range(node);
    return range ? this.rangeOf(range[0], range[1]) : undefined;
  }

  /** The nodes at `path`, or undefined when the path does not exist. */
  private locate(path: NodePath): Located | undefined {
    const index = this.index;
    if (!index) return undefined;
    let current = index.root;
    let key = NO_NODE;
    for (const segment of path) {
      const kind = index.kind(current);
      if (kind === KIND_MAP) {
        const pair = index.pairNamed(current, String(segment));
        if (pair < 0) return undefined;
        key = index.pairKey(pair);
        current = index.pairValue(pair);
      } else if (kind === KIND_SEQ && typeof segment === 'number') {
        key = NO_NODE;
        const item = index.item(current, segment);
        if (item === undefined) return undefined;
        current = item;
      } else {
        return undefined;
      }
    }
    return { key, value: current };
  }

  /** Whether the document has a node at `path`. */
  has(path: NodePath): boolean {
    return this.locate(path) !== undefined;
  }

  /**
   * Where a finding about `path` points: the deepest existing node along the path. A scalar
   * points at its value; a collection at its key (or, for a sequence item such as a step, at
   * its `id: …` entry or first entry); a missing key at its parent.
   */
  resolve(path: NodePath): SourceRange {
    const index = this.index!;
    for (let n = path.length; n >= 0; n--) {
      const found = this.locate(path.slice(0, n));
      if (!found) continue;
      const { key, value } = found;
      const kind = index.kind(value);
      const collection = kind === KIND_MAP || kind === KIND_SEQ;
      if (!collection && value !== NO_NODE) return this.rangeOfNode(value) ?? FILE_START;
      if (key !== NO_NODE) return this.rangeOfNode(key) ?? FILE_START;
      if (kind === KIND_MAP) {
        const pair = index.pairNamed(value, 'id') >= 0 ? index.pairNamed(value, 'id') : index.firstPair(value);
        if (pair >= 0) {
          const start = this.rangeOfNode(index.pairKey(pair));
          const pairValue = index.pairValue(pair);
          const valueKind = index.kind(pairValue);
          const end = valueKind === KIND_MAP || valueKind === KIND_SEQ ? start : (this.rangeOfNode(pairValue) ?? start);
          if (start && end) return { line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn };
        }
      }
      const firstItem = kind === KIND_SEQ ? index.item(value, 0) : undefined;
      if (firstItem !== undefined && firstItem !== NO_NODE) {
        const first = this.rangeOfNode(firstItem);
        if (first) return { line: first.line, column: first.column, endLine: first.line, endColumn: first.column + 1 };
      }
      return this.rangeOfNode(value) ?? FILE_START;
    }
    return FILE_START;
  }

  /** Where a finding about a map key points: the key itself (falls back to resolve). */
  resolveKey(path: NodePath): SourceRange {
    const found = this.locate(path);
    return (found ? this.rangeOfNode(found.key) : undefined) ?? this.resolve(path);
  }

  /** The line range [first, last] that the node at `path` spans (with its key), if known. */
  lineSpan(path: NodePath): [number, number] | undefined {
    const found = this.locate(path);
    if (!found) return undefined;
    const first = this.rangeOfNode(found.key !== NO_NODE ? found.key : found.value);
    const last = this.rangeOfNode(found.value !== NO_NODE ? found.value : found.key);
    if (!first || !last) return undefined;
    const endLine = last.endColumn === 1 && last.endLine > first.line ? last.endLine - 1 : last.endLine;
    return [first.line, endLine];
  }
}

export function buildSourceMap(doc: Document, lineCounter: LineCounter): SourceMap {
  return new SourceMap(lineCounter, doc);
}

/** A stable string key for a path (for maps keyed by path). */
export function pathKey(path: NodePath): string {
  return JSON.stringify(path);
}
