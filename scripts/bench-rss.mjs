// Loaded with `node --import` by the benchmark: prints the peak resident set size and the CPU
// time of the process (every thread: user + system) on exit. Node runs this hook in worker
// threads too (sop lint's and sop render's workers): only the main thread prints, once, at the end.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    process.stderr.write(`SOP_BENCH_MAXRSS=${usage.maxRSS}\nSOP_BENCH_CPU_US=${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
}
