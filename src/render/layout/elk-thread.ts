// ELK in a worker thread, with a time budget. ELK's layered layout is synchronous and, on some
// graphs (long chains of decisions), super-linear: 100 decisions took 33 s, 200 over 300 s. In a
// thread it can be stopped: past the budget the thread is terminated and the layout fails with
// LayoutBudgetError (the render pipeline reports the SOP as `render-error` and goes on). The
// thread also has its own stack, so a graph that overflows ELK's recursion fails there, as an
// error, instead of taking the run down.

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

let thread: Worker | undefined;
let nextId = 0;

function elkThread(): Worker {
  if (!thread) {
    thread = new Worker(THREAD_CODE, { eval: true, workerData: { elkPath }, resourceLimits: { stackSizeMb: 16 } });
    // An idle thread does not keep the process alive.
    thread.unref();
  }
  return thread;
}

/**
 * Starts the ELK thread now, so that loading ELK (about 200 ms of compiling) runs while the
 * caller reads and lints its files; the first layout then finds it ready. Idle, it does not keep
 * the process alive.
 */
export function startLayoutThread(): void {
  elkThread();
}

function stop(worker: Worker): void {
  if (thread === worker) thread = undefined;
  void worker.terminate();
}

/** Lays the graph out in the ELK thread; rejects with LayoutBudgetError past the budget, or with ELK's error. */
export function layoutInThread(graph: ElkNode, budgetMs = LAYOUT_BUDGET_MS): Promise<ElkNode> {
  const worker = elkThread();
  const id = nextId++;
  return new Promise<ElkNode>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.unref();
    };
    const onMessage = (reply: Reply) => {
      if (reply.id !== id) return;
      done();
      if (reply.error !== undefined) reject(new Error(reply.error));
      else resolve(reply.result!);
    };
    const onError = (error: Error) => {
      done();
      stop(worker);
      reject(error);
    };
    const timer = setTimeout(() => {
      done();
      stop(worker);
      reject(new LayoutBudgetError(budgetMs));
    }, budgetMs);
    worker.ref();
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage({ id, graph });
  });
}
