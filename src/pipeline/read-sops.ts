// SOP files read once and linted together (cross-file checks included) with the run's config, each
// kept with the text its findings are about and the line where each step starts: what a viewer of
// the source needs (`sop preview`). Nothing is written.

import { lintSources, type LintSource } from '../engine/lint.js';
import type { FileResult } from '../engine/types.js';
import { parseYamlText, readYamlText } from '../loader/parse-yaml.js';
import { sopTitles } from './drawable.js';
import type { RenderRun } from './render-run.js';

export interface SopSource {
  result: FileResult;
  /** The text that was linted ('' when the file could not be read: its finding says why). */
  text: string;
  /** Step id → the 1-based line where the step's entry starts (loaded SOPs only). */
  stepLines: Record<string, number>;
}

export interface ReadSops {
  sources: SopSource[];
  /** Titles of the SOPs by id, for drawing subprocess steps (drawable.ts). */
  sopTitles: Map<string, string>;
}

/** Where each step of a loaded SOP starts in its text. */
function stepLines(result: FileResult, text: string): Record<string, number> {
  const lines: Record<string, number> = {};
  if (!result.sop) return lines;
  const { sourceMap } = parseYamlText(text);
  for (const step of result.sop.steps) lines[step.id] ??= sourceMap.resolve(['steps', step.index]).line;
  return lines;
}

/** Reads and lints the files (absolute paths) as `sop render` does. Throws ConfigError for a broken config. */
export function readSops(run: RenderRun, files: readonly string[]): ReadSops {
  const texts = new Map<string, string>();
  const sources: LintSource[] = files.map((file) => {
    const read = readYamlText(file);
    if (read.text === undefined) return { file };
    texts.set(file, read.text);
    return { file, text: read.text };
  });
  const { results } = lintSources(sources, { cwd: run.cwd, configFile: run.configFile, lang: run.lang });
  return {
    sources: results.map((result) => {
      const text = texts.get(result.filePath) ?? '';
      return { result, text, stepLines: stepLines(result, text) };
    }),
    sopTitles: sopTitles(results),
  };
}
