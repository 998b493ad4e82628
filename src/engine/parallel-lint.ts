// Linting many files over worker threads. Parsing YAML dominates the cost of linting (see
// `npm run bench`), and it parallelises: each worker loads a contiguous share of the files,
// the main thread merges their summaries into one project index (cross-file checks see every
// file), and each worker then checks its own files. Results come back in file order. Small runs,
// and runs from TypeScript sources (tests), stay in this thread.
//
// A worker pays for itself only on a core nobody else uses: it loads the modules, compiles the
// schema and warms up the JIT again. On a busy machine (other jobs already using the cores, as in
// CI runners shared by several jobs) the same wall time is spent and more CPU, so the number of
// threads follows the cores left idle by the load average, as `make -l` does, less one: the main
// thread's own share and V8's garbage collector need a core too. Measured on an idle 2-core
// machine, 1,000 files: one thread 3.20 s, two threads 3.46 s and 37 % more CPU (median of 5,
// interleaved), so two cores lint in one thread. SOP_LINT_THREADS=n sets the number.

import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../config/load-config.js';
import type { Lang } from '../i18n/lang.js';
import { AnalysisRun } from './analysis-run.js';
import { buildProjectIndex, checkLoaded, lintFiles, loadSources, summarize, type LintRun, type LintRunOptions } from './lint.js';
import type { FileResult, SopSummary } from './types.js';

/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 200;

// Beside this module: compiled (dist/engine/*.js) or bundled (dist/bundle/*.cjs); not from src/ (tests).
const workerUrl = new URL(import.meta.url.endsWith('.cjs') ? './lint-worker.cjs' : './lint-worker.js', import.meta.url);
const compiled = /\.c?js$/.test(import.meta.url);

type WorkerMessage =
  | { type: 'loaded'; summaries: SopSummary[]; firstLang?: Lang }
  | { type: 'results'; results: FileResult[] }
  | { type: 'error'; config: boolean; message: string };

/** Cores that other work leaves idle (at least one: this thread's). */
export function idleCores(cores = availableParallelism(), load = loadavg()[0]!): number {
  return Math.max(1, Math.round(cores - load));
}

/** SOP_LINT_THREADS=n fixes the number of threads (1: this thread only), e.g. for a benchmark or a test of the workers. */
function threadsWanted(): number {
  const fixed = Number(process.env.SOP_LINT_THREADS);
  return Number.isInteger(fixed) && fixed >= 1 ? fixed : threadsForIdle(idleCores());
}

/** Threads for `idle` idle cores: one fewer (see above), at least this one. */
export function threadsForIdle(idle: number): number {
  return Math.max(1, idle - 1);
}

function workerCount(files: number): number {
  return Math.max(1, Math.min(threadsWanted(), 4, Math.floor(files / (PARALLEL_THRESHOLD / 2))));
}

export interface ParallelOptions {
  /** Return each file's SOP model too (structured-cloned from its worker): `sop report` needs them. */
  withModels?: boolean;
}

/** Lints files, over worker threads when it pays. Same results as lintFiles (`sop` only withModels). */
export async function lintFilesParallel(files: string[], options: LintRunOptions, parallel: ParallelOptions = {}): Promise<LintRun> {
  const threads = workerCount(files.length);
  const plain = options.rules === undefined && options.report === undefined && options.config === undefined && options.timing === undefined;
  if (!compiled || !plain || threads < 2 || files.length < PARALLEL_THRESHOLD) return lintFiles(files, options, parallel.withModels ?? false);

  const size = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
  // This thread takes the first share itself: one worker fewer to start, and no idle core.
  const workers = shares.slice(1).map((share) => new Worker(workerUrl, { workerData: { files: share, options, withModels: parallel.withModels ?? false } }));
  const next = (worker: Worker): Promise<WorkerMessage> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: WorkerMessage) => {
        worker.off('error', onError);
        resolve(message);
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
    });
  const fail = (message: WorkerMessage & { type: 'error' }): never => {
    throw message.config ? new ConfigError(message.message) : new Error(message.message);
  };
  try {
    const loading = workers.map(next);
    const own = loadSources(
      shares[0]!.map((file) => ({ file })),
      options,
    );
    const loaded = await Promise.all(loading);
    const analyses = new AnalysisRun();
    const summaries: SopSummary[] = own.flatMap((e) => (e.file.sop ? [summarize(e.file.sop, e.config, undefined, analyses)] : []));
    for (const message of loaded) {
      if (message.type === 'error') fail(message);
      if (message.type === 'loaded') summaries.push(...message.summaries);
    }
    const lang: Lang = options.lang ?? own[0]?.config.lang ?? 'zh-TW';
    const pending = workers.map(next);
    workers.forEach((worker) => worker.postMessage({ summaries, lang }));
    const results: FileResult[] = checkLoaded(own, buildProjectIndex(summaries), options, lang, analyses).map((r) => (parallel.withModels ? r : { ...r, sop: undefined }));
    for (const message of await Promise.all(pending)) {
      if (message.type === 'error') fail(message);
      if (message.type === 'results') results.push(...message.results);
    }
    return { results, lang };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
