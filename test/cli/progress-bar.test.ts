import { describe, expect, it } from 'vitest';
import { fitColumns, ProgressBar, progressLine } from '../../src/cli/progress-bar.js';

describe('progress bar', () => {
  it('shows the pass, a bar over both passes, the count and the SOP', () => {
    expect(progressLine({ phase: 'layout', done: 12, total: 40, id: 'petition-online' }, 'zh-TW', 8)).toBe('排版 [█░░░░░░░] 12/40 petition-online');
    expect(progressLine({ phase: 'write', done: 40, total: 40, id: 'x' }, 'en', 8)).toBe('write [████████] 40/40 x');
  });

  it('cuts the line to the terminal width, CJK characters taking two cells', () => {
    expect(fitColumns('排版 abc', 6)).toBe('排版 a');
    expect(fitColumns('abc', 10)).toBe('abc');
  });

  it('redraws one line in place and clears it', () => {
    const out: string[] = [];
    const bar = new ProgressBar((t) => out.push(t), 'en', 80);
    bar.update({ phase: 'layout', done: 1, total: 2, id: 'a' });
    bar.update({ phase: 'layout', done: 2, total: 2, id: 'b' });
    bar.clear();
    bar.clear();
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^\r.*1\/2 a\x1b\[K$/);
    expect(out[2]).toBe('\r\x1b[K');
  });
});
