// GitLab Code Quality report (`artifacts: reports: codequality:`): a JSON array with one issue per
// finding — description, check_name, fingerprint, severity, location.path (relative to the
// repository root, as GitLab resolves it) and location.lines.begin/end — as GitLab documents it
// (docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
//
// The fingerprint tells GitLab which issues a merge request adds or resolves, so it leaves the
// line out: the same finding on a line that moved keeps its fingerprint. It hashes the file, the
// rule, the step and the message, plus a counter for identical findings within one file.

import { createHash } from 'node:crypto';
import type { Severity } from '../engine/types.js';
import { rootRelativePath } from './paths.js';
import type { Formatter } from './types.js';

/** Our severities on GitLab's scale (info, minor, major, critical, blocker), as ESLint's GitLab formatter maps them. */
export const GITLAB_SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = { info: 'info', warn: 'minor', error: 'major' };

export const gitlab: Formatter = (results, context) => {
  const issues = results.flatMap((result) => {
    const location = rootRelativePath(result.filePath, context);
    const seen = new Map<string, number>();
    return result.findings.map((f) => {
      const key = [location, f.ruleId, f.stepId ?? '', f.message].join('\0');
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      return {
        type: 'issue',
        description: f.message,
        check_name: f.ruleId,
        fingerprint: createHash('md5').update(`${key}\0${occurrence}`).digest('hex'),
        severity: GITLAB_SEVERITY[f.severity],
        location: { path: location, lines: { begin: f.line, end: f.endLine } },
      };
    });
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
