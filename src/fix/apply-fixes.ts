// Applies the safe fixes that findings carry (`fix: {from, to, path}`: replace `from` with `to`
// in the string value at `path`) to a YAML text, and nothing else. The edit is made on the
// `yaml` package's concrete syntax tree, which keeps every byte of the source: comments,
// blank lines, indentation and the other scalars stay exactly as written, and only the scalar
// at `path` changes. Within that scalar the words are swapped in place (its quoting, folding
// and trailing comment are kept); only when that cannot express the new value is the scalar
// written anew, in the same style where possible. Every edit is checked by parsing the result:
// a fix whose result would not mean "the same document with this one string changed" is
// skipped, never applied half-way. Pure: text in, text out.

import { isDeepStrictEqual } from 'node:util';
import { Composer, CST, isMap, isPair, isScalar, isSeq, Parser, type Document, type Node, type Pair } from 'yaml';
import type { NodePath } from '../loader/source-map.js';

export interface TextFix {
  from: string;
  to: string;
  path: NodePath;
}

export type SkipReason = 'no-path' | 'not-a-string' | 'not-found' | 'unsafe' | 'unparsable';

export interface ApplyResult {
  /** The new text (the input itself when nothing was applied). */
  text: string;
  applied: TextFix[];
  skipped: { fix: TextFix; reason: SkipReason }[];
}

type ScalarToken = CST.FlowScalar | CST.BlockScalar;

interface Parsed {
  tokens: CST.Token[];
  doc: Document.Parsed | undefined;
}

function parse(text: string): Parsed {
  const tokens = [...new Parser().parse(text)];
  const docs = [...new Composer({ keepSourceTokens: true, uniqueKeys: true }).compose(tokens)];
  return { tokens, doc: docs.length === 1 && docs[0]!.errors.length === 0 ? docs[0] : undefined };
}

function plain(text: string): unknown {
  const docs = [...new Composer({ uniqueKeys: true }).compose(new Parser().parse(text))];
  if (docs.length !== 1 || docs[0]!.errors.length > 0) return undefined;
  return docs[0]!.toJS({ maxAliasCount: 100 });
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key as Node | null;
  if (isScalar(key)) return String(key.value);
  return key === null ? undefined : String(key);
}

/** The node at `path` (keys compared as text, as the source map does), and whether it is a map value. */
function locate(doc: Document.Parsed, path: NodePath): { node: Node; inMap: boolean } | undefined {
  let current = doc.contents as Node | null;
  let inMap = false;
  for (const segment of path) {
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && keyText(item) === String(segment));
      if (!pair) return undefined;
      current = pair.value as Node | null;
      inMap = true;
    } else if (isSeq(current) && typeof segment === 'number') {
      current = (current.items[segment] as Node | undefined) ?? null;
      inMap = false;
    } else {
      return undefined;
    }
  }
  return current ? { node: current, inMap } : undefined;
}

/** `value` at `path` of plain data replaced (a copy; the path is known to exist). */
function withValue(data: unknown, path: NodePath, value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(data)) {
    const copy = [...data];
    copy[head as number] = withValue(copy[head as number], rest, value);
    return copy;
  }
  const record = data as Record<string, unknown>;
  const key = String(head);
  return { ...record, [key]: withValue(record[key], rest, value) };
}

function replaceAll(text: string, from: string, to: string): string {
  return text.split(from).join(to);
}

/** The scalar token's parts that an edit may change, to restore them when an attempt fails. */
function snapshot(token: ScalarToken): () => void {
  const saved = structuredClone(token) as unknown as Record<string, unknown>;
  return () => {
    const target = token as unknown as Record<string, unknown>;
    for (const key of Object.keys(target)) delete target[key];
    Object.assign(target, structuredClone(saved));
  };
}

/**
 * Applies the fixes in order. Several fixes may touch one scalar (each replaces its own word);
 * a fix whose word is no longer there (an earlier fix took it) is skipped as `not-found`.
 */
export function applyFixes(text: string, fixes: readonly TextFix[]): ApplyResult {
  const applied: TextFix[] = [];
  const skipped: ApplyResult['skipped'] = [];
  if (fixes.length === 0) return { text, applied, skipped };
  const { tokens, doc } = parse(text);
  if (!doc) return { text, applied, skipped: fixes.map((fix) => ({ fix, reason: 'unparsable' as const })) };
  let current = text;
  let data = plain(text);

  for (const fix of fixes) {
    if (fix.from.length === 0 || fix.from === fix.to) {
      skipped.push({ fix, reason: 'not-found' });
      continue;
    }
    const found = locate(doc, fix.path);
    if (!found) {
      skipped.push({ fix, reason: 'no-path' });
      continue;
    }
    const { node, inMap } = found;
    const token = node.srcToken as CST.Token | undefined;
    if (!isScalar(node) || typeof node.value !== 'string' || !token || !(token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar' || token.type === 'block-scalar')) {
      skipped.push({ fix, reason: 'not-a-string' });
      continue;
    }
    if (!node.value.includes(fix.from)) {
      skipped.push({ fix, reason: 'not-found' });
      continue;
    }
    const value = replaceAll(node.value, fix.from, fix.to);
    const expected = withValue(data, fix.path, value);
    const restore = snapshot(token);
    const attempts: (() => void)[] = [
      // 1. The word swapped in the source as written: keeps quoting, folding and escapes.
      () => {
        token.source = replaceAll(token.source, fix.from, fix.to);
      },
      // 2. The scalar written anew in its own style (e.g. the new word needs escaping).
      () => CST.setScalarValue(token, value, { afterKey: inMap }),
      // 3. Double-quoted, which can hold any string (a plain scalar that would change type).
      () => CST.setScalarValue(token, value, { afterKey: inMap, type: 'QUOTE_DOUBLE' }),
    ];
    let done = false;
    for (const attempt of attempts) {
      attempt();
      const candidate = tokens.map((t) => CST.stringify(t)).join('');
      if (isDeepStrictEqual(plain(candidate), expected)) {
        current = candidate;
        data = expected;
        node.value = value;
        done = true;
        break;
      }
      restore();
    }
    if (done) applied.push(fix);
    else skipped.push({ fix, reason: 'unsafe' });
  }
  return { text: current, applied, skipped };
}
