// The V8 code caches of the CLI's CommonJS modules (src/cli/code-cache.ts): a module starts from
// the bytecode the build saved only when the cache was made from its very source, and the CLI
// does the same with or without them.

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileOf, readCache, writeCache } from '../../src/cli/code-cache.js';
import { builtModule, runModuleProbe } from '../helpers/module-probe.js';
import { ROOT, runBin } from '../helpers/run-cli.js';

const temp = () => mkdtempSync(path.join(tmpdir(), 'sop-code-cache-'));

describe('code cache files', () => {
  it('are named after the module in dist/ or in its package, and only those', () => {
    const options = { dir: '/p/dist/code-cache', distDir: '/p/dist' };
    expect(cacheFileOf('/p/dist/bundle/main.cjs', options)).toBe('/p/dist/code-cache/dist!bundle!main.cjs.v8');
    expect(cacheFileOf('/elsewhere/node_modules/pdfkit/js/pdfkit.js', options)).toBe('/p/dist/code-cache/node_modules!pdfkit!js!pdfkit.js.v8');
    expect(cacheFileOf('/a/node_modules/b/node_modules/@s/c/index.js', options)).toBe('/p/dist/code-cache/node_modules!@s!c!index.js.v8');
    expect(cacheFileOf('/p/distant/x.cjs', options)).toBeUndefined();
    expect(cacheFileOf('/home/user/script.cjs', options)).toBeUndefined();
  });

  it('give their bytecode back only for the source they were made from', () => {
    const file = path.join(temp(), 'a.v8');
    const source = 'module.exports = 1;';
    writeCache(file, source, Buffer.from([1, 2, 3]));
    expect(readCache(file, source)).toEqual(Buffer.from([1, 2, 3]));
    expect(readCache(file, 'module.exports = 2;')).toBeUndefined(); // same length, other source
    expect(readCache(file, `${source} `)).toBeUndefined();
    expect(readCache(path.join(path.dirname(file), 'none.v8'), source)).toBeUndefined();
    writeFileSync(file, 'not a cache');
    expect(readCache(file, source)).toBeUndefined();
  });

  it('are checked by their SHA-1 when the header has no CRC-32 (made by a Node without zlib.crc32)', () => {
    const file = path.join(temp(), 'a.v8');
    const source = 'module.exports = 1;';
    const header = (sha1: string) => Buffer.from(`${JSON.stringify({ length: source.length, sha1 })}\n`);
    writeFileSync(file, Buffer.concat([header(createHash('sha1').update(source).digest('hex')), Buffer.from([4, 5])]));
    expect(readCache(file, source)).toEqual(Buffer.from([4, 5]));
    writeFileSync(file, Buffer.concat([header(createHash('sha1').update('module.exports = 2;').digest('hex')), Buffer.from([4, 5])]));
    expect(readCache(file, source)).toBeUndefined();
  });
});

describe('the code cache hook', () => {
  /** Requires dist/m.cjs in a new process with the hook installed; what the module returns and how it was compiled. */
  function requireWithHook(root: string, write: boolean): { value: unknown; fromCache: number; fromSource: number } {
    const { stdout, stderr } = runModuleProbe(`
      import { createRequire } from 'node:module';
      const { installCodeCache } = await import(${JSON.stringify(builtModule('dist/cli/code-cache.js'))});
      const use = installCodeCache({ dir: ${JSON.stringify(path.join(root, 'dist/code-cache'))}, distDir: ${JSON.stringify(path.join(root, 'dist'))}, write: ${write} });
      const value = createRequire(${JSON.stringify(path.join(root, 'probe.cjs'))})('./dist/m.cjs').run();
      console.log(JSON.stringify({ value, ...use }));
    `);
    expect(stderr).toBe('');
    return JSON.parse(stdout) as { value: unknown; fromCache: number; fromSource: number };
  }

  it('makes a cache at exit, starts from it next time, and compiles a changed source from the source', () => {
    const root = temp();
    mkdirSync(path.join(root, 'dist'));
    const module = (n: number) => `'use strict';\nexports.run = function run() { return [${n}, typeof require.resolve, __filename.endsWith('m.cjs'), this === undefined]; };\n`;
    writeFileSync(path.join(root, 'dist/m.cjs'), module(1));
    expect(requireWithHook(root, false)).toEqual({ value: [1, 'function', true, false], fromCache: 0, fromSource: 1 });
    expect(requireWithHook(root, true)).toEqual({ value: [1, 'function', true, false], fromCache: 0, fromSource: 1 });
    expect(readdirSync(path.join(root, 'dist/code-cache'))).toEqual(['dist!m.cjs.v8']);
    expect(requireWithHook(root, false)).toEqual({ value: [1, 'function', true, false], fromCache: 1, fromSource: 0 });
    // The same length, another source: the old bytecode must not run.
    writeFileSync(path.join(root, 'dist/m.cjs'), module(2));
    expect(requireWithHook(root, false)).toEqual({ value: [2, 'function', true, false], fromCache: 0, fromSource: 1 });
  });
});

describe("the build's code caches under sop's V8 flags", () => {
  it('start every module of a render that uses ELK and writes PDFs, also those loaded after the ELK thread started', () => {
    // As bin/sop.js starts: its flags, then the hook, then the CLI.
    const out = temp();
    const { stdout, stderr } = runModuleProbe(`
      import { createRequire } from 'node:module';
      import { setFlagsFromString } from 'node:v8';
      const require = createRequire(${JSON.stringify(path.join(ROOT, 'bin/sop.js'))});
      setFlagsFromString(require('./v8-flags.js').V8_FLAGS);
      const use = require('../dist/bundle/code-cache.cjs').installCodeCache({ dir: ${JSON.stringify(path.join(ROOT, 'dist/code-cache'))}, distDir: ${JSON.stringify(path.join(ROOT, 'dist'))}, write: false });
      const { main } = require('../dist/bundle/main.cjs');
      const code = await main(['node', 'sop', 'render', ${JSON.stringify(path.join(ROOT, 'examples'))}, '--layout', 'elk', '--format', 'svg,pdf', '-o', ${JSON.stringify(out)}, '--quiet']);
      console.log(JSON.stringify({ code, ...use }));
    `);
    const ran = JSON.parse(stdout.trim().split('\n').pop()!) as { code: number; fromCache: number; fromSource: number };
    expect(ran.code, stderr).toBe(0);
    expect(ran.fromCache).toBeGreaterThan(0);
    expect(ran.fromSource).toBe(0);
  });
});

describe('sop with and without the code caches', () => {
  it('the build made caches for the bundle, and both ways print and draw the same', () => {
    const caches = readdirSync(path.join(ROOT, 'dist/code-cache'));
    expect(caches).toContain('dist!bundle!main.cjs.v8');
    const out = temp();
    const args = (dir: string) => ['render', 'examples/petition-online.sop.yaml', '-o', path.join(out, dir), '--format', 'svg'];
    const cached = runBin(args('cached'), ROOT, { SOURCE_DATE_EPOCH: '1700000000' });
    const plain = runBin(args('plain'), ROOT, { SOURCE_DATE_EPOCH: '1700000000', SOP_CODE_CACHE: 'off' });
    expect(cached.code).toBe(0);
    expect([plain.code, plain.stderr]).toEqual([cached.code, cached.stderr]);
    expect(readFileSync(path.join(out, 'cached/petition-online.svg'))).toEqual(readFileSync(path.join(out, 'plain/petition-online.svg')));
    const lintCached = runBin(['lint', 'examples', '--format', 'json'], ROOT);
    const lintPlain = runBin(['lint', 'examples', '--format', 'json'], ROOT, { SOP_CODE_CACHE: 'off' });
    expect(lintCached).toEqual(lintPlain);
  });
});
