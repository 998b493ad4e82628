// Suppression comments in SOP files, like ESLint's:
//   # sop-disable-next-line decision-shape, owner -- reason   (the next line; above a step: the whole step)
//   kind: process  # sop-disable-line decision-shape -- reason (this line)
//   # sop-disable legal-basis -- reason                       (the whole file)
// With no rule ids a directive covers every rule. A directive that covers nothing is reported.

import type { SourceMap } from '../loader/source-map.js';
import type { Sop } from '../model/types.js';

export interface Directive {
  kind: 'next-line' | 'line' | 'file';
  /** Rule ids; empty = all rules. */
  rules: string[];
  reason?: string;
  /** Where the comment is (1-based). */
  line: number;
  column: number;
  /** Lines the directive covers: [first, last], or undefined for the whole file. */
  span?: [number, number];
  /** Step ids the directive covers (findings reported on such a step are covered wherever they point). */
  stepId?: string;
  /** Rule ids (or '*') that this directive actually suppressed. */
  used: Set<string>;
}

const DIRECTIVE = /(?:^|\s)#\s*sop-disable(-next-line|-line)?(?=\s|$)([^\n]*)$/;

function isContentLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

export function parseDirectives(text: string, sourceMap: SourceMap, sop: Sop | undefined): Directive[] {
  // Most files have none: neither the lines nor the steps' spans are needed then.
  if (!text.includes('sop-disable')) return [];
  const lines = text.split(/\r?\n/);
  const stepStarts = new Map<number, { id: string; span: [number, number] }>();
  sop?.steps.forEach((step, index) => {
    const span = sourceMap.lineSpan(['steps', index]);
    if (span) stepStarts.set(span[0], { id: step.id, span });
  });
  const directives: Directive[] = [];
  lines.forEach((lineText, index) => {
    const match = DIRECTIVE.exec(lineText);
    if (!match) return;
    const [body, reason] = match[2]!.split(/\s--\s?/, 2) as [string, string | undefined];
    const rules = body
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    const line = index + 1;
    const column = lineText.indexOf('#') + 1;
    const base = { rules, reason: reason?.trim() || undefined, line, column, used: new Set<string>() };
    if (match[1] === '-line') {
      directives.push({ ...base, kind: 'line', span: [line, line] });
    } else if (match[1] === '-next-line') {
      let target = index + 1;
      while (target < lines.length && !isContentLine(lines[target]!)) target++;
      const targetLine = target + 1;
      const step = stepStarts.get(targetLine);
      directives.push({ ...base, kind: 'next-line', span: step ? step.span : [targetLine, targetLine], stepId: step?.id });
    } else {
      directives.push({ ...base, kind: 'file' });
    }
  });
  return directives;
}

/** Whether a finding is covered by a directive; marks the directive used. */
export function isSuppressed(directives: Directive[], finding: { ruleId: string; line: number; stepId?: string }): boolean {
  let suppressed = false;
  for (const directive of directives) {
    if (directive.rules.length > 0 && !directive.rules.includes(finding.ruleId)) continue;
    const covers =
      directive.kind === 'file' ||
      (directive.stepId !== undefined && directive.stepId === finding.stepId) ||
      (directive.span !== undefined && finding.line >= directive.span[0] && finding.line <= directive.span[1]);
    if (covers) {
      directive.used.add(directive.rules.length > 0 ? finding.ruleId : '*');
      suppressed = true;
    }
  }
  return suppressed;
}
