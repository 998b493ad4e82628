// Loaded with `node --import` by the benchmark: prints the peak resident set size and the CPU
// time of the whole process (every thread) on exit.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`SOP_BENCH_MAXRSS=${usage.maxRSS}\nSOP_BENCH_CPU_MS=${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
});
