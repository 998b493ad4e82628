// SOP_TIMING: self time by rule and analysis, nested measurements taken out of the enclosing one.
import { describe, expect, it } from 'vitest';
import { Timing } from '../../src/engine/timing.js';
import { timingRows } from '../../src/cli/lint-action.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

describe('Timing', () => {
  it('counts self time: what a nested measurement took is not the enclosing one’s', () => {
    let clock = 0;
    const timing = new Timing(() => clock);
    const value = timing.measure('rule', () => {
      clock += 2;
      timing.measure('analysis', () => {
        clock += 5;
        timing.measure('inner', () => (clock += 1));
      });
      clock += 3;
      return 'done';
    });
    expect(value).toBe('done');
    const table = timing.table();
    const row = (label: string) => table.split('\n').find((line) => line.startsWith(label))!.split('|').map((cell) => cell.trim());
    expect(row('analysis')).toEqual(['analysis', '5.0', '45.5%', '1']);
    expect(row('rule')).toEqual(['rule', '5.0', '45.5%', '1']);
    expect(row('inner')).toEqual(['inner', '1.0', '9.1%', '1']);
    expect(row('(all measured)').slice(0, 2)).toEqual(['(all measured)', '11.0']);
  });

  it('keeps measuring after a throw, and passes the error on', () => {
    let clock = 0;
    const timing = new Timing(() => clock);
    expect(() =>
      timing.measure('outer', () =>
        timing.measure('fails', () => {
          clock += 4;
          throw new Error('boom');
        }),
      ),
    ).toThrow('boom');
    timing.measure('outer', () => (clock += 1));
    expect(timing.table()).toMatch(/^fails +\| +4\.0 \| +80\.0% \| 1$/m);
    expect(timing.table()).toMatch(/^outer +\| +1\.0 \| +20\.0% \| 2$/m);
  });

  it('prints the slowest rows first, as many as asked', () => {
    let clock = 0;
    const timing = new Timing(() => clock);
    for (const [label, ms] of [['a', 1], ['b', 3], ['c', 2]] as const) timing.measure(label, () => (clock += ms));
    const labels = timing.table(2).split('\n').slice(2, 4).map((line) => line.split('|')[0]!.trim());
    expect(labels).toEqual(['b', 'c']);
  });

  it('reads SOP_TIMING as ESLint reads TIMING: all, or a number of rows of at least 10', () => {
    expect(timingRows('all')).toBe(Infinity);
    expect(timingRows('1')).toBe(10);
    expect(timingRows('25')).toBe(25);
    expect(timingRows('yes')).toBe(10);
  });
});

describe('SOP_TIMING=1 sop lint', () => {
  it('prints where the time went to standard error and the same report to standard output', async () => {
    const args = ['lint', 'examples', '--format', 'json'];
    const plain = await runCli(args, ROOT, { env: { PATH: process.env.PATH } });
    const timed = await runCli(args, ROOT, { env: { PATH: process.env.PATH, SOP_TIMING: 'all' } });
    expect(timed.code).toBe(plain.code);
    expect(timed.stdout).toBe(plain.stdout);
    expect(plain.stderr).not.toContain('Time (ms)');
    const lines = timed.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^Rule \/ analysis +\| Time \(ms\) \| Relative \| Calls$/);
    const labels = lines.slice(2, -1).map((line) => line.split('|')[0]!.trim());
    // Every file loaded once, every rule run once per file, the shared analyses by name.
    expect(labels).toContain('(load: read, parse, schema, model)');
    expect(labels).toEqual(expect.arrayContaining(['owner', 'decision-shape', 'form-name', 'analysis: form analysis']));
    const calls = (label: string) => Number(lines.find((line) => line.startsWith(`${label} `))!.split('|')[3]);
    const files = (JSON.parse(timed.stdout) as unknown[]).length;
    expect(calls('(load: read, parse, schema, model)')).toBe(files);
    expect(calls('owner')).toBe(files);
  });
});
