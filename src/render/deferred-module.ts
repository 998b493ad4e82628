// A dependency's dependency loaded only when it is first used. Some packages we draw with load, when
// they load themselves, modules a render seldom uses (fontkit: brotli, the WOFF2 decoder; pdfkit:
// the whole of crypto-js). A stand-in put in `require.cache` under the module's file is what they
// get instead; it loads the real module (out of the cache's way) on its first real use.
import { Module } from 'node:module';

/**
 * Puts `standIn(load)` in `require.cache` as the module `id` resolves to from `from` (the package
 * that requires it), unless that module is loaded already. `load()` loads the real module once and
 * returns it.
 */
export function deferModule<T>(from: NodeJS.Require, id: string, standIn: (load: () => T) => unknown): void {
  const file = from.resolve(id);
  if (from.cache[file]) return;
  let real: { module: T } | undefined;
  const load = (): T => {
    if (!real) {
      delete from.cache[file];
      real = { module: from(file) as T };
    }
    return real.module;
  };
  const module = new Module(file);
  module.filename = file;
  module.loaded = true;
  module.exports = standIn(load);
  from.cache[file] = module;
}
