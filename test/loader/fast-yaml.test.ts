// The fast path of the loader (fast-yaml.ts) must read exactly what parseDocument reads (data,
// node ranges, lines), and leave every file with a problem, or with what it does not follow, to
// parseDocument. Checked on every YAML file of the repository, on mutations of the examples (a
// line indented, unindented, commented, its colon or quote or bracket lost…) and on hostile text.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/loader/parse-yaml.js';
import { HOSTILE, MUTATIONS } from '../helpers/yaml-cases.js';
import { fastRead, expectSameAsSlow, REPO_YAML } from '../helpers/yaml-paths.js';

const { all: files, examples } = REPO_YAML;

const expectSame = (text: string) => expectSameAsSlow(fastRead, text);

describe('the fast YAML path', () => {
  it('reads every bundled example itself', () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const file of examples) expect(expectSame(readFileSync(file, 'utf8')), file).toBe(true);
  });

  it('reads what parseDocument reads in every YAML file of the repository, or leaves the file to it', () => {
    let read = 0;
    for (const file of files) if (expectSame(readFileSync(file, 'utf8'))) read++;
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('agrees with parseDocument on mutated examples', () => {
    let taken = 0;
    let given = 0;
    for (const file of examples) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (i % 7 !== 0) return;
        for (const mutate of MUTATIONS) {
          const changed = [...lines];
          changed[i] = mutate(line);
          if (expectSame(changed.join('\n'))) taken++;
          else given++;
        }
      });
    }
    // Both paths are exercised: the fast one reads most mutations, the slow one the broken ones.
    expect(taken).toBeGreaterThan(0);
    expect(given).toBeGreaterThan(0);
  });

  it('agrees with parseDocument on Windows line ends, trailing spaces and blank lines', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const changed of [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '  \n'), text.replace(/\n/g, '\n\n')]) expectSame(changed);
    }
    expect(expectSame('a: x\r\nb: [1,\r\n 2]\r\n')).toBe(true);
  });

  it('agrees on hostile and unusual text, or leaves it to parseDocument', () => {
    const taken = HOSTILE.filter((text) => expectSame(text));
    expect(taken).toContain('a: 1\n# trailing\n\n');
    expect(taken).not.toContain('a: 1\na: 2\n');
  });

  it('keeps __proto__ a plain key', () => {
    const { data } = parseYamlText('__proto__: {polluted: true}\nb: 1\n');
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data as object)).toEqual(['__proto__', 'b']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
