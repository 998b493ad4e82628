// Loaded with `node --import` by the benchmark: prints the peak resident set size on exit.
process.on('exit', () => {
  process.stderr.write(`SOP_BENCH_MAXRSS=${process.resourceUsage().maxRSS}\n`);
});
