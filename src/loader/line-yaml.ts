// The fastest path of parse-yaml.ts, before fast-yaml.ts: a file of the plainest block YAML (what
// `sop new` and most clerks write) read line by line into plain data and the node index, without
// the `yaml` package's lexer and CST, which cost most of a file's parse.
//
// It reads only this shape: block mappings and sequences indented with spaces, one entry per line;
// keys of plain words; values that are plain scalars, quoted scalars without escapes, or flow
// collections of such scalars, each on its own line; empty lines, and comment lines lined up with
// the entry after them. Anything else (comments after a value, trailing spaces, tabs, anchors, tags,
// block scalars, nested flow collections, multi-line scalars, keys in quotes, document markers, odd
// characters…) gives up, and fast-yaml.ts reads the file as before. Plain
// scalars are typed by the schema's own tags (fast-yaml.ts typedPlain) and pairs checked as the
// composer checks them (addPair), with the same node ranges, so that data and every finding's
// line:column are those of parseDocument (test/loader/line-yaml.test.ts compares them).

import { LineCounter } from 'yaml';
import { addPair, typedPlain, type Composed, type FastParsed } from './fast-yaml.js';
import { KIND_MAP, KIND_OTHER, KIND_SEQ, NodeIndex } from './node-index.js';

const GIVE_UP = new Error('line YAML path gives up');
function giveUp(): never {
  throw GIVE_UP;
}

/** Deeper than this, the other paths take over (as fast-yaml.ts does). */
const MAX_DEPTH = 64;

/** Characters this path does not read anywhere: tabs, carriage returns, other controls, a BOM, other line breaks. */
const UNREAD = /[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;
/** A plain key: no space, no indicator, no quote (a key is what precedes the first `: `). */
const PLAIN_KEY = /^[^\s:,[\]{}#&*!|>'"%@`?-][^\s:,[\]{}#]*$/;
/** Characters that cannot start a plain scalar here (indicators, quotes, flow brackets). */
const NOT_PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** A plain scalar in a flow collection: none of the flow indicators either. */
const FLOW_PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s][^,[\]{}:#]*$/;

class LineReader {
  /** Offset of each line's first character, and of the end of the text after the last. */
  private readonly starts: number[] = [];
  /** Each line's end (its newline, or the end of the text). */
  private readonly ends: number[] = [];
  /** Each line's indentation in spaces. */
  private readonly indents: number[] = [];

  constructor(
    private readonly text: string,
    private readonly index: NodeIndex,
    lineCounter: LineCounter,
  ) {
    let start = 0;
    lineCounter.addNewLine(0);
    // Indentation of the comment lines since the last content line: each must line up with the next
    // content line (then the parser gives it to the entry that follows, and no node's range holds it).
    let comments: number[] = [];
    let hash = text.indexOf(' #');
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end < text.length) lineCounter.addNewLine(end + 1);
      let indent = start;
      while (text.charCodeAt(indent) === 32) indent++;
      // Lines of spaces only, and lines with trailing spaces, are left to the other paths.
      if (text.charCodeAt(end - 1) === 32) giveUp();
      if (text.charCodeAt(indent) === 35 /* # */) comments.push(indent - start);
      else if (indent < end) {
        // A comment after a value, a document marker: left to the other paths.
        while (hash >= 0 && hash < indent) hash = text.indexOf(' #', hash + 1);
        if (hash >= 0 && hash < end) giveUp();
        if (indent === start && (text.startsWith('---', start) || text.startsWith('...', start))) giveUp();
        if (comments.some((column) => column !== indent - start)) giveUp();
        comments = [];
        this.starts.push(start);
        this.ends.push(end);
        this.indents.push(indent - start);
      }
      start = end + 1;
    }
    // Comments after the last entry: at the margin they are the document's.
    if (comments.some((column) => column !== 0)) giveUp();
  }

  get lineCount(): number {
    return this.ends.length;
  }

  /** Where the line after `line` starts: the end of a value on `line`, with its newline. */
  private after(line: number): number {
    return Math.min(this.ends[line]! + 1, this.text.length);
  }

  /** The root: a block mapping or sequence at column 0 of the first line. */
  root(): Composed {
    if (this.lineCount === 0 || this.indents[0] !== 0 || this.text.startsWith('%', this.starts[0])) giveUp();
    const [node, next] = this.block(0, 0, 0);
    if (next !== this.lineCount) giveUp();
    return node;
  }

  /** A block collection whose first entry starts at `column` of `line`: a sequence when it starts with `- `. */
  private block(line: number, column: number, depth: number): [Composed, number] {
    if (depth > MAX_DEPTH) giveUp();
    const at = this.starts[line]! + column;
    return this.text.startsWith('- ', at) ? this.sequence(line, column, depth) : this.mapping(line, column, depth);
  }

  /** The next line of a collection at `column`: its index, or -1 when the collection ends there (a line less indented, or none). */
  private nextEntry(line: number, column: number): number {
    if (line >= this.lineCount || this.indents[line]! < column) return -1;
    if (this.indents[line]! > column) giveUp();
    return line;
  }

  private mapping(line: number, column: number, depth: number): [Composed, number] {
    const map: Record<string, unknown> = {};
    const keys: unknown[] = [];
    const pairs: (string | number)[] = [];
    const start = this.starts[line]! + column;
    let end = start;
    for (let at = line; at >= 0; at = this.nextEntry(line, column)) {
      const keyStart = this.starts[at]! + column;
      const lineEnd = this.ends[at]!;
      const colon = this.text.indexOf(':', keyStart);
      if (colon < 0 || colon >= lineEnd) giveUp();
      const keyText = this.text.slice(keyStart, colon);
      // An implicit key is at most 1024 characters long (the composer reports a longer one).
      if (!PLAIN_KEY.test(keyText) || keyStart < colon - 1024) giveUp();
      const key = this.scalarNode(typedPlain(keyText, true), keyStart, colon, colon);
      let value: Composed;
      if (colon + 1 === lineEnd) {
        // `key:` and the value on the lines below, or nothing (null).
        const below = at + 1;
        if (below < this.lineCount && this.indents[below]! > column) {
          [value, line] = this.block(below, this.indents[below]!, depth + 1);
        } else {
          if (below < this.lineCount && this.indents[below] === column && this.text.startsWith('-', this.starts[below]! + column)) giveUp();
          value = this.scalarNode(null, colon + 1, colon + 1, colon + 1);
          line = below;
        }
      } else {
        if (this.text.charCodeAt(colon + 1) !== 32) giveUp();
        let valueStart = colon + 2;
        while (this.text.charCodeAt(valueStart) === 32) valueStart++;
        value = this.inline(valueStart, lineEnd, this.after(at));
        line = at + 1;
      }
      end = value.end;
      addPair(key, value, map, keys, pairs);
    }
    const node = this.index.addNode(KIND_MAP, start, end, this.index.addPairs(pairs), pairs.length / 3);
    return [{ node, kind: KIND_MAP, value: map, start, valueEnd: end, end }, line];
  }

  private sequence(line: number, column: number, depth: number): [Composed, number] {
    const list: unknown[] = [];
    const items: number[] = [];
    const start = this.starts[line]! + column;
    let end = start;
    for (let at = line; at >= 0; at = this.nextEntry(line, column)) {
      const dash = this.starts[at]! + column;
      if (!this.text.startsWith('- ', dash)) giveUp();
      let itemStart = dash + 2;
      while (this.text.charCodeAt(itemStart) === 32) itemStart++;
      const lineEnd = this.ends[at]!;
      let item: Composed;
      if (this.isKeyLine(itemStart, lineEnd)) {
        // `- key: value`: a mapping whose keys line up with this first one.
        [item, line] = this.mapping(at, itemStart - this.starts[at]!, depth + 1);
      } else {
        item = this.inline(itemStart, lineEnd, this.after(at));
        line = at + 1;
      }
      end = item.end;
      list.push(item.value);
      items.push(item.node);
    }
    const node = this.index.addNode(KIND_SEQ, start, end, this.index.addItems(items), items.length);
    return [{ node, kind: KIND_SEQ, value: list, start, valueEnd: end, end }, line];
  }

  /** Whether the text from `from` to the line's end is a `key: …` or `key:` (not a quoted or flow scalar). */
  private isKeyLine(from: number, lineEnd: number): boolean {
    const first = this.text[from];
    if (first === '"' || first === "'" || first === '[' || first === '{' || first === '-') return false;
    const colon = this.text.indexOf(':', from);
    return colon >= 0 && colon < lineEnd && (colon + 1 === lineEnd || this.text.charCodeAt(colon + 1) === 32);
  }

  /** A value on one line, from `from` to `lineEnd`: a quoted or plain scalar, or a flow collection. */
  private inline(from: number, lineEnd: number, end: number): Composed {
    const first = this.text[from];
    if (first === '"' || first === "'") {
      const close = this.text.indexOf(first, from + 1);
      if (close !== lineEnd - 1) giveUp();
      const inner = this.text.slice(from + 1, close);
      if (first === '"' && inner.includes('\\')) giveUp();
      return this.scalarNode(inner, from, lineEnd, end);
    }
    if (first === '[' || first === '{') return this.flowCollection(from, lineEnd, end);
    const source = this.text.slice(from, lineEnd);
    if (NOT_PLAIN_START.test(source) || source.includes(': ') || source.endsWith(':')) giveUp();
    return this.scalarNode(typedPlain(source, false), from, lineEnd, end);
  }

  /** `[a, b, "c"]` or `{a: b, c: "d"}` on one line, of plain or quoted scalars without escapes; `[]`, `{}`. */
  private flowCollection(from: number, lineEnd: number, end: number): Composed {
    const isMap = this.text[from] === '{';
    if (this.text[lineEnd - 1] !== (isMap ? '}' : ']')) giveUp();
    const map: Record<string, unknown> = {};
    const keys: unknown[] = [];
    const pairs: (string | number)[] = [];
    const list: unknown[] = [];
    const items: number[] = [];
    const inner = this.text.slice(from + 1, lineEnd - 1);
    if (!/^ *$/.test(inner)) {
      let offset = from + 1;
      for (const part of inner.split(',')) {
        const partStart = offset;
        offset += part.length + 1;
        if (!isMap) {
          const item = this.flowScalar(part, partStart, false);
          list.push(item.value);
          items.push(item.node);
          continue;
        }
        const colon = part.indexOf(': ');
        if (colon < 0) giveUp();
        const key = this.flowScalar(part.slice(0, colon), partStart, true);
        const value = this.flowScalar(part.slice(colon + 1), partStart + colon + 1, false);
        addPair(key, value, map, keys, pairs);
      }
    }
    const node = isMap
      ? this.index.addNode(KIND_MAP, from, lineEnd, this.index.addPairs(pairs), pairs.length / 3)
      : this.index.addNode(KIND_SEQ, from, lineEnd, this.index.addItems(items), items.length);
    return { node, kind: isMap ? KIND_MAP : KIND_SEQ, value: isMap ? map : list, start: from, valueEnd: lineEnd, end };
  }

  /** A scalar between the commas (and colon) of a flow collection, `part` starting at `offset`: spaces around it, plain or quoted without escapes. */
  private flowScalar(part: string, offset: number, atKey: boolean): Composed {
    // Spaces only: String.prototype.trim would take full-width spaces too, which YAML keeps.
    const lead = /^ */.exec(part)![0].length;
    const source = part.slice(lead).replace(/ +$/, '');
    const start = offset + lead;
    let value: unknown;
    if (!atKey && (source.startsWith('"') || source.startsWith("'"))) {
      const body = source.slice(1, -1);
      if (source.length < 2 || !source.endsWith(source[0]!) || body.includes(source[0]!) || body.includes('\\')) giveUp();
      value = body;
    } else {
      if (!FLOW_PLAIN.test(source) || (atKey && source.length > 1000)) giveUp();
      value = typedPlain(source, atKey);
    }
    return this.scalarNode(value, start, start + source.length, start + source.length);
  }

  private scalarNode(value: unknown, start: number, valueEnd: number, end: number): Composed {
    return { node: this.index.addNode(KIND_OTHER, start, valueEnd), kind: KIND_OTHER, value, start, valueEnd, end };
  }
}

/** Plain data and node index of `text` when it has the plainest shape (see above); else undefined. */
export function parseLines(text: string): FastParsed | undefined {
  if (UNREAD.test(text)) return undefined;
  const lineCounter = new LineCounter();
  try {
    let root: Composed | undefined;
    const index = new NodeIndex(undefined, (built) => (root = new LineReader(text, built, lineCounter).root()).node);
    return { data: root!.value, index, lineCounter };
  } catch {
    // Given up (here or by the schema's tags): fast-yaml.ts reads the file.
    return undefined;
  }
}
