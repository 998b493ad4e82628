// ESLint-compatible JSON: one entry per file with its messages and counts.

import type { Formatter } from './types.js';

export const json: Formatter = (results) => {
  const files = results.map((result) => {
    const messages = result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === 'error' ? 2 : 1,
      level: f.severity === 'error' ? 'error' : f.severity === 'warn' ? 'warning' : 'info',
      message: f.message,
      messageId: f.messageId,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      ...(f.stepId !== undefined ? { stepId: f.stepId } : {}),
    }));
    return {
      filePath: result.filePath,
      messages,
      errorCount: result.findings.filter((f) => f.severity === 'error').length,
      warningCount: result.findings.filter((f) => f.severity === 'warn').length,
      infoCount: result.findings.filter((f) => f.severity === 'info').length,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  });
  return `${JSON.stringify(files, null, 2)}\n`;
};
