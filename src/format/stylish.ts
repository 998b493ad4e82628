// The default terminal format, like ESLint's "stylish": findings grouped by file,
// `line:col  severity  message  rule-id`, and a summary line.

import { Chalk } from 'chalk';
import { countBySeverity } from '../engine/lint.js';
import type { Severity } from '../engine/types.js';
import type { Formatter } from './types.js';

const LABELS: Record<'zh-TW' | 'en', Record<Severity, string>> = {
  'zh-TW': { error: '錯誤', warn: '警告', info: '提示' },
  en: { error: 'error', warn: 'warning', info: 'info' },
};

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const labels = LABELS[context.lang];
  const colour = { error: chalk.red, warn: chalk.yellow, info: chalk.blue } as const;
  const out: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    out.push('', chalk.underline(result.displayPath));
    const rows = result.findings.map((f) => [`${f.line}:${f.column}`, labels[f.severity], f.message, f.ruleId, f.severity] as const);
    const w0 = Math.max(...rows.map((r) => width(r[0])));
    const w1 = Math.max(...rows.map((r) => width(r[1])));
    for (const [position, label, message, ruleId, severity] of rows) {
      out.push(`  ${chalk.dim(pad(position, w0))}  ${colour[severity](pad(label, w1))}  ${message}  ${chalk.dim(ruleId)}`);
    }
  }
  const { errors, warnings, infos } = countBySeverity(results);
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const summary =
    context.lang === 'en'
      ? `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`
      : `✖ 共 ${total} 個問題（${errors} 個錯誤，${warnings} 個警告，${infos} 個提示）`;
  out.push('', (errors > 0 ? chalk.red.bold : warnings > 0 ? chalk.yellow.bold : chalk.blue.bold)(summary), '');
  return out.join('\n');
};
