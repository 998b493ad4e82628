// The default terminal format, like ESLint's "stylish": findings grouped by file,
// `line:col  severity  message  rule-id`, and a summary line.

import { Chalk } from 'chalk';
import { countBySeverity } from '../engine/lint.js';
import { displayWidth, padToWidth } from '../i18n/display-width.js';
import { localize } from '../i18n/lang.js';
import { SEVERITY_NAMES } from './severity-names.js';
import type { Formatter } from './types.js';



export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const labels = { error: localize(SEVERITY_NAMES.error, context.lang), warn: localize(SEVERITY_NAMES.warn, context.lang), info: localize(SEVERITY_NAMES.info, context.lang) };
  const colour = { error: chalk.red, warn: chalk.yellow, info: chalk.blue } as const;
  const out: string[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue;
    out.push('', chalk.underline(result.displayPath));
    const rows = result.findings.map((f) => [`${f.line}:${f.column}`, labels[f.severity], f.message, f.ruleId, f.severity] as const);
    const w0 = Math.max(...rows.map((r) => displayWidth(r[0])));
    const w1 = Math.max(...rows.map((r) => displayWidth(r[1])));
    for (const [position, label, message, ruleId, severity] of rows) {
      out.push(`  ${chalk.dim(padToWidth(position, w0))}  ${colour[severity](padToWidth(label, w1))}  ${message}  ${chalk.dim(ruleId)}`);
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
