// V8 code caches for the CLI's CommonJS modules: the bundle (dist/bundle/*.cjs) and the packages
// it requires from node_modules (pdfkit, fontkit …). Node 20 compiles every module from its
// source on every start: a cold `sop render` parsed some 1.5 MB of JavaScript before it drew
// anything, and compiled each function again when first called. `npm run build` runs the CLI on
// the examples with `SOP_CODE_CACHE=write` (scripts/cli-code-cache.mjs); each module it compiled
// leaves its bytecode in dist/code-cache/ (so do the schema validators, dist/validators/*.cjs). bin/sop.js installs this hook before it requires the
// bundle, and a module with a cache starts from that bytecode instead.
//
// A cache is used only for the very source it was made from (its length and checksums are in the
// cache's header: V8 itself checks only the length) and only if V8 takes it (same V8 version and
// flags); anything else, or no cache, compiles from the source as Node would. The caches travel
// with dist/ (a packed and installed package keeps them). Nothing is written at run time.
//
// The source is checked with zlib's CRC-32 where Node has it (20.15 and later), else with SHA-1:
// node:crypto alone took a cold start ~10 ms to load, more than the check itself, and a CRC-32
// of the same length tells a rebuilt or edited module from the one the cache was made from
// (the caches are not a defence against a crafted file: whoever can write dist/ can write them).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

/** The part of Node's CommonJS module that compiling one needs (Module.prototype._compile's `this`). */
interface CommonJsModule {
  exports: unknown;
  require(id: string): unknown;
}

type CompileFunction = (this: CommonJsModule, content: string, filename: string) => unknown;

interface ModuleInternals {
  prototype: { _compile: CompileFunction };
  wrap(content: string): string;
  _resolveFilename(request: string, parent: CommonJsModule, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: CommonJsModule): string[] | null;
  _extensions: unknown;
  _cache: unknown;
}

/** What a cache says of the source it was made from. */
interface CacheHeader {
  length: number;
  /** zlib.crc32 of the source's UTF-8, where Node has it when the cache is made. */
  crc32?: number;
  sha1: string;
}

/** zlib.crc32 (Node ≥ 20.15), else undefined. */
const crc32 = (zlib as { crc32?: (data: string) => number }).crc32;
const sha1 = (source: string): string => (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash('sha1').update(source).digest('hex');

/** Whether `source` is the one `header` was made from: its length, then its CRC-32 where this Node and the header have one, else its SHA-1. */
function sameSource(header: CacheHeader, source: string): boolean {
  if (header.length !== source.length) return false;
  if (crc32 && typeof header.crc32 === 'number') return header.crc32 === crc32(source);
  return typeof header.sha1 === 'string' && header.sha1 === sha1(source);
}

export interface CodeCacheOptions {
  /** The folder of the caches (dist/code-cache). */
  dir: string;
  /** The package's dist folder: its CommonJS modules (the bundle, the schema validators) and those of node_modules have caches. */
  distDir: string;
  /** Make the caches (the build): compile every module from its source and save its bytecode at exit. */
  write?: boolean;
}

const NODE_MODULES = `${path.sep}node_modules${path.sep}`;

/**
 * The cache file of a module, or undefined for a module that has none: named after the module's
 * path in dist/, or from its last node_modules folder (where a package is installed does not
 * matter: the header says which source it is).
 */
export function cacheFileOf(file: string, options: Pick<CodeCacheOptions, 'dir' | 'distDir'>): string | undefined {
  let name: string | undefined;
  if (file.startsWith(options.distDir + path.sep)) name = `dist/${path.relative(options.distDir, file).split(path.sep).join('/')}`;
  else {
    const at = file.lastIndexOf(NODE_MODULES);
    if (at >= 0) name = `node_modules/${file.slice(at + NODE_MODULES.length).split(path.sep).join('/')}`;
  }
  return name === undefined ? undefined : path.join(options.dir, `${name.replaceAll('/', '!')}.v8`);
}

/** The cache's bytecode if it was made from this very `source`, else undefined. */
export function readCache(cacheFile: string, source: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(10);
  if (end < 0) return undefined;
  try {
    const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as CacheHeader;
    if (!sameSource(header, source)) return undefined;
  } catch {
    return undefined;
  }
  return bytes.subarray(end + 1);
}

/** Writes the cache of a module's `source`: its header, then V8's bytecode. */
export function writeCache(cacheFile: string, source: string, data: Buffer): void {
  const header: CacheHeader = { length: source.length, ...(crc32 ? { crc32: crc32(source) } : {}), sha1: sha1(source) };
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), data]));
}

/** import() inside a module compiled here resolves as in any other module (Node ≥ 20.12; else such modules are left to Node). */
const DYNAMIC_IMPORT = (vm.constants as unknown as { USE_MAIN_CONTEXT_DEFAULT_LOADER?: unknown } | undefined)?.USE_MAIN_CONTEXT_DEFAULT_LOADER;

/** How the modules the hook compiled started: from a cache V8 took, or from their source. */
export interface CodeCacheUse {
  fromCache: number;
  fromSource: number;
}

/** Compiles the CommonJS modules that have caches from them; with `write`, makes the caches instead. */
export function installCodeCache(options: CodeCacheOptions): CodeCacheUse {
  const use: CodeCacheUse = { fromCache: 0, fromSource: 0 };
  const internals = Module as unknown as ModuleInternals;
  const compile = internals.prototype._compile;
  const made: { script: vm.Script; cacheFile: string; source: string }[] = [];
  internals.prototype._compile = function (this: CommonJsModule, content: string, filename: string) {
    const cacheFile = cacheFileOf(filename, options);
    if (cacheFile === undefined || (DYNAMIC_IMPORT === undefined && content.includes('import('))) return compile.call(this, content, filename);
    const cachedData = options.write ? undefined : readCache(cacheFile, content);
    const script = new vm.Script(internals.wrap(content), {
      filename,
      ...(cachedData ? { cachedData } : {}),
      ...(DYNAMIC_IMPORT ? { importModuleDynamically: DYNAMIC_IMPORT as never } : {}),
    });
    if (cachedData && !script.cachedDataRejected) use.fromCache++;
    else use.fromSource++;
    if (options.write) made.push({ script, cacheFile, source: content });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const module = this;
    const resolve = Object.assign((request: string, resolveOptions?: unknown) => internals._resolveFilename(request, module, false, resolveOptions), {
      paths: (request: string) => internals._resolveLookupPaths(request, module),
    });
    const require = Object.assign((id: string) => module.require(id), {
      resolve,
      main: (process as { mainModule?: unknown }).mainModule,
      extensions: internals._extensions,
      cache: internals._cache,
    });
    return wrapper.call(module.exports, module.exports, require, module, filename, path.dirname(filename));
  };
  if (options.write) {
    // At exit: the bytecode of every function the run compiled, not only the top level. A module
    // that already has a cache keeps it (the first run to load a module makes its cache).
    process.on('exit', () => {
      for (const { script, cacheFile, source } of made) {
        if (readCache(cacheFile, source) === undefined) writeCache(cacheFile, source, script.createCachedData());
      }
    });
  }
  return use;
}
