// SOP_TIMING=1 (as ESLint's TIMING): where a lint run's time goes, by rule and by shared analysis.
// Each row is self time: an analysis a rule asks for is counted under the analysis (the first
// asker pays, the others find it in the memo), and an analysis another one asks for under that
// one. Loading (parse, schema, model) is one row. The run is kept in one thread so that every
// file is counted.

/** Self time by label; nested measurements are taken out of the one that encloses them. */
export class Timing {
  private readonly self = new Map<string, number>();
  private readonly calls = new Map<string, number>();
  /** Time of the measurements nested in each open one, innermost last. */
  private readonly nested: number[] = [];

  /** `now`: the clock, in milliseconds (tests give their own). */
  constructor(private readonly now: () => number = () => performance.now()) {}

  measure<T>(label: string, work: () => T): T {
    const start = this.now();
    this.nested.push(0);
    try {
      return work();
    } finally {
      const total = this.now() - start;
      const inner = this.nested.pop()!;
      if (this.nested.length > 0) this.nested[this.nested.length - 1]! += total;
      this.self.set(label, (this.self.get(label) ?? 0) + total - inner);
      this.calls.set(label, (this.calls.get(label) ?? 0) + 1);
    }
  }

  /** The `top` rows with the most self time, as a table: label, milliseconds, share of all measured time, calls. */
  table(top = 30): string {
    const rows = [...this.self].sort((a, b) => b[1] - a[1]);
    const all = rows.reduce((sum, [, ms]) => sum + ms, 0);
    const width = Math.max(20, ...rows.slice(0, top).map(([label]) => label.length));
    const lines = [`${'Rule / analysis'.padEnd(width)} | Time (ms) | Relative | Calls`, `${'-'.repeat(width)}-|-----------|----------|------`];
    for (const [label, ms] of rows.slice(0, top)) {
      const share = all > 0 ? `${((100 * ms) / all).toFixed(1)}%` : '-';
      lines.push(`${label.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${share.padStart(8)} | ${this.calls.get(label)}`);
    }
    lines.push(`${'(all measured)'.padEnd(width)} | ${all.toFixed(1).padStart(9)} |`);
    return `${lines.join('\n')}\n`;
  }
}
