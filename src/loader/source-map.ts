// A map from every node path of a YAML document (e.g. ["steps", 3, "kind"]) to its source
// range, built once per file from the `yaml` package's node ranges and a LineCounter, so that
// rules can report a path and never compute positions themselves.

import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';

export type PathSegment = string | number;
export type NodePath = readonly PathSegment[];

/** 1-based line and column, end exclusive (like ESLint's). */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface Entry {
  /** Range of the key (for map entries) — where a finding about the entry points. */
  key?: SourceRange;
  /** Range of the value node. */
  value?: SourceRange;
  /** Whether the value is a collection (map or sequence). */
  collection: boolean;
}

export function pathKey(path: NodePath): string {
  return JSON.stringify(path);
}

export class SourceMap {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly lineCounter: LineCounter) {}

  /** Range for an offset pair [start, end). */
  rangeOf(start: number, end: number): SourceRange {
    const a = this.lineCounter.linePos(start);
    const b = this.lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  set(path: NodePath, entry: Entry): void {
    this.entries.set(pathKey(path), entry);
  }

  has(path: NodePath): boolean {
    return this.entries.has(pathKey(path));
  }

  /**
   * Where a finding about `path` points: the deepest existing node along the path. A scalar
   * points at its value; a collection at its key (or, for a sequence item such as a step, at
   * its first entry, normally `id: …`); a missing key at its parent.
   */
  resolve(path: NodePath): SourceRange {
    for (let n = path.length; n >= 0; n--) {
      const sub = path.slice(0, n);
      const entry = this.entries.get(pathKey(sub));
      if (!entry) continue;
      if (!entry.collection && entry.value) return entry.value;
      if (entry.key) return entry.key;
      if (entry.collection) {
        const first = this.firstChild(sub);
        if (first) return first;
      }
      if (entry.value) return entry.value;
    }
    return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  }

  /** Where a finding about a map key points: the key itself (falls back to resolve). */
  resolveKey(path: NodePath): SourceRange {
    const entry = this.entries.get(pathKey(path));
    return entry?.key ?? this.resolve(path);
  }

  /** The first entry of a map node (a step's `id: …` line), key through value. */
  private firstChild(path: NodePath): SourceRange | undefined {
    const idEntry = this.entries.get(pathKey([...path, 'id']));
    const entry = idEntry ?? this.entries.get(pathKey([...path, 0]));
    if (!entry) return undefined;
    const start = entry.key ?? entry.value;
    const end = entry.collection ? entry.key ?? entry.value : entry.value ?? entry.key;
    if (!start || !end) return undefined;
    return { line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn };
  }

  /** The line range [first, last] that the node at `path` spans, if known. */
  lineSpan(path: NodePath): [number, number] | undefined {
    const entry = this.entries.get(pathKey(path));
    if (!entry) return undefined;
    const first = entry.key ?? entry.value;
    const last = entry.value ?? entry.key;
    if (!first || !last) return undefined;
    const endLine = last.endColumn === 1 && last.endLine > first.line ? last.endLine - 1 : last.endLine;
    return [first.line, endLine];
  }
}

/** Walks a parsed document and records the range of every node path. */
export function buildSourceMap(doc: Document, lineCounter: LineCounter): SourceMap {
  const map = new SourceMap(lineCounter);
  const rangeOfNode = (node: Node | null | undefined): SourceRange | undefined => {
    if (!node || !node.range) return undefined;
    return map.rangeOf(node.range[0], node.range[1]);
  };
  const visit = (node: unknown, path: PathSegment[], keyRange?: SourceRange): void => {
    const value = node as Node | null | undefined;
    const collection = isMap(value) || isSeq(value);
    map.set(path, { key: keyRange, value: rangeOfNode(value), collection });
    if (isMap(value)) {
      for (const item of value.items) {
        if (!isPair(item)) continue;
        const keyNode = item.key as Node | null;
        const keyValue = isScalar(keyNode) ? keyNode.value : keyNode;
        visit(item.value, [...path, String(keyValue)], rangeOfNode(keyNode));
      }
    } else if (isSeq(value)) {
      value.items.forEach((item, index) => visit(item, [...path, index]));
    }
  };
  visit(doc.contents, []);
  return map;
}
