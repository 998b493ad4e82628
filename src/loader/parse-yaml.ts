// Reads a YAML file into plain data plus a source map. Never throws for bad input: every
// problem (size, encoding, syntax, duplicate keys, alias bombs) becomes a `yaml` problem with
// a position; syntax mistakes are explained by syntax-diagnosis.ts.

import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { parseFast } from './fast-yaml.js';
import { parseLines } from './line-yaml.js';
import { diagnoseSyntax, PARSE_OPTIONS } from './syntax-diagnosis.js';
import { buildSourceMap, SourceMap, type SourceRange } from './source-map.js';

/** Files above this size are refused before parsing (documented in docs/format.md). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Alias expansions allowed while converting to plain data (guards against "billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

export interface YamlProblem {
  messageId: string;
  data: Record<string, string | number>;
  range: SourceRange;
}

export interface ParsedYaml {
  text: string;
  /** Plain data, when the document parsed without errors. */
  data?: unknown;
  sourceMap: SourceMap;
  problems: YamlProblem[];
}

const FILE_START: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** One read buffer per thread, grown when a file needs more: a file's bytes are decoded before the next file is read. */
let readBuffer = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads at most MAX_FILE_BYTES + 1 bytes, whatever `stat` says (/proc files say 0, devices
 * never end), in chunks of the file's size (at least 64 KiB). Opened without blocking, and only a
 * regular file is read: a FIFO, a device (/dev/zero) or a socket is refused. The bytes returned
 * are the shared buffer's: decode them before reading another file.
 */
function readBounded(file: string): { bytes?: Buffer; problem?: YamlProblem } {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // A file too large is said to be too large even when it cannot be opened.
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return { problem: tooLarge(size) };
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (stat.size > MAX_FILE_BYTES) return { problem: tooLarge(stat.size) };
    if (!stat.isFile()) return { problem: { messageId: 'notRegular', data: {}, range: FILE_START } };
    const chunk = Math.min(Math.max(stat.size, 64 * 1024), MAX_FILE_BYTES + 1);
    let total = 0;
    for (;;) {
      if (readBuffer.length < total + chunk) {
        const bigger = Buffer.allocUnsafe(Math.max(total + chunk, readBuffer.length * 2));
        readBuffer.copy(bigger, 0, 0, total);
        readBuffer = bigger;
      }
      const read = readSync(fd, readBuffer, total, chunk, null);
      if (read === 0) break;
      total += read;
      if (total > MAX_FILE_BYTES) return { problem: tooLarge(total, true) };
    }
    return { bytes: readBuffer.subarray(0, total) };
  } finally {
    closeSync(fd);
  }
}

function tooLarge(bytes: number, atLeast = false): YamlProblem {
  return { messageId: 'tooLarge', data: { size: `${atLeast ? '> ' : ''}${formatBytes(bytes)}`, limit: formatBytes(MAX_FILE_BYTES) }, range: FILE_START };
}

/** Decodes whole inputs only (no streaming), so one decoder serves every file. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes read from a file or from Git → text, or the problem (size, encoding) that stops it, as for every SOP. */
export function decodeSopBytes(bytes: Uint8Array): { text?: string; problem?: YamlProblem } {
  if (bytes.length > MAX_FILE_BYTES) return { problem: tooLarge(bytes.length) };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: { messageId: 'notUtf8', data: {}, range: FILE_START } };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Reads a file's text, or a problem that says why it cannot be read. */
export function readYamlText(file: string): { text?: string; problem?: YamlProblem } {
  try {
    const { bytes, problem } = readBounded(file);
    return problem ? { problem } : decodeSopBytes(bytes!);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { problem: { messageId: 'unreadable', data: { detail }, range: FILE_START } };
  }
}

/** How V8 words a RangeError for a recursion that ran out of stack. */
const STACK_OVERFLOW = /Maximum call stack size exceeded/;

/**
 * Parses YAML text; `data` is set only when there was no error. A file of the plainest shape is read
 * line by line (line-yaml.ts); another without problems takes the fast path (fast-yaml.ts); any
 * other, and any the fast path does not follow, parseDocument.
 */
export function parseYamlText(text: string): ParsedYaml {
  const fast = parseLines(text) ?? parseFast(text);
  if (fast) return { text, data: fast.data, sourceMap: new SourceMap(fast.lineCounter, fast.index), problems: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, ...PARSE_OPTIONS });
  const sourceMap = buildSourceMap(doc, lineCounter);
  // The parser recursed once per nesting level (10,000 `[` ran it out of stack): said once, and
  // its other complaints (unclosed brackets) follow from it.
  const overflow = doc.errors.find((error) => STACK_OVERFLOW.test(error.message));
  if (overflow) return { text, sourceMap, problems: [{ messageId: 'tooDeep', data: {}, range: sourceMap.rangeOf(overflow.pos[0], overflow.pos[1]) }] };
  const diagnosis = diagnoseSyntax({ text, doc, lineCounter });
  const problems: YamlProblem[] = diagnosis.mistakes.map(({ messageId, data, line, column, endColumn }) => ({
    messageId,
    data,
    range: { line, column, endLine: line, endColumn },
  }));
  // Duplicate keys and extra documents are read from the text as repaired, so that a syntax
  // mistake above them does not hide them.
  const repaired = diagnosis.final;
  for (const error of repaired.doc.errors) {
    const range = repaired.rangeOf(error.pos[0], error.pos[1]);
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^\s*("[^"\n]*"|'[^'\n]*'|[^:\n]*?)\s*:/.exec(repaired.text.slice(error.pos[0]))?.[1] ?? '';
      problems.push({ messageId: 'duplicateKey', data: { key }, range });
    } else if (error.code === 'MULTIPLE_DOCS') {
      problems.push({ messageId: 'multipleDocuments', data: {}, range });
    }
  }
  problems.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  if (problems.length > 0) return { text, sourceMap, problems };
  if (doc.contents === null) {
    return { text, sourceMap, problems: [{ messageId: 'empty', data: {}, range: FILE_START }] };
  }
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { text, data, sourceMap, problems };
  } catch (error) {
    const message = (error as Error).message;
    // The yaml package throws a ReferenceError when maxAliasCount is exceeded (docs: Errors).
    if (error instanceof ReferenceError) {
      const anchor = text.search(/[&*][^\s]/);
      const range = anchor >= 0 ? sourceMap.rangeOf(anchor, anchor + 1) : FILE_START;
      return { text, sourceMap, problems: [{ messageId: 'aliasBomb', data: { max: MAX_ALIAS_COUNT }, range }] };
    }
    return { text, sourceMap, problems: [STACK_OVERFLOW.test(message) ? { messageId: 'tooDeep', data: {}, range: FILE_START } : { messageId: 'syntax', data: { detail: message }, range: FILE_START }] };
  }
}
