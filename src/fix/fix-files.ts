// From lint results to the file edits of their safe fixes: reads each file that has fixable
// findings, applies the fixes (apply-fixes.ts) and returns before/after texts. Writes nothing:
// the caller writes (atomically) or prints a diff.

import { readFileSync } from 'node:fs';
import type { FileResult, Finding } from '../engine/types.js';
import { applyFixes, type ApplyResult, type TextFix } from './apply-fixes.js';

export interface FileFix {
  file: string;
  displayPath: string;
  before: string;
  after: string;
  applied: TextFix[];
  skipped: ApplyResult['skipped'];
}

const BOM = '\uFEFF';

/**
 * The fixes of the findings that pass `include` (default: all), per file, in finding order.
 * `read` gives a file's text (default: from disk; `sop lint --stdin` gives standard input's).
 */
export function planFixes(
  results: readonly FileResult[],
  include: (finding: Finding) => boolean = () => true,
  read: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): FileFix[] {
  const plans: FileFix[] = [];
  for (const result of results) {
    const fixes = result.findings.filter((f) => f.fix && include(f)).map((f) => f.fix!);
    if (fixes.length === 0) continue;
    const before = read(result.filePath);
    // The loader reads past a byte-order mark; keep it where it was.
    const bom = before.startsWith(BOM) ? BOM : '';
    const outcome = applyFixes(before.slice(bom.length), fixes);
    plans.push({
      file: result.filePath,
      displayPath: result.displayPath,
      before,
      after: outcome.applied.length > 0 ? bom + outcome.text : before,
      applied: outcome.applied,
      skipped: outcome.skipped,
    });
  }
  return plans;
}
