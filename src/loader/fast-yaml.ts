// The fast path of parse-yaml.ts: an SOP file that the `yaml` package reads without a single
// error or warning-worthy oddity is read from the package's CST (its `Parser`) straight into plain
// data and the source map's node index, without the Document API's node objects and their
// conversion to data (`toJS`), which cost as much as the parse itself.
//
// It follows the package's composer (yaml/dist/compose/*: resolveProps, resolveBlockMap,
// resolveBlockSeq, resolveFlowCollection, composeScalar) step by step, with the package's own
// scalar functions (CST.resolveAsScalar) and the schema's own tags, so that data and node ranges,
// and with them every finding's line:column, are the same. Wherever the composer would report an
// error, and wherever a file uses what the fast path does not handle (anchors, aliases, tags,
// explicit keys, directives, several documents, tabs in indentation, duplicate or odd keys), it
// gives up and the caller parses the file with parseDocument: problems are always explained by
// the slow path, which stays the reference (test/loader/fast-yaml.test.ts compares the two).

import { CST, isScalar, LineCounter, Parser, parseDocument } from 'yaml';
import { KIND_MAP, KIND_OTHER, KIND_SEQ, NodeIndex } from './node-index.js';
import { oddKey, PARSE_OPTIONS } from './syntax-diagnosis.js';

type Token = CST.Token;
type SourceToken = CST.SourceToken;

/** What the slow path would read of a file: plain data and the node index, with the line counter. */
export interface FastParsed {
  data: unknown;
  index: NodeIndex;
  lineCounter: LineCounter;
}

/** A composed node: its index entry, its plain value, and its range [start, valueEnd, end] as the composer's. */
export interface Composed {
  node: number;
  kind: number;
  value: unknown;
  start: number;
  valueEnd: number;
  end: number;
}

/** What resolveProps finds in a run of source tokens (the fast path allows no anchors or tags). */
interface Props {
  found: SourceToken | null;
  comma: boolean;
  comment: boolean;
  hasNewline: boolean;
  end: number;
}

/** Thrown where the composer would report an error or the fast path does not follow: parse slowly. */
const GIVE_UP = new Error('fast YAML path gives up');
function giveUp(): never {
  throw GIVE_UP;
}

/** Deeper than this, the slow path (and its stack-overflow report) takes over. */
const MAX_DEPTH = 64;

/** The schema and options of a document parsed with PARSE_OPTIONS: the tags that type plain scalars. */
const reference = parseDocument('', PARSE_OPTIONS);
interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
}
/** A schema with compatibility tags (YAML 1.1) warns about ambiguous scalars: the fast path would not. */
const usable = !reference.schema.compat;
const scalarTags = (reference.schema.tags as unknown as ScalarTag[]).filter((tag) => tag.test !== undefined);

const isFlowScalar = (token: Token | null | undefined): token is CST.FlowScalar =>
  token?.type === 'scalar' || token?.type === 'single-quoted-scalar' || token?.type === 'double-quoted-scalar';
const isBlock = (token: Token | null | undefined): boolean => token?.type === 'block-map' || token?.type === 'block-seq';

/** resolveProps without anchors, tags or tabs in block indentation: gives up where it would report an error. */
function props(tokens: readonly SourceToken[], indicator: string, flow: boolean, startOnNewline: boolean, offset: number): Props {
  let hasSpace = startOnNewline;
  let comment = false;
  let hasNewline = false;
  let comma = false;
  let found: SourceToken | null = null;
  for (const token of tokens) {
    if (token.type === 'space') {
      if (!flow && token.source.includes('\t')) giveUp();
      hasSpace = true;
    } else if (token.type === 'comment') {
      if (!hasSpace) giveUp();
      comment = true;
    } else if (token.type === 'newline') {
      hasNewline = true;
      hasSpace = true;
    } else if (token.type === indicator) {
      if (found) giveUp();
      found = token;
      hasSpace = false;
    } else if (token.type === 'comma' && flow && !comma) {
      comma = true;
      hasSpace = false;
    } else giveUp();
  }
  const last = tokens[tokens.length - 1];
  return { found, comma, comment, hasNewline, end: last ? last.offset + last.source.length : offset };
}

/** resolveEnd: the offset after the space, comments and newlines that follow a node. */
function skipEnd(end: readonly SourceToken[] | undefined, offset: number, strict: boolean): number {
  let hasSpace = false;
  for (const token of end ?? []) {
    if (token.type === 'comment') {
      if (strict && !hasSpace) giveUp();
    } else if (token.type === 'space' || token.type === 'newline') hasSpace = true;
    else giveUp();
    offset += token.source.length;
  }
  return offset;
}

/** emptyScalarPosition: where an empty value sits, after the space that precedes it. */
function emptyPosition(offset: number, before: readonly SourceToken[] | undefined): number {
  if (!before) return offset;
  for (let i = before.length - 1; i >= 0; --i) {
    const type = before[i]!.type;
    if (type === 'space' || type === 'comment' || type === 'newline') {
      offset -= before[i]!.source.length;
      continue;
    }
    for (let j = i + 1; before[j]?.type === 'space'; j++) offset += before[j]!.source.length;
    break;
  }
  return offset;
}

/** containsNewline for the keys the fast path allows (flow scalars). */
function keyHasNewline(key: CST.FlowScalar): boolean {
  return key.source.includes('\n') || (key.end ?? []).some((token) => token.type === 'newline');
}

/**
 * addPairToJSMap for a scalar key of a plain object (`<<` gives up: no merge keys in the core
 * schema, but no guessing either). It defines a key already `in` the object; with duplicate keys
 * given up, only `__proto__` (a setter on Object.prototype) differs from plain assignment.
 */
function setKey(map: Record<string, unknown>, key: unknown, value: unknown): void {
  const name = key === null ? '' : String(key);
  if (name === '<<') giveUp();
  if (name === '__proto__') Object.defineProperty(map, name, { value, writable: true, enumerable: true, configurable: true });
  else map[name] = value;
}

/** A plain scalar's value as the schema types it (a key: as a key); gives up where the schema would report an error. */
export function typedPlain(source: string, atKey: boolean): unknown {
  const tag = scalarTags.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test!.test(source));
  if (!tag) return source;
  const typed = tag.resolve(source, giveUp, reference.options);
  return isScalar(typed) ? typed.value : typed;
}

/** A key and its value: the checks every mapping makes on a pair, then the pair added to the map and to `pairs` (NodeIndex.addPairs). */
export function addPair(key: Composed, value: Composed, map: Record<string, unknown>, keys: unknown[], pairs: (string | number)[]): void {
  if (keys.includes(key.value)) giveUp();
  keys.push(key.value);
  const noValue = value.kind === KIND_OTHER && value.value === null && value.start === value.valueEnd;
  if (typeof key.value === 'string' && oddKey(key.value, noValue)) giveUp();
  setKey(map, key.value, value.value);
  pairs.push(String(key.value), key.node, value.node);
}

class FastComposer {
  constructor(private readonly index: NodeIndex) {}

  /** composeScalar without a tag: a plain scalar typed by the schema's tags, others strings. */
  scalar(token: CST.FlowScalar | CST.BlockScalar, atKey: boolean): Composed {
    const resolved = CST.resolveAsScalar(token, true, giveUp)!;
    const value = token.type === 'scalar' ? typedPlain(resolved.value, atKey) : resolved.value;
    const [start, valueEnd, end] = resolved.range;
    return { node: this.index.addNode(KIND_OTHER, start, valueEnd), kind: KIND_OTHER, value, start, valueEnd, end };
  }

  /** composeEmptyNode: the null of `key:` or `-` with nothing after it. */
  empty(offset: number, before: readonly SourceToken[] | undefined, found: Props): Composed {
    const empty = this.scalar({ type: 'scalar', offset: emptyPosition(offset, before), indent: -1, source: '' }, false);
    if (found.comment) empty.end = found.end;
    return empty;
  }

  node(token: Token, depth: number): Composed {
    if (depth > MAX_DEPTH) giveUp();
    switch (token.type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return this.scalar(token, false);
      case 'block-map':
        return this.blockMap(token, depth);
      case 'block-seq':
        return this.blockSeq(token, depth);
      case 'flow-collection':
        return this.flow(token, depth);
      default:
        return giveUp();
    }
  }

  blockMap(bm: CST.BlockMap, depth: number): Composed {
    const map: Record<string, unknown> = {};
    const keys: unknown[] = [];
    const pairs: (string | number)[] = [];
    let offset = bm.offset;
    let commentEnd: number | null = null;
    for (const { start, key, sep, value } of bm.items) {
      const keyProps = props(start, 'explicit-key-ind', false, true, offset);
      if (keyProps.found) giveUp();
      if (!sep) {
        if (key) giveUp();
        commentEnd = keyProps.end;
        continue;
      }
      if (!isFlowScalar(key) || key.indent !== bm.indent || keyHasNewline(key)) giveUp();
      const keyNode = this.scalar(key, true);
      const valueProps = props(sep, 'map-value-ind', false, false, keyNode.end);
      offset = valueProps.end;
      if (!valueProps.found || (value?.type === 'block-map' && !valueProps.hasNewline)) giveUp();
      if (keyProps.end < valueProps.found.offset - 1024) giveUp();
      const valueNode = value ? this.node(value, depth + 1) : this.empty(offset, sep, valueProps);
      offset = valueNode.end;
      addPair(keyNode, valueNode, map, keys, pairs);
    }
    if (commentEnd && commentEnd < offset) giveUp();
    const node = this.index.addNode(KIND_MAP, bm.offset, offset, this.index.addPairs(pairs), pairs.length / 3);
    return { node, kind: KIND_MAP, value: map, start: bm.offset, valueEnd: offset, end: commentEnd ?? offset };
  }

  blockSeq(bs: CST.BlockSequence, depth: number): Composed {
    const list: unknown[] = [];
    const items: number[] = [];
    let offset = bs.offset;
    let commentEnd: number | null = null;
    for (const { start, value } of bs.items) {
      const found = props(start, 'seq-item-ind', false, true, offset);
      if (!found.found) {
        if (value) giveUp();
        commentEnd = found.end;
        continue;
      }
      const item = value ? this.node(value, depth + 1) : this.empty(found.end, start, found);
      offset = item.end;
      list.push(item.value);
      items.push(item.node);
    }
    const node = this.index.addNode(KIND_SEQ, bs.offset, offset, this.index.addItems(items), items.length);
    return { node, kind: KIND_SEQ, value: list, start: bs.offset, valueEnd: offset, end: commentEnd ?? offset };
  }

  flow(fc: CST.FlowCollection, depth: number): Composed {
    const isMap = fc.start.source === '{';
    const map: Record<string, unknown> = {};
    const keys: unknown[] = [];
    const pairs: (string | number)[] = [];
    const list: unknown[] = [];
    const items: number[] = [];
    let offset = fc.offset + fc.start.source.length;
    fc.items.forEach(({ start, key, sep, value }, i) => {
      const found = props(start, 'explicit-key-ind', true, false, offset);
      if (found.found || (key && !sep)) giveUp();
      if (!sep && !value) {
        // A trailing comma: `[a, b, ]`.
        if (i === 0 || i < fc.items.length - 1) giveUp();
        offset = found.end;
        return;
      }
      if (i === 0 ? found.comma : !found.comma) giveUp();
      if (!isMap) {
        // A pair in a flow sequence (`[a: b]`) makes a map of its own: not followed.
        if (sep || !value || isBlock(value)) giveUp();
        const item = this.node(value, depth + 1);
        offset = item.end;
        list.push(item.value);
        items.push(item.node);
        return;
      }
      if (!isFlowScalar(key)) giveUp();
      const keyNode = this.scalar(key, true);
      const valueProps = props(sep ?? [], 'map-value-ind', true, false, keyNode.end);
      if (!valueProps.found || isBlock(value)) giveUp();
      const valueNode = value ? this.node(value, depth + 1) : this.empty(valueProps.end, sep, valueProps);
      offset = valueNode.end;
      addPair(keyNode, valueNode, map, keys, pairs);
    });
    const [close, ...after] = fc.end;
    if (close?.source !== (isMap ? '}' : ']')) giveUp();
    const closed = close.offset + close.source.length;
    const end = skipEnd(after, closed, true);
    const node = isMap
      ? this.index.addNode(KIND_MAP, fc.offset, closed, this.index.addPairs(pairs), pairs.length / 3)
      : this.index.addNode(KIND_SEQ, fc.offset, closed, this.index.addItems(items), items.length);
    return { node, kind: isMap ? KIND_MAP : KIND_SEQ, value: isMap ? map : list, start: fc.offset, valueEnd: closed, end };
  }
}

/** The document's contents, composed: the fast path handles one document whose root is a collection. */
function composeDocument(doc: CST.Document, index: NodeIndex): Composed {
  const value = doc.value;
  if (!value || (value.type !== 'block-map' && value.type !== 'block-seq' && value.type !== 'flow-collection')) giveUp();
  const start = props(doc.start, 'doc-start', false, true, doc.offset);
  if (start.found && isBlock(value) && !start.hasNewline) giveUp();
  const root = new FastComposer(index).node(value, 0);
  skipEnd(doc.end, root.end, false);
  return root;
}

/** Plain data and node index of `text`, or undefined when the file needs the slow path. */
export function parseFast(text: string): FastParsed | undefined {
  if (!usable) return undefined;
  const lineCounter = new LineCounter();
  try {
    let document: CST.Document | undefined;
    for (const token of new Parser(lineCounter.addNewLine).parse(text)) {
      if (token.type === 'document' && !document) document = token;
      else if (token.type !== 'comment' && token.type !== 'newline' && token.type !== 'space') return undefined;
    }
    if (!document) return undefined;
    let root: Composed | undefined;
    const index = new NodeIndex(undefined, (built) => (root = composeDocument(document!, built)).node);
    return { data: root!.value, index, lineCounter };
  } catch {
    // Given up (or a stack that ran out in the parser): the slow path says what is wrong.
    return undefined;
  }
}
