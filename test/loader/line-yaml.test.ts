// The line path of the loader (line-yaml.ts) must read exactly what parseDocument reads (data,
// node ranges, lines), and leave every other file to the paths after it: checked on the generated
// corpus (which it reads whole), every YAML file of the repository (it reads most published SOPs),
// mutations of the examples and hostile text, as fast-yaml.test.ts checks the fast path.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { generateCorpus } from '../../scripts/generate-corpus.mjs';
import { HOSTILE, MUTATIONS } from '../helpers/yaml-cases.js';
import { lineRead, expectSameAsSlow, REPO_YAML, yamlFiles } from '../helpers/yaml-paths.js';

const { all: files, examples, root } = REPO_YAML;

const expectSame = (text: string) => expectSameAsSlow(lineRead, text);

describe('the line YAML path', () => {
  it('reads every file of the generated corpus as parseDocument does', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sop-line-yaml-'));
    try {
      for (const file of generateCorpus(dir, 60) as string[]) expect(expectSame(readFileSync(file, 'utf8')), file).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads what parseDocument reads in every YAML file of the repository, or leaves the file to the others', () => {
    let read = 0;
    for (const file of files) if (expectSame(readFileSync(file, 'utf8'))) read++;
    expect(read).toBeGreaterThan(0);
  });

  it('reads most published SOPs as transcribed, with their comment headers and notes', () => {
    const real = yamlFiles(path.join(root, 'test/fixtures/real')).filter((file) => file.endsWith('.sop.yaml'));
    const read = real.filter((file) => expectSame(readFileSync(file, 'utf8')));
    expect(read.length).toBeGreaterThan(real.length / 2);
  });

  it('agrees with parseDocument on mutated examples and their plainest lines', () => {
    let taken = 0;
    for (const file of examples) {
      // The examples without comments and blank lines: the shape this path reads.
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
      if (expectSame(`${lines.join('\n')}\n`)) taken++;
      // Comment lines and empty lines: lined up with the entry after them, or not.
      for (const extra of ['', '# note', '  # note', '    # note', '#']) {
        for (let i = 1; i < lines.length; i += 9) {
          const changed = [...lines];
          changed.splice(i, 0, extra);
          if (expectSame(`${changed.join('\n')}\n`)) taken++;
        }
      }
      lines.forEach((line, i) => {
        if (i % 5 !== 0) return;
        for (const mutate of MUTATIONS) {
          const changed = [...lines];
          changed[i] = mutate(line);
          if (expectSame(`${changed.join('\n')}\n`)) taken++;
        }
      });
    }
    expect(taken).toBeGreaterThan(0);
  });

  it('agrees on hostile and unusual text, or leaves it to the others', () => {
    const taken = HOSTILE.filter((text) => expectSame(text));
    expect(taken).not.toContain('a: 1\na: 2\n');
    for (const text of [
      'a: x\nb:\nc: [1, "2", \'3\']\n',
      'a:\n  - b: 1\n    c: [ ]\n  - 2\nd: null\n',
      '- a\n- b: ~\n',
      'a: "x"\nb: \'y\'',
      'a: http://x.y/z?q=1\nb: x:y\n',
      '# head\n\na: x\n\n# b\nb:\n  # c\n  c: [1, "2", \'3\']\n# end\n',
      'contact: 企劃處 05-2254321#686\n',
    ]) {
      expect(expectSame(text), text).toBe(true);
    }
  });

  it('keeps __proto__ a plain key', () => {
    const data = lineRead('__proto__: x\nb: 1\n')!.data;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data as object)).toEqual(['__proto__', 'b']);
  });
});
