// Where a command's one output goes: standard output (no -o, `-o -` as ESLint reads a lone
// dash, or /dev/stdout), or a file named relative to the command's working folder, written
// atomically (always written, also when the output is empty) without replacing a link or a
// device there (pipeline/output-target.ts).

import path from 'node:path';
import { localize, type Lang } from '../i18n/lang.js';
import { writeFileAtomic } from '../pipeline/atomic-file.js';
import { CLI_MESSAGES } from './messages.js';
import { isStdoutPath, UsageError, type CommandIO } from './usage.js';

/** The output goes to standard output: no -o, `-o -` or `-o /dev/stdout`. */
export function toStdout(outputFile: string | undefined): boolean {
  return outputFile === undefined || isStdoutPath(outputFile);
}

/** Writes `text` to -o's file (resolved from io.cwd) and returns its absolute path, or prints it and returns undefined. */
export function writeOutput(io: CommandIO, outputFile: string | undefined, text: string, lang: Lang): string | undefined {
  if (toStdout(outputFile)) {
    if (text) io.stdout(text);
    return undefined;
  }
  const file = path.resolve(io.cwd, outputFile!);
  try {
    writeFileAtomic(file, text);
  } catch (error) {
    throw new UsageError(localize(CLI_MESSAGES.cannotWrite, lang, { file: outputFile, detail: (error as Error).message }));
  }
  return file;
}
