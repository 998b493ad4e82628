// From the parser's syntax errors to one message per mistake, in the clerk's terms. The first
// error's code and the text around it give candidate repairs (syntax-repairs.ts); the one that
// lets the parser read past the line is the mistake. It is reported, applied in memory, and the
// text parsed again: what the parser then finds is a mistake of its own, not a follow-on of the
// first. An error no repair explains is reported as it is and ends the search, since what follows
// it cannot be told apart from follow-ons.

import { isAlias, isCollection, isPair, isScalar, LineCounter, parseDocument, visit, type Alias, type Document, type Pair, type YAMLError } from 'yaml';
import {
  contentOf,
  escapeRepair,
  indentOf,
  indentRepairs,
  lineIndexAt,
  structuralColumns,
  textRepairs,
  unclosedRepair,
  visualWidth,
  type Repair,
} from './syntax-repairs.js';

/** At most this many syntax problems are reported per file (documented in docs/rules/yaml.md). */
export const MAX_SYNTAX_PROBLEMS = 20;
/** Characters parsed while trying repairs, at most (a few hundred tries on an SOP-sized file). */
const PARSE_BUDGET = 20_000_000;
/** Lines around an error whose indentation tells where a line may start. */
const NEIGHBOURHOOD = 8;
/** Codes that are not syntax: reported on their own by parse-yaml.ts. */
const NOT_SYNTAX = new Set(['DUPLICATE_KEY', 'MULTIPLE_DOCS']);
/** Codes of a broken structure (indentation, keys, collections): the clerk gets a hint about both. */
const STRUCTURE_CODES = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'TAB_AS_INDENT', 'MISSING_CHAR', 'UNEXPECTED_TOKEN', 'BAD_SCALAR_START', 'BLOCK_IN_FLOW']);

export const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: true, strict: true } as const;

/** A mistake: a message id of the `yaml` rule, its data, and where (1-based line and columns). */
export interface SyntaxMistake {
  messageId: string;
  data: Record<string, string | number>;
  line: number;
  column: number;
  endColumn: number;
}

interface Attempt {
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  first?: YAMLError;
}

function withFirstError(parsed: Omit<Attempt, 'first'>): Attempt {
  const first = parsed.doc.errors.filter((e) => !NOT_SYNTAX.has(e.code)).sort((a, b) => a.pos[0] - b.pos[0])[0];
  return { ...parsed, first };
}

function attempt(text: string): Attempt {
  const lineCounter = new LineCounter();
  return withFirstError({ text, doc: parseDocument(text, { lineCounter, ...PARSE_OPTIONS }), lineCounter });
}

function lineStartsOf(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

/** The candidate repairs for the first error of `current`. */
function candidates(current: Attempt, lines: readonly string[]): { all: Repair[]; anchored?: Repair } {
  const error = current.first!;
  const starts = lineStartsOf(lines);
  const first = lineIndexAt(starts, error.pos[0]);
  // The errors that start on the first error's line tell how far down the mistake may be.
  const ends = current.doc.errors.filter((e) => lineIndexAt(starts, e.pos[0]) === first).map((e) => lineIndexAt(starts, Math.max(e.pos[0], e.pos[1] - 1)));
  const last = Math.min(Math.max(first + 1, ...ends), first + 2, lines.length - 1);
  const columns = structuralColumns(lines, first - NEIGHBOURHOOD, last + NEIGHBOURHOOD);
  const anchored = error.code === 'BAD_DQ_ESCAPE' ? escapeRepair(error, lines, starts) : unclosedRepair(current.doc, error, lines, starts);
  const all: Repair[] = anchored ? [anchored] : [];
  for (let i = Math.max(0, first - 1); i <= last; i++) all.push(...textRepairs(lines, i, columns));
  for (let i = Math.max(0, first - 1); i <= last; i++) all.push(...indentRepairs(lines, i, columns));
  return { all, anchored };
}

/** Whether the line's content, after the repair, is continued text of a scalar begun above (not a line of its own). */
function continuesScalar(result: Attempt, lineStart: number, contentStart: number): boolean {
  let inside = false;
  visit(result.doc, {
    Scalar(_key, node) {
      if (node.range && node.range[0] < lineStart && node.range[1] > contentStart) {
        inside = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return inside;
}

/** A repair that makes two keys of one mapping the same has moved a line where it does not belong. */
const duplicates = (a: Attempt): number => a.doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').length;

interface Tried {
  repair: Repair;
  result: Attempt;
}

/** The repair that lets the parser read furthest past the mistake, text mistakes before bare re-indentation. */
function bestRepair(current: Attempt, lines: string[], budget: { left: number }): Tried | undefined {
  const { all } = candidates(current, lines);
  const errorLine = current.lineCounter.linePos(current.first!.pos[0]).line - 1;
  const accepted: Tried[] = [];
  const seen = new Set<string>();
  for (const repair of all) {
    const key = `${repair.line}|${repair.text}`;
    if (seen.has(key) || budget.left < current.text.length) continue;
    seen.add(key);
    budget.left -= current.text.length;
    const trial = [...lines];
    trial[repair.line] = repair.text + (lines[repair.line]!.endsWith('\r') ? '\r' : '');
    const result = attempt(trial.join('\n'));
    const reached = result.first ? result.lineCounter.linePos(result.first.pos[0]).line - 1 : Infinity;
    if (reached <= Math.max(repair.line, errorLine) || duplicates(result) > duplicates(current)) continue;
    if (repair.rank > 0) {
      const starts = lineStartsOf(trial);
      const lineStart = starts[repair.line]!;
      if (continuesScalar(result, lineStart, lineStart + contentOf(trial[repair.line]!).search(/\S/))) continue;
    }
    accepted.push({ repair, result });
  }
  const reach = (t: Tried) => (t.result.first ? t.result.first.pos[0] : Infinity);
  accepted.sort((a, b) => a.repair.rank - b.repair.rank || reach(b) - reach(a) || a.repair.shift - b.repair.shift || Math.abs(a.repair.line - errorLine) - Math.abs(b.repair.line - errorLine));
  return accepted[0];
}

/** The message for an error no repair explains: by its code, never by the parser's English. */
function unexplained(current: Attempt): SyntaxMistake {
  const error = current.first!;
  const start = current.lineCounter.linePos(error.pos[0]);
  const end = current.lineCounter.linePos(Math.max(error.pos[0] + 1, error.pos[1]));
  const endColumn = end.line === start.line ? end.col : start.col + 1;
  if (STRUCTURE_CODES.has(error.code)) return { messageId: 'structure', data: { code: error.code }, line: start.line, column: start.col, endColumn };
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { messageId: 'syntax', data: { detail, code: error.code }, line: start.line, column: start.col, endColumn };
}

const mistakeOf = (repair: Repair): SyntaxMistake => ({ messageId: repair.messageId, data: repair.data, line: repair.line + 1, column: repair.column, endColumn: repair.endColumn });

/** The text as repaired, parsed: duplicate keys are read from it. */
export interface RepairedText {
  text: string;
  doc: Document;
  rangeOf(start: number, end: number): { line: number; column: number; endLine: number; endColumn: number };
}

/**
 * Every syntax mistake of a parsed text, up to MAX_SYNTAX_PROBLEMS, one per line, in line order;
 * and the text as repaired (whose duplicate keys are still to report).
 */
export function diagnoseSyntax(parsed: { text: string; doc: Document; lineCounter: LineCounter }): { mistakes: SyntaxMistake[]; final: RepairedText } {
  const lines = parsed.text.split('\n');
  const mistakes: SyntaxMistake[] = [];
  const reported = new Set<number>();
  const budget = { left: PARSE_BUDGET };
  let current = withFirstError(parsed);
  while (current.first) {
    if (mistakes.length === MAX_SYNTAX_PROBLEMS) {
      const { line, col } = current.lineCounter.linePos(current.first.pos[0]);
      mistakes.push({ messageId: 'tooManySyntax', data: { max: MAX_SYNTAX_PROBLEMS }, line, column: col, endColumn: col + 1 });
      break;
    }
    const tried = bestRepair(current, lines, budget);
    if (!tried) {
      const anchored = candidates(current, lines).anchored;
      mistakes.push(anchored ? mistakeOf(anchored) : unexplained(current));
      break;
    }
    if (!reported.has(tried.repair.line)) mistakes.push(mistakeOf(tried.repair));
    reported.add(tried.repair.line);
    lines[tried.repair.line] = tried.repair.text + (lines[tried.repair.line]!.endsWith('\r') ? '\r' : '');
    current = tried.result;
  }
  if (!current.first) mistakes.push(...keyAndAliasMistakes(current, reported));
  const { lineCounter } = current;
  const rangeOf = (start: number, end: number) => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  return { mistakes: mistakes.sort((a, b) => a.line - b.line || a.column - b.column), final: { text: current.text, doc: current.doc, rangeOf } };
}

/** Calls `onPair` for every pair and `onAlias` for every alias of the document, in document order (as `visit` would). */
function walk(node: unknown, onPair: (pair: Pair) => void, onAlias: (alias: Alias) => void): void {
  if (isAlias(node)) onAlias(node);
  else if (isCollection(node)) {
    for (const item of node.items) {
      if (isPair(item)) {
        onPair(item);
        walk(item.key, onPair, onAlias);
        walk(item.value, onPair, onAlias);
      } else walk(item, onPair, onAlias);
    }
  }
}

/** Whether a key may be one of keyMistake's: a cheap test on its text before positions and columns are computed. */
export function oddKey(key: string, noValue: boolean): boolean {
  return /^[\t\u3000]|\u3000$/.test(key) || (noValue && /[：:]/.test(key));
}

/**
 * Mistakes the parser accepts as odd keys: a key that starts with a full-width space (an indent
 * of U+3000 after half-width ones), or `key：value` / `key:value` in a flow mapping, read as one key
 * without a value. And `*重要` in a text: YAML reads an alias of an anchor that does not exist.
 */
function keyAndAliasMistakes(current: Attempt, reported: ReadonlySet<number>): SyntaxMistake[] {
  const keys: SyntaxMistake[] = [];
  const aliases: SyntaxMistake[] = [];
  let lines: string[] | undefined;
  const onPair = (pair: Pair) => {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || !pair.key.range) return;
    const key = pair.key.value;
    const noValue = pair.value === null || (isScalar(pair.value) && pair.value.value === null && pair.value.range?.[0] === pair.value.range?.[1]);
    if (!oddKey(key, noValue)) return;
    const { line, col } = current.lineCounter.linePos(pair.key.range[0]);
    if (reported.has(line - 1)) return;
    lines ??= current.text.split('\n');
    // Indented with full-width spaces: the column nearby that the clerk's indentation looks like.
    const width = visualWidth(indentOf(lines[line - 1] ?? ''));
    const columns = structuralColumns(lines, line - 1 - NEIGHBOURHOOD, line - 1 + NEIGHBOURHOOD);
    const spaces = columns.reduce((best, c) => (Math.abs(c - width) < Math.abs(best - width) ? c : best), columns[0] ?? 0);
    const mistake = keyMistake(key, noValue, spaces);
    if (mistake) keys.push({ ...mistake, line, column: col, endColumn: col + Math.max(1, key.length) });
  };
  const onAlias = (alias: Alias) => {
    if (!alias.range || alias.resolve(current.doc) !== undefined) return;
    const { line, col } = current.lineCounter.linePos(alias.range[0]);
    const source = current.text.slice(alias.range[0], alias.range[1]);
    aliases.push({ messageId: 'quoteSymbol', data: { symbol: '*', fixed: `"${source}"` }, line, column: col, endColumn: col + 1 });
  };
  walk(current.doc.contents, onPair, onAlias);
  return [...keys, ...aliases];
}

function keyMistake(key: string, noValue: boolean, spaces: number): Pick<SyntaxMistake, 'messageId' | 'data'> | undefined {
  if (/^[\t\u3000]/.test(key)) return { messageId: 'indentChars', data: { spaces } };
  if (/\u3000$/.test(key)) return { messageId: 'keySpace', data: { key: key.trim() } };
  if (!noValue) return undefined;
  const colon = /^([^\s：:]+)[ \u3000]*(：|:(?!\/\/))[ \u3000]*(\S.*)$/.exec(key);
  if (!colon) return undefined;
  const fixed = `${colon[1]}: ${colon[3]}`;
  return { messageId: colon[2] === '：' ? 'fullWidthColon' : 'colonSpace', data: { fixed } };
}

