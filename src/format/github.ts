// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, escaped
// as GitHub documents (data: % CR LF; properties: also : and ,). `file` is relative to the
// repository root, where GitHub places annotations, wherever sop runs.

import { rootRelativePath } from './paths.js';
import type { Formatter } from './types.js';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND = { error: 'error', warn: 'warning', info: 'notice' } as const;

export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const f of result.findings) {
      const properties = [
        `file=${escapeProperty(rootRelativePath(result.filePath, context))}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`sop ${f.ruleId}`)}`,
      ].join(',');
      lines.push(`::${COMMAND[f.severity]} ${properties}::${escapeData(f.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
