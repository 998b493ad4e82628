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
const THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const ELK = require(workerData.elkPath);
const elk = new ELK();
parentPort.on('message', ({ id, graph }) => {
  let pending;
  try { pending = elk.layout(graph); } catch (error) { pending = Promise.reject(error); }
  pending.then(
    (result) => parentPort.postMessage({ id, result }),
    (error) => parentPort.postMessage({ id, error: String((error && error.message) || error) }),
  );
});`;

const elkPath = createRequire(import.meta.url).resolve('elkjs/lib/elk.bundled.js');

type Reply = { id: number; result?: ElkNode; error?: string };

/** A layout waiting for a thread. */
interface Job {
  graph: ElkNode;
  budgetMs: number;
  resolve: (result: ElkNode) => void;
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

/**
 * The thread's young generation (MB). ELK allocates many short-lived objects: with a worker's
 * default (about half of this) the thread scavenged twice as often, and GC was a tenth or more of
 * its time; measured on 100 generated SOPs, larger gave little more.
 */
const YOUNG_GENERATION_MB = 64;

function startThread(): Worker {
  const resourceLimits = { stackSizeMb: 16, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  const worker = new Worker(THREAD_CODE, { eval: true, workerData: { elkPath }, resourceLimits });
  worker.unref();
  threadCount++;
  return worker;
}

/**
 * Starts the ELK thread now, so that loading ELK (about 200 ms of compiling) runs while the
 * caller reads and lints its files; the first layout then finds it ready. Idle, it does not keep
 * the process alive.
 */
export function startLayoutThread(): void {
  if (threadCount === 0) idle.push(startThread());
}

/** Gives waiting layouts to an idle thread, starting one when there is none. */
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
  worker.postMessage({ id, graph: job.graph });
}

/** Lays the graph out in an ELK thread; rejects with LayoutBudgetError past the budget, or with ELK's error. */
export function layoutInThread(graph: ElkNode, budgetMs = LAYOUT_BUDGET_MS): Promise<ElkNode> {
  return new Promise<ElkNode>((resolve, reject) => {
    queue.push({ graph, budgetMs, resolve, reject });
    pump();
  });
}
