// ESLint-compatible JSON: one entry per file with its messages and counts, in ESLint's shape.
//
// ESLint knows two severities, 1 (warning) and 2 (error); sop has three. An info is a message
// of severity 1 with `level: "info"`, and it is counted as ESLint counts severity 1: in
// `warningCount`, so that errorCount + warningCount = the number of messages, as tools that read
// ESLint's JSON expect. `infoCount` says how many of those are infos (sop's own warnings are
// warningCount − infoCount; `--max-warnings` counts only those). `fatalErrorCount` counts the
// files' YAML syntax errors (ESLint's parse errors, `fatal: true`); the fixable counts count the
// findings `sop lint --fix` can fix.

import type { Finding } from '../engine/types.js';
import type { Formatter } from './types.js';

const LEVEL = { error: 'error', warn: 'warning', info: 'info' } as const;

/** A YAML syntax error: the file could not be read at all, as ESLint's parse errors. */
function isFatal(f: Finding): boolean {
  return f.ruleId === 'yaml' && f.severity === 'error';
}

export const json: Formatter = (results) => {
  const files = results.map((result) => {
    const messages = result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === 'error' ? 2 : 1,
      level: LEVEL[f.severity],
      ...(isFatal(f) ? { fatal: true } : {}),
      message: f.message,
      messageId: f.messageId,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ...(f.stepId !== undefined ? { stepId: f.stepId } : {}),
    }));
    const count = (test: (f: Finding) => boolean) => result.findings.filter(test).length;
    return {
      filePath: result.filePath,
      messages,
      errorCount: count((f) => f.severity === 'error'),
      fatalErrorCount: count(isFatal),
      warningCount: count((f) => f.severity !== 'error'),
      infoCount: count((f) => f.severity === 'info'),
      fixableErrorCount: count((f) => f.severity === 'error' && f.fix !== undefined),
      fixableWarningCount: count((f) => f.severity !== 'error' && f.fix !== undefined),
      fixableInfoCount: count((f) => f.severity === 'info' && f.fix !== undefined),
    };
  });
  return `${JSON.stringify(files, null, 2)}\n`;
};
