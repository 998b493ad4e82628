// From node paths of a YAML document (e.g. ["steps", 3, "kind"]) to source ranges, using the
// `yaml` package's node ranges and a LineCounter, so that rules can report a path and never
// compute positions themselves. Lookups walk the parsed document on demand: only findings
// need positions, so nothing is computed for the (many) nodes that have none.

import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node, type Pair } from 'yaml';

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
  /** The key node, when the path's last segment is a map key. */
  key?: Node;
  /** The value node (may be missing for `key:` with no value). */
  value?: Node;
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key as Node | null;
  if (isScalar(key)) return String(key.value);
  return key === null ? undefined : String(key);
}

export class SourceMap {
  constructor(
    private readonly lineCounter: LineCounter,
    private readonly doc?: Document,
  ) {}

  /** Range for an offset pair [start, end). */
  rangeOf(start: number, end: number): SourceRange {
    const a = this.lineCounter.linePos(start);
    const b = this.lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  private rangeOfNode(node: Node | undefined): SourceRange | undefined {
    return node?.range ? this.rangeOf(node.range[0], node.range[1]) : undefined;
  }

  /** The nodes at `path`, or undefined when the path does not exist. */
  private locate(path: NodePath): Located | undefined {
    let current = this.doc?.contents as Node | null | undefined;
    if (current === undefined) return undefined;
    let key: Node | undefined;
    for (const segment of path) {
      if (isMap(current)) {
        const pair = current.items.find((item) => isPair(item) && keyText(item) === String(segment));
        if (!pair) return undefined;
        key = (pair.key as Node | null) ?? undefined;
        current = pair.value as Node | null;
      } else if (isSeq(current) && typeof segment === 'number') {
        key = undefined;
        current = current.items[segment] as Node | null | undefined;
        if (current === undefined) return undefined;
      } else {
        return undefined;
      }
    }
    return { key, value: current ?? undefined };
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
    for (let n = path.length; n >= 0; n--) {
      const sub = path.slice(0, n);
      const found = this.locate(sub);
      if (!found) continue;
      const { key, value } = found;
      const collection = isMap(value) || isSeq(value);
      if (!collection && value) return this.rangeOfNode(value) ?? FILE_START;
      if (key) return this.rangeOfNode(key) ?? FILE_START;
      if (isMap(value)) {
        const pair = (value.items.find((item) => isPair(item) && keyText(item) === 'id') ?? value.items[0]) as Pair | undefined;
        if (pair) {
          const start = this.rangeOfNode((pair.key as Node | null) ?? undefined);
          const end = isMap(pair.value) || isSeq(pair.value) ? start : this.rangeOfNode((pair.value as Node | null) ?? undefined) ?? start;
          if (start && end) return { line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn };
        }
      }
      if (isSeq(value) && value.items[0]) {
        const first = this.rangeOfNode(value.items[0] as Node);
        if (first) return { line: first.line, column: first.column, endLine: first.line, endColumn: first.column + 1 };
      }
      return this.rangeOfNode(value) ?? FILE_START;
    }
    return FILE_START;
  }

  /** Where a finding about a map key points: the key itself (falls back to resolve). */
  resolveKey(path: NodePath): SourceRange {
    return this.rangeOfNode(this.locate(path)?.key) ?? this.resolve(path);
  }

  /** The line range [first, last] that the node at `path` spans (with its key), if known. */
  lineSpan(path: NodePath): [number, number] | undefined {
    const found = this.locate(path);
    if (!found) return undefined;
    const first = this.rangeOfNode(found.key ?? found.value);
    const last = this.rangeOfNode(found.value ?? found.key);
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
