// ELK's V8 code cache (elk-thread.ts, scripts/elk-code-cache.mjs): the build makes one that a
// thread compiles ELK from, under the V8 flags `sop` runs with (bin/v8-flags.js: V8 turns a cache
// down under other flags); a cache that is missing, stale or damaged is ignored (V8 itself would
// abort the process on damaged bytecode) and layouts come out the same whichever way ELK was
// compiled. Each case runs in its own process, with the flags bin/sop.js sets: a process has one
// ELK thread.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { elkCodeCacheFile } from '../../../src/package-info.js';
import { ROOT } from '../../helpers/run-cli.js';

const THREAD_MODULE = pathToFileURL(path.join(ROOT, 'dist/render/layout/elk-thread.js')).href;
const BUILT_CACHE = path.join(ROOT, 'dist/elk-code-cache.bin');
/** The flags bin/sop.js sets before anything is compiled. */
const { V8_FLAGS } = createRequire(import.meta.url)(path.join(ROOT, 'bin/v8-flags.js')) as { V8_FLAGS: string };

/** Two boxes with fixed ports and an edge, laid out as the charts are (layered, downward, orthogonal). */
const GRAPH = {
  id: 'root',
  layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.edgeRouting': 'ORTHOGONAL', 'elk.randomSeed': '1' },
  children: ['a', 'b', 'c'].map((id) => ({
    id,
    width: 120,
    height: 40,
    layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
    ports: [
      { id: `${id}.N`, x: 60, y: 0, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'NORTH' } },
      { id: `${id}.S`, x: 60, y: 40, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'SOUTH' } },
    ],
  })),
  edges: [
    { id: 'ab', sources: ['a.S'], targets: ['b.N'] },
    { id: 'ac', sources: ['a.S'], targets: ['c.N'] },
    { id: 'bc', sources: ['b.S'], targets: ['c.N'] },
  ],
};

const dir = mkdtempSync(path.join(tmpdir(), 'sop-elk-cache-'));
let cases = 0;

interface Outcome {
  state: string;
  layout: string;
}

/** In a new process with `sop`'s V8 flags (or `flags`): an ELK thread started with `cacheFile` (null: none), how it compiled ELK, and its layout of GRAPH; then, if `writeTo`, its code cache saved there. */
function inProcess(cacheFile: string | null, writeTo?: string, flags = V8_FLAGS): Outcome {
  const code = `
    (await import('node:v8')).setFlagsFromString(${JSON.stringify(flags)});
    const thread = await import(${JSON.stringify(THREAD_MODULE)});
    thread.startLayoutThread(${cacheFile === null ? '' : `{ codeCacheFile: ${JSON.stringify(cacheFile)} }`});
    const state = await thread.layoutCodeCacheState();
    const layout = JSON.stringify(await thread.layoutInThread(${JSON.stringify(GRAPH)}));
    ${writeTo ? `await thread.writeLayoutCodeCache(${JSON.stringify(writeTo)});` : ''}
    console.log(JSON.stringify({ state, layout }));`;
  // A file, not `-e`: a worker inherits --input-type=module and would read the thread's CommonJS as a module.
  const script = path.join(dir, `case-${cases++}.mjs`);
  writeFileSync(script, code);
  const ran = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  expect(ran.stderr).toBe('');
  expect(ran.status).toBe(0);
  return JSON.parse(ran.stdout) as Outcome;
}

describe("ELK's code cache", () => {
  let fromSource: Outcome;
  beforeAll(() => {
    fromSource = inProcess(null);
  });

  it('is made by the build where the render commands look for it, and a thread compiles ELK from it with the same layout as from source', () => {
    expect(fromSource.state).toBe('none');
    expect(elkCodeCacheFile()).toBe(BUILT_CACHE);
    expect(existsSync(BUILT_CACHE)).toBe(true);
    const built = inProcess(BUILT_CACHE);
    expect(built.state).toBe('used');
    expect(built.layout).toBe(fromSource.layout);
    expect(JSON.parse(built.layout).children).toHaveLength(3);
  });

  it('is turned down by V8 under other flags than those it was made with: ELK compiles from source', () => {
    const other = inProcess(BUILT_CACHE, undefined, '--max-inlined-bytecode-size-cumulative=99');
    expect(other.state).toBe('rejected');
    expect(other.layout).toBe(fromSource.layout);
  });

  it('is saved by a thread after layouts and used by the next process', () => {
    const file = path.join(dir, 'saved.bin');
    expect(inProcess(null, file).state).toBe('none');
    const next = inProcess(file);
    expect(next.state).toBe('used');
    expect(next.layout).toBe(fromSource.layout);
  });

  /** A copy of the build's cache, changed by `damage`. */
  function damaged(name: string, damage: (bytes: Buffer) => Uint8Array): string {
    const file = path.join(dir, name);
    copyFileSync(BUILT_CACHE, file);
    writeFileSync(file, damage(readFileSync(file)));
    return file;
  }

  it.each([
    ['missing', () => path.join(dir, 'missing.bin')],
    ['empty', () => damaged('empty.bin', () => Buffer.alloc(0))],
    ['truncated', () => damaged('truncated.bin', (bytes) => bytes.subarray(0, bytes.length >> 1))],
    // Bytecode flipped behind a valid key: V8 would take it and abort the process.
    ['with damaged data', () => damaged('flipped.bin', (bytes) => bytes.map((byte, at) => (at > 4096 && at % 997 === 0 ? byte ^ 0x55 : byte)))],
    // Made for another ELK source or Node version: the key differs.
    ['stale', () => damaged('stale.bin', (bytes) => bytes.map((byte, at) => (at === 0 ? byte ^ 1 : byte)))],
    ['not a cache', () => damaged('text.bin', () => Buffer.from('not a code cache\n'.repeat(100)))],
  ])('is ignored when %s: ELK compiles from source and lays out the same', (_name, file) => {
    const outcome = inProcess(file());
    expect(outcome.state).toBe('none');
    expect(outcome.layout).toBe(fromSource.layout);
  });
});
