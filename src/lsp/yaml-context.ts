// Which value the cursor is writing, for completion: the key (`next`, `kind`, a branch label…)
// and the keys of the mappings around it. Read from the lines by indentation, not from a parse,
// because a document being typed is seldom valid YAML at that moment.

export interface ValueContext {
  /** The key whose value is being written: `next` in `next: |`, `next:\n  - |`, `next: [a, |`, `{id: a, next: |`. */
  key: string;
  /** Keys of the enclosing mappings, outermost first: ['steps', 'branches'] for a branch target. */
  ancestors: string[];
}

/** A line's structure: where its list dash and its key are. */
interface LineShape {
  dashColumn?: number;
  keyColumn?: number;
  key?: string;
}

const KEY = /^[^\s#:{}[\],'"][^#:{}[\],]*?(?=\s*:(?:\s|$))/;

function shapeOf(line: string): LineShape | undefined {
  const indent = line.length - line.trimStart().length;
  let rest = line.slice(indent);
  if (rest === '' || rest.startsWith('#')) return undefined;
  const shape: LineShape = {};
  let column = indent;
  while (/^-(\s|$)/.test(rest)) {
    shape.dashColumn ??= column;
    const skipped = rest.length - rest.slice(1).trimStart().length;
    column += skipped;
    rest = rest.slice(skipped);
  }
  const key = KEY.exec(rest);
  if (key) {
    shape.key = key[0].trim();
    shape.keyColumn = column;
  }
  return shape;
}

/** The keys above a position whose column is below `limit`, innermost first. */
function enclosingKeys(lines: string[], lineIndex: number, limit: number): string[] {
  const keys: string[] = [];
  for (let i = lineIndex - 1; i >= 0 && limit > 0; i--) {
    const shape = shapeOf(lines[i]!);
    if (!shape) continue;
    if (shape.key !== undefined && shape.keyColumn! < limit) {
      keys.push(shape.key);
      limit = shape.keyColumn!;
    }
    // Inside a list item: the list's own key may stand at the dash's column (compact lists).
    if (shape.dashColumn !== undefined && shape.dashColumn < limit) limit = shape.dashColumn + 1;
  }
  return keys;
}

/** In a flow mapping on this line (`- {id: a, next: |`): the key being written, if any. */
function flowMapKey(before: string): string | undefined {
  const open = before.lastIndexOf('{');
  if (open < 0 || before.indexOf('}', open) >= 0) return undefined;
  return /(?:^|,)\s*([^\s,:[\]{}]+)\s*:\s*(?:\[[^\]]*|[^,[\]]*)$/.exec(before.slice(open + 1))?.[1];
}

export function valueContextAt(text: string, offset: number): ValueContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lines = text.slice(0, lineStart).split('\n');
  lines.pop();
  const before = text.slice(lineStart, offset);
  const shape = shapeOf(before) ?? {};
  const flowKey = flowMapKey(before);
  if (flowKey !== undefined) {
    const limit = shape.dashColumn !== undefined ? shape.dashColumn + 1 : (shape.keyColumn ?? 0);
    const ancestors = enclosingKeys(lines, lines.length, limit).reverse();
    // `branches: {是: |`: the line's own key holds the flow mapping.
    if (shape.key !== undefined && shape.key !== flowKey) ancestors.push(shape.key);
    return { key: flowKey, ancestors };
  }
  if (shape.key !== undefined) {
    if (!/:\s/.test(before.slice(shape.keyColumn! + shape.key.length)) && !before.endsWith(':')) return undefined;
    return { key: shape.key, ancestors: enclosingKeys(lines, lines.length, shape.keyColumn!).reverse() };
  }
  if (shape.dashColumn !== undefined) {
    const [key, ...outer] = enclosingKeys(lines, lines.length, shape.dashColumn + 1);
    return key === undefined ? undefined : { key, ancestors: outer.reverse() };
  }
  return undefined;
}
