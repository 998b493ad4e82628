// ELK in a worker thread, with a time budget. ELK's layered layout is synchronous and, on some
// graphs (long chains of decisions), super-linear: 100 decisions took 33 s, 200 over 300 s. In a
// thread it can be stopped: past the budget the thread is terminated and the layout fails with
// LayoutBudgetError (the render pipeline reports the SOP as `render-error` and goes on). The
// thread also has its own stack, so a graph that overflows ELK's recursion fails there, as an
// error, instead of taking the run down. Layouts wait in a queue for a thread, which takes one
// at a time, so a layout's budget counts its own time only.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

/** How long one ELK layout may take (ms); documented in docs/rules/render-error.md. */
export const LAYOUT_BUDGET_MS = 30_000;

/** A layout that did not finish within its budget. */
export class LayoutBudgetError extends Error {
  constructor(readonly budgetMs: number) {
    super(`layout took longer than ${budgetMs / 1000} s`);
  }
}

// The thread's code: CommonJS, given as text so that it runs the same from src/ (tests) and dist/.
// ELK (1.6 MB of GWT-compiled JavaScript) is compiled from V8's code cache when there is one that
// fits: the bytecode of the functions a layout runs, saved after warm layouts by `npm run build`
// (scripts/elk-code-cache.mjs), so that a cold process neither parses ELK nor compiles those
// functions lazily. The file starts with a key (SHA-256 of the Node and V8 versions and ELK's
// source) and a SHA-256 of the data: V8 itself only checks the source's length, and aborts the
// process on damaged bytecode. A cache that does not fit, or that V8 rejects (other V8 flags), is
// ignored: ELK compiles as it would without one.
// The thread sets no V8 flags: `sop` sets them all when it starts (bin/v8-flags.js), and a flag
// set here, for the whole process, made V8 turn down the code caches of modules loaded after the
// thread started (pdfkit, the PDF writer).
const THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');
const { elkPath, cacheFile } = workerData;
const sha256 = (...parts) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest();
const source = '(function (exports, require, module, __filename, __dirname) {' + readFileSync(elkPath, 'utf8') + '\\n})';
const key = sha256(process.version, '\\0', process.versions.v8, '\\0', source);
function readCache() {
  if (!cacheFile) return undefined;
  let bytes;
  try { bytes = readFileSync(cacheFile); } catch { return undefined; }
  const data = bytes.subarray(64);
  const fits = bytes.length > 64 && key.equals(bytes.subarray(0, 32)) && sha256(data).equals(bytes.subarray(32, 64));
  return fits ? data : undefined;
}
const cachedData = readCache();
const script = new vm.Script(source, { filename: elkPath, cachedData });
const codeCache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
const elkModule = { exports: {} };
script.runInThisContext()(elkModule.exports, createRequire(elkPath), elkModule, elkPath, path.dirname(elkPath));
const elk = new elkModule.exports();
function writeCache(file) {
  const data = script.createCachedData();
  const temp = file + '.' + process.pid + '.tmp';
  writeFileSync(temp, Buffer.concat([key, sha256(data), data]));
  renameSync(temp, file);
  return data.length;
}
parentPort.on('message', ({ id, graph, ask }) => {
  let pending;
  try {
    if (ask === 'code-cache') pending = Promise.resolve(codeCache);
    else if (ask) pending = Promise.resolve(writeCache(ask.writeCodeCache));
    else pending = elk.layout(graph);
  } catch (error) { pending = Promise.reject(error); }
  pending.then(
    (result) => parentPort.postMessage({ id, result }),
    (error) => parentPort.postMessage({ id, error: String((error && error.message) || error) }),
  );
});`;

const elkPath = createRequire(import.meta.url).resolve('elkjs/lib/elk.bundled.js');

/** What a thread asks besides a layout: how ELK was compiled, or to save its code cache to a file. */
type Ask = 'code-cache' | { writeCodeCache: string };
type Reply = { id: number; result?: unknown; error?: string };

/** A request waiting for a thread. */
interface Job {
  message: { graph: ElkNode } | { ask: Ask };
  budgetMs: number;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/** Layouts waiting for a thread, oldest first; a thread takes one at a time, so a layout's budget counts only its own time. */
const queue: Job[] = [];
/** Threads with nothing to do (they do not keep the process alive). */
const idle: Worker[] = [];
let threadCount = 0;
let nextId = 0;
/** One thread: a second one warms ELK up again (seconds of CPU), more than it gives on two cores. */
const THREAD_LIMIT = 1;
/** The code cache threads compile ELK from, if it fits (undefined: none). */
let codeCacheFile: string | undefined;

/**
 * The thread's young generation (MB). ELK allocates many short-lived objects: with a worker's
 * default (about half of this) the thread scavenged twice as often, and GC was a tenth or more of
 * its time; measured on 100 generated SOPs, larger gave little more.
 */
const YOUNG_GENERATION_MB = 64;

function startThread(): Worker {
  const resourceLimits = { stackSizeMb: 16, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  const worker = new Worker(THREAD_CODE, { eval: true, workerData: { elkPath, cacheFile: codeCacheFile }, resourceLimits });
  worker.unref();
  threadCount++;
  return worker;
}

/**
 * Starts the ELK thread now, so that loading ELK runs while the caller reads and lints its files;
 * the first layout then finds it ready. Idle, it does not keep the process alive. Threads started
 * from now on compile ELK from `codeCacheFile` (the build's: package-info.ts) if it fits.
 */
export function startLayoutThread(options: { codeCacheFile?: string } = {}): void {
  codeCacheFile = options.codeCacheFile;
  if (threadCount === 0) idle.push(startThread());
}

/** Threads started from now on (when a layout first asks for one) compile ELK from `file` if it fits; none starts now. */
export function useLayoutCodeCache(file: string | undefined): void {
  codeCacheFile = file;
}

/** Gives waiting requests to an idle thread, starting one when there is none. */
function pump(): void {
  while (queue.length > 0) {
    const worker = idle.pop() ?? (threadCount < THREAD_LIMIT ? startThread() : undefined);
    if (!worker) return;
    run(worker, queue.shift()!);
  }
}

function run(worker: Worker, job: Job): void {
  const id = nextId++;
  const done = (keep: boolean) => {
    clearTimeout(timer);
    worker.off('message', onMessage);
    worker.off('error', onError);
    worker.unref();
    if (keep) idle.push(worker);
    else {
      threadCount--;
      void worker.terminate();
    }
    pump();
  };
  const onMessage = (reply: Reply) => {
    if (reply.id !== id) return;
    done(true);
    if (reply.error !== undefined) job.reject(new Error(reply.error));
    else job.resolve(reply.result!);
  };
  const onError = (error: Error) => {
    done(false);
    job.reject(error);
  };
  const timer = setTimeout(() => {
    done(false);
    job.reject(new LayoutBudgetError(job.budgetMs));
  }, job.budgetMs);
  // A thread at work keeps the process alive.
  worker.ref();
  worker.on('message', onMessage);
  worker.on('error', onError);
  worker.postMessage({ id, ...job.message });
}

function request<T>(message: Job['message'], budgetMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queue.push({ message, budgetMs, resolve: resolve as (result: unknown) => void, reject });
    pump();
  });
}

/** Lays the graph out in an ELK thread; rejects with LayoutBudgetError past the budget, or with ELK's error. */
export function layoutInThread(graph: ElkNode, budgetMs = LAYOUT_BUDGET_MS): Promise<ElkNode> {
  return request<ElkNode>({ graph }, budgetMs);
}

/** How the thread compiled ELK: with the code cache (`used`), with one V8 turned down (`rejected`), or without one that fits (`none`). */
export function layoutCodeCacheState(): Promise<'used' | 'rejected' | 'none'> {
  return request({ ask: 'code-cache' }, LAYOUT_BUDGET_MS);
}

/**
 * Saves the thread's code cache of ELK to `file` (replaced whole, never half-written): the
 * bytecode of every ELK function compiled so far, so call it after layouts that run the code a
 * render runs. Resolves with the size of V8's data in bytes.
 */
export function writeLayoutCodeCache(file: string): Promise<number> {
  return request({ ask: { writeCodeCache: file } }, LAYOUT_BUDGET_MS);
}
