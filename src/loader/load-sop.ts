// File → SOP model: read, parse (yaml), validate (schema), build. Problems are returned as
// positioned, unlocalised findings of the `yaml` and `schema` rules; the model is built only
// when there are none.

import path from 'node:path';
import { buildSop } from '../model/build.js';
import type { Sop } from '../model/types.js';
import { decodeSopBytes, parseYamlText, readYamlText } from './parse-yaml.js';
import { validateSop } from './schema-validator.js';
import { SourceMap, type SourceRange } from './source-map.js';
import { LineCounter } from 'yaml';

export interface LoadProblem {
  ruleId: 'yaml' | 'schema';
  messageId: string;
  data: Record<string, string | number>;
  range: SourceRange;
  stepId?: string;
}

export interface LoadedFile {
  file: string;
  displayPath: string;
  text: string;
  sourceMap: SourceMap;
  problems: LoadProblem[];
  sop?: Sop;
}

export interface LoadOptions {
  cwd: string;
  hoursPerDay: number;
  /** The text was loaded before without a problem (read again by the engine): its schema is not checked again. */
  checked?: boolean;
}

export function displayPathOf(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file).split(path.sep).join('/');
}

function stepIdAt(data: unknown, segments: readonly (string | number)[]): string | undefined {
  if (segments[0] !== 'steps' || typeof segments[1] !== 'number') return undefined;
  const steps = (data as { steps?: unknown[] }).steps;
  const step = Array.isArray(steps) ? (steps[segments[1]] as { id?: unknown } | undefined) : undefined;
  return typeof step?.id === 'string' ? step.id : undefined;
}

export function loadSopFile(file: string, options: LoadOptions): LoadedFile {
  return loadRead(readYamlText(file), file, displayPathOf(file, options.cwd), options);
}

/** An SOP from bytes read elsewhere (a version in Git): the same size and UTF-8 checks as a file on disk. */
export function loadSopBytes(bytes: Uint8Array, file: string, displayPath: string, options: LoadOptions): LoadedFile {
  return loadRead(decodeSopBytes(bytes), file, displayPath, options);
}

function loadRead(read: ReturnType<typeof readYamlText>, file: string, displayPath: string, options: LoadOptions): LoadedFile {
  if (read.text === undefined) {
    return {
      file,
      displayPath,
      text: '',
      sourceMap: new SourceMap(new LineCounter()),
      problems: [{ ruleId: 'yaml', messageId: read.problem!.messageId, data: read.problem!.data, range: read.problem!.range }],
    };
  }
  return loadSopText(read.text, file, displayPath, options);
}

export function loadSopText(text: string, file: string, displayPath: string, options: LoadOptions): LoadedFile {
  const parsed = parseYamlText(text);
  const base = { file, displayPath, text, sourceMap: parsed.sourceMap };
  if (parsed.problems.length > 0 || parsed.data === undefined) {
    return { ...base, problems: parsed.problems.map((p) => ({ ruleId: 'yaml' as const, ...p })) };
  }
  const schemaProblems = options.checked ? [] : validateSop(parsed.data);
  if (schemaProblems.length > 0) {
    return {
      ...base,
      problems: schemaProblems.map((p) => ({
        ruleId: 'schema' as const,
        messageId: p.messageId,
        data: p.data,
        range: p.atKey ? parsed.sourceMap.resolveKey(p.path) : parsed.sourceMap.resolve(p.path),
        stepId: stepIdAt(parsed.data, p.path),
      })),
    };
  }
  const sop = buildSop(parsed.data as Record<string, unknown>, { file, displayPath, hoursPerDay: options.hoursPerDay });
  return { ...base, problems: [], sop };
}
