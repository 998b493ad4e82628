// The formats of `sop report`, each loaded only when asked for.

import type { Lang } from '../i18n/lang.js';
import type { Report } from '../report/build-report.js';

// The report's code loads only when `sop report` runs (its zh-Hant collator alone costs every
// other command's start-up ~10 ms), and of the formats only the one asked for.
export const REPORT_FORMATS: Record<string, () => Promise<(report: Report, lang: Lang) => string>> = {
  md: async () => (await import('../report/format-md.js')).formatMarkdown,
  html: async () => (await import('../report/format-html.js')).formatHtml,
  csv: async () => (await import('../report/format-csv.js')).formatCsv,
  json: async () => {
    const { formatJson } = await import('../report/format-json.js');
    return (report) => formatJson(report);
  },
};

