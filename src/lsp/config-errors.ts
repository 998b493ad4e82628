// A broken sop.config.yaml, as the editor shows it: each problem of the ConfigError
// (`file:line:column: message`, one per line) becomes a positioned problem in that file.

import type { ConfigError } from '../config/load-config.js';

export interface ConfigProblem {
  /** Absolute path of the config file. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  message: string;
}

const LOCATED = /^(.+?):(\d+):(\d+): (.*)$/;

/** The problems of a ConfigError; a line without a position is kept at 1:1 of `fallbackFile`. */
export function configProblems(error: ConfigError, fallbackFile?: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const line of error.message.split('\n')) {
    if (!line.trim()) continue;
    const match = LOCATED.exec(line);
    if (match) problems.push({ file: match[1]!, line: Number(match[2]), column: Number(match[3]), message: match[4]! });
    else if (fallbackFile) problems.push({ file: fallbackFile, line: 1, column: 1, message: line });
  }
  return problems;
}
