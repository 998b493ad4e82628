// The report as JSON: the structured report itself (times in minutes), for other tools.

import type { Report } from './build-report.js';

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
