// The YAML mistakes a clerk makes, as candidate repairs of one line: a full-width colon or
// dash from the input method, no space after a colon, full-width spaces or tabs as indentation,
// full-width or missing brackets and quotes, a line indented to the wrong column. Each
// candidate says which message it stands for; syntax-diagnosis.ts keeps the one that makes the
// parser read past the line. Lines keep their number, so positions elsewhere do not move.

import { isCollection, isScalar, isSeq, visit, type Document, type YAMLError } from 'yaml';

/** One way to repair one line, and the message that tells the clerk what to type. */
export interface Repair {
  /** 0-based line index. */
  line: number;
  /** The line's new text (without its line break). */
  text: string;
  messageId: string;
  data: Record<string, string | number>;
  /** 1-based columns of the mistake on the line (end exclusive). */
  column: number;
  endColumn: number;
  /** 0 for a mistake recognised from the text, 1 for a bare re-indentation (tried after). */
  rank: number;
  /** How far a re-indentation moves the line, to prefer the smallest. */
  shift: number;
}

const LEADING = /^[ \t\u3000]*/;
/** After the indentation: list markers (`- `, also the full-width `－`). */
const ITEM_MARKERS = /^(?:[-－][ \u3000]+)*/;
const FULL_WIDTH_BRACKETS: Record<string, string> = { '［': '[', '］': ']', '｛': '{', '｝': '}' };
const MAX_SHOWN = 24;

export const contentOf = (line: string): string => line.replace(/\r$/, '');
export const isBlankOrComment = (line: string): boolean => /^[ \t\u3000]*(?:#|$)/.test(contentOf(line));
export const indentOf = (line: string): string => LEADING.exec(line)![0];

/** The width an editor shows for an indentation: a full-width space is two columns, a tab four. */
export function visualWidth(indent: string): number {
  return [...indent].reduce((sum, c) => sum + (c === '\u3000' ? 2 : c === '\t' ? 4 : 1), 0);
}

/** "key: value" as the clerk should type it, shortened for a message. */
function shown(text: string): string {
  const chars = Array.from(text.trim());
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : chars.join('');
}

/** A line split into indentation, list markers and the rest. */
function partsOf(line: string): { indent: string; markers: string; rest: string } {
  const content = contentOf(line);
  const indent = indentOf(content);
  const markers = ITEM_MARKERS.exec(content.slice(indent.length))![0];
  return { indent, markers, rest: content.slice(indent.length + markers.length) };
}

function repair(line: number, text: string, messageId: string, data: Repair['data'], column: number, endColumn: number, rank = 0, shift = 0): Repair {
  return { line, text, messageId, data, column, endColumn, rank, shift };
}

/** A key followed by a full-width colon: `owner：事務科` → `owner: 事務科`. */
function fullWidthColon(index: number, line: string): Repair | undefined {
  const { indent, markers, rest } = partsOf(line);
  const match = /^([^\s：:#'"[\]{},][^：:#]*?)[ \t\u3000]*：[ \t\u3000]*(.*)$/.exec(rest);
  if (!match) return undefined;
  const [, key, value] = match as unknown as [string, string, string];
  const fixed = value ? `${key}: ${value}` : `${key}:`;
  const column = indent.length + markers.length + key.length + 1;
  return repair(index, `${indent}${markers}${fixed}`, 'fullWidthColon', { fixed: shown(fixed) }, column, column + 1);
}

/** A key whose colon is not followed by a (half-width) space: `owner:事務科`. */
function colonWithoutSpace(index: number, line: string): Repair | undefined {
  const { indent, markers, rest } = partsOf(line);
  const match = /^([^\s：:#'"[\]{},][^：:#\s]*):(?![ \t]|$|\/\/)\u3000*(.*)$/.exec(rest);
  if (!match) return undefined;
  const [, key, value] = match as unknown as [string, string, string];
  const fixed = `${key}: ${value}`;
  const column = indent.length + markers.length + key.length + 1;
  return repair(index, `${indent}${markers}${fixed}`, 'colonSpace', { fixed: shown(fixed) }, column, column + 1);
}

/** A list item started with the full-width dash `－`. */
function fullWidthDash(index: number, line: string): Repair | undefined {
  const content = contentOf(line);
  const indent = indentOf(content);
  const match = /^－[ \u3000]*/.exec(content.slice(indent.length));
  if (!match) return undefined;
  const fixed = `- ${content.slice(indent.length + match[0].length)}`;
  return repair(index, `${indent}${fixed}`, 'fullWidthDash', { fixed: shown(fixed) }, indent.length + 1, indent.length + 2);
}

/** A list item whose dash is not followed by a space: `-id: handle`. */
function dashWithoutSpace(index: number, line: string): Repair | undefined {
  const content = contentOf(line);
  const indent = indentOf(content);
  const match = /^-(?=[^\s\d-])/.exec(content.slice(indent.length));
  if (!match) return undefined;
  const fixed = `- ${content.slice(indent.length + 1)}`;
  return repair(index, `${indent}${fixed}`, 'dashSpace', { fixed: shown(fixed) }, indent.length + 1, indent.length + 2);
}

/** A comment started with the full-width `＃`. */
function fullWidthHash(index: number, line: string): Repair | undefined {
  const content = contentOf(line);
  const at = content.search(/＃/);
  if (at < 0 || !/^[ \t\u3000]*$/.test(content.slice(0, at)) && !/\s$/.test(content.slice(0, at))) return undefined;
  const fixed = `${content.slice(0, at)}#${content.slice(at + 1)}`;
  return repair(index, fixed, 'fullWidthHash', { fixed: shown(fixed.slice(at)) }, at + 1, at + 2);
}

/**
 * A text value YAML reads as something else: one that starts with a YAML symbol (`[急件] 處理`,
 * `*重要*`) or holds ": " (`注意: 三日內`). Quoted, it is text.
 */
function valueNeedingQuotes(index: number, line: string): Repair | undefined {
  const { indent, markers, rest } = partsOf(line);
  const match = /^([^\s：:#'"[\]{},][^：:#]*?): +(.+?)\s*$/.exec(rest);
  if (!match) return undefined;
  const [, key, value] = match as unknown as [string, string, string];
  const special = /^[[\]{}*&!|>@`%,?]/.exec(value)?.[0];
  if (!special && !/: /.test(value)) return undefined;
  if (/^['"]/.test(value) || (/^[[{]/.test(value) && /[\]}]$/.test(value))) return undefined;
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value.replace(/\\/g, '\\\\')}"`;
  const fixed = `${key}: ${quoted}`;
  const column = indent.length + markers.length + key.length + 3;
  const messageId = special ? 'quoteSymbol' : 'quoteColon';
  return repair(index, `${indent}${markers}${fixed}`, messageId, { fixed: shown(fixed), symbol: special ?? ':' }, column, column + 1);
}

/** Full-width brackets in a flow list or mapping: `[總務科, 秘書室］`. */
function fullWidthBrackets(index: number, line: string): Repair | undefined {
  const content = contentOf(line);
  const at = content.search(/[［］｛｝]/);
  if (at < 0 || !/[[{［｛]/.test(content)) return undefined;
  const fixed = content.replace(/[［］｛｝]/g, (c) => FULL_WIDTH_BRACKETS[c]!);
  const { indent, markers } = partsOf(line);
  return repair(index, fixed, 'fullWidthBracket', { fixed: shown(fixed.slice(indent.length + markers.length)) }, at + 1, at + 2);
}

/** The repairs recognised from the text of one line, before any re-indentation. */
export function textRepairs(lines: readonly string[], index: number, columns: readonly number[]): Repair[] {
  const line = lines[index]!;
  if (isBlankOrComment(line)) return [];
  const found = [
    fullWidthDash(index, line),
    dashWithoutSpace(index, line),
    fullWidthHash(index, line),
    fullWidthColon(index, line),
    colonWithoutSpace(index, line),
    fullWidthBrackets(index, line),
    valueNeedingQuotes(index, line),
  ];
  return [...found.filter((r): r is Repair => r !== undefined), ...indentCharRepairs(lines, index, columns)];
}

/** A line indented with full-width spaces or tabs: the same line indented with spaces to each column. */
function indentCharRepairs(lines: readonly string[], index: number, columns: readonly number[]): Repair[] {
  const content = contentOf(lines[index]!);
  const indent = indentOf(content);
  if (!/[\t\u3000]/.test(indent)) return [];
  const width = visualWidth(indent);
  return columns.map((column) =>
    repair(index, ' '.repeat(column) + content.slice(indent.length), 'indentChars', { spaces: column }, 1, indent.length + 1, 0, Math.abs(column - width)),
  );
}

/**
 * The columns where a line may start near `index`: each non-blank line's indentation and, after
 * its list markers, the column of its first key (`  - id:` gives 2 and 4).
 */
export function structuralColumns(lines: readonly string[], from: number, to: number): number[] {
  const columns = new Set<number>();
  for (let i = Math.max(0, from); i <= Math.min(lines.length - 1, to); i++) {
    const line = lines[i]!;
    if (isBlankOrComment(line)) continue;
    const { indent, markers } = partsOf(line);
    if (/[\t\u3000]/.test(indent)) continue;
    columns.add(indent.length);
    let column = indent.length;
    for (const marker of markers.match(/[-－][ \u3000]+/g) ?? []) {
      column += marker.length;
      columns.add(column);
    }
  }
  return [...columns].sort((a, b) => a - b);
}

/** The line nearest `index`, above first, that has something at `column`: its number (1-based) and that word. */
function referenceLine(lines: readonly string[], index: number, column: number): { ref: number; word: string } | undefined {
  const at = (i: number) => {
    if (isBlankOrComment(lines[i]!) || !structuralColumns(lines, i, i).includes(column)) return undefined;
    const word = /^(?:-|[^\s:]+)/.exec(contentOf(lines[i]!).slice(column))?.[0];
    return word ? { ref: i + 1, word: shown(word) } : undefined;
  };
  for (let i = index - 1; i >= 0; i--) {
    const found = at(i);
    if (found) return found;
  }
  for (let i = index + 1; i < lines.length; i++) {
    const found = at(i);
    if (found) return found;
  }
  return undefined;
}

/** The line moved to each other column where a line may start (it is indented too far or not far enough). */
export function indentRepairs(lines: readonly string[], index: number, columns: readonly number[]): Repair[] {
  const content = contentOf(lines[index]!);
  const indent = indentOf(content);
  if (isBlankOrComment(content) || /[\t\u3000]/.test(indent)) return [];
  const repairs: Repair[] = [];
  for (const column of columns) {
    if (column === indent.length) continue;
    const reference = referenceLine(lines, index, column);
    if (reference === undefined) continue;
    const count = Math.abs(column - indent.length);
    const messageId = column > indent.length ? 'indentMore' : 'indentLess';
    repairs.push(repair(index, ' '.repeat(column) + content.slice(indent.length), messageId, { count, ...reference }, 1, indent.length + 1, 1, count));
  }
  return repairs;
}

/**
 * A quoted text or a flow list/mapping that the parser ran off the end of: the error sits where
 * the parser gave up, the mistake where the quote or bracket opened.
 */
export function unclosedRepair(doc: Document, error: YAMLError, lines: readonly string[], lineStarts: readonly number[]): Repair | undefined {
  const whole = lines.join('\n');
  let opened: { offset: number; open: string } | undefined;
  visit(doc, (_key, node) => {
    if (!(isScalar(node) || isCollection(node)) || !node.range || node.range[1] !== error.pos[0]) return undefined;
    const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    const source = whole.slice(node.range[0], node.range[1]);
    const closed = source.length > 1 && (quoted ? source.endsWith(source[0]!) : /[\]}]$/.test(source));
    if (!closed && (quoted || (isCollection(node) && node.flow))) {
      opened = { offset: node.range[0], open: quoted ? (node.type === 'QUOTE_DOUBLE' ? '"' : "'") : isSeq(node) ? '[' : '{' };
      return visit.BREAK;
    }
    return undefined;
  });
  if (!opened) return undefined;
  const index = lineIndexAt(lineStarts, opened.offset);
  const content = contentOf(lines[index]!);
  const column = opened.offset - lineStarts[index]! + 1;
  if (opened.open === '"' || opened.open === "'") {
    const text = content.replace(/\s*(?:[”“’‘＂＇])?\s*$/, '') + opened.open;
    return repair(index, text, 'unclosedQuote', { quote: opened.open }, column, column + 1);
  }
  const close = opened.open === '[' ? ']' : '}';
  if (/[］｝]/.test(content)) return fullWidthBrackets(index, content);
  const text = content.replace(/\s*(?:#.*)?$/, '') + close;
  return repair(index, text, 'unclosedBracket', { open: opened.open, close }, column, column + 1);
}

/** The 0-based line holding `offset`. */
export function lineIndexAt(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** A backslash in double quotes that starts no escape (`"C:\表單"`): doubled. */
export function escapeRepair(error: YAMLError, lines: readonly string[], lineStarts: readonly number[]): Repair | undefined {
  const index = lineIndexAt(lineStarts, error.pos[0]);
  const content = contentOf(lines[index]!);
  const at = content.lastIndexOf('\\', error.pos[0] - lineStarts[index]!);
  if (at < 0) return undefined;
  return repair(index, `${content.slice(0, at)}\\${content.slice(at)}`, 'badEscape', {}, at + 1, at + 2);
}
