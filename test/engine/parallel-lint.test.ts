import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.js';
import { idleCores, PARALLEL_THRESHOLD, threadsForIdle } from '../../src/engine/parallel-lint.js';
// @ts-expect-error: a plain .mjs script without types
import { generateCorpus } from '../../scripts/generate-corpus.mjs';
import { runBin } from '../helpers/run-cli.js';

describe('linting over worker threads', () => {
  it('gives the same findings, in the same order, as one thread', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-parallel-'));
    const files: string[] = generateCorpus(dir, PARALLEL_THRESHOLD + 50);
    // Two files with the same id: a cross-file finding that needs the whole project index.
    writeFileSync(path.join(dir, 'zz-duplicate.sop.yaml'), writeDuplicateOf(files[0]!));
    // Two threads whatever the machine's load (which would otherwise keep a busy machine to one).
    const { code, stdout } = runBin(['lint', dir, '--format', 'json'], undefined, { SOP_LINT_THREADS: '2' });
    const parallel = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; line: number; message: string }[] }[];
    const single = lintFiles([...files, path.join(dir, 'zz-duplicate.sop.yaml')].sort(), { cwd: dir }).results;
    expect(parallel.map((r) => r.filePath)).toEqual(single.map((r) => r.filePath));
    expect(parallel.map((r) => r.messages.map((m) => `${m.ruleId}:${m.line}:${m.message}`))).toEqual(
      single.map((r) => r.findings.map((f) => `${f.ruleId}:${f.line}:${f.message}`)),
    );
    expect(parallel.at(-1)!.messages.map((m) => m.ruleId)).toContain('unique-id');
    expect(code).toBe(single.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0);
  });
});

describe('threads for a run', () => {
  it('uses the cores the load average leaves idle, and at least this thread', () => {
    expect(idleCores(2, 0.2)).toBe(2);
    expect(idleCores(2, 0.8)).toBe(1);
    expect(idleCores(2, 9.5)).toBe(1);
    expect(idleCores(8, 3.3)).toBe(5);
  });

  it('leaves one idle core to this thread: an idle 2-core machine lints in one thread, 5 idle cores in 4', () => {
    expect(threadsForIdle(idleCores(2, 0.1))).toBe(1);
    expect(threadsForIdle(idleCores(4, 0.1))).toBe(3);
    expect(threadsForIdle(idleCores(8, 3.3))).toBe(4);
    expect(threadsForIdle(1)).toBe(1);
  });
});

function writeDuplicateOf(file: string): string {
  return readFileSync(file, 'utf8');
}
