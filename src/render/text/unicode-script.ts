// A code point's Unicode script as fontkit reads it: from unicode-properties, the package fontkit
// takes it from (whose Unicode version is older than Node's: a code point assigned since is
// Unknown to it, and fontkit passes over it when it picks a string's script). Its data is a trie
// built when first read (some 40 ms of CPU, fonts.ts defers it), so this is asked only where no
// code point table answers (plain-advances.ts).

import { fontkitRequire } from './fonts.js';

let getScript: ((codePoint: number) => string) | undefined;

/** The Unicode script name of `cp` (e.g. `Han`, `Latin`, `Common`, `Unknown`) as fontkit 2 sees it. */
export function fontkitScript(cp: number): string {
  getScript ??= (fontkitRequire('unicode-properties') as { getScript(codePoint: number): string }).getScript;
  return getScript(cp);
}
