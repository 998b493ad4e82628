// A lint worker thread (see parallel-lint.ts): loads its share of the files, reports their
// summaries, waits for the project index of all files, then checks its files and posts the results.

import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../config/load-config.js';
import { AnalysisRun } from './analysis-run.js';
import { buildProjectIndex, checkLoaded, loadSources, summarize, type LintRunOptions } from './lint.js';
import type { SopSummary } from './types.js';
import type { Lang } from '../i18n/lang.js';

interface Data {
  files: string[];
  options: LintRunOptions;
  /** Send the SOP models back too (they are structured-cloned: plain data, Maps included). */
  withModels: boolean;
}

const { files, options, withModels } = workerData as Data;
const port = parentPort!;

try {
  const analyses = new AnalysisRun();
  const entries = loadSources(
    files.map((file) => ({ file })),
    options,
  );
  port.postMessage({
    type: 'loaded',
    summaries: entries.flatMap((e) => (e.file.sop ? [summarize(e.file.sop, e.config, undefined, analyses)] : [])),
    firstLang: entries[0]?.config.lang,
  });
  port.once('message', (message: { summaries: SopSummary[]; lang: Lang }) => {
    try {
      const results = checkLoaded(entries, buildProjectIndex(message.summaries), options, message.lang, analyses).map((r) => (withModels ? r : { ...r, sop: undefined }));
      port.postMessage({ type: 'results', results });
    } catch (error) {
      port.postMessage({ type: 'error', config: error instanceof ConfigError, message: (error as Error).message });
    }
  });
} catch (error) {
  port.postMessage({ type: 'error', config: error instanceof ConfigError, message: (error as Error).message });
}
