// The values of the Unicode tries fontkit reads (unicode-properties: each code point's category,
// combining class, script…) for the code points of the BMP, kept as a plain array. Such a trie is
// built from compressed data when first read (fonts.ts defers it): some 30–40 ms of CPU in a cold
// render, for which fontkit asks it only whether a glyph's code points are marks and what script
// a shaped string is in. The build reads the tries a render reads and writes their values
// (scripts/font-data.mjs, dist/font-data/); the pipeline hands them over
// (pipeline/render-fonts.ts), keyed by the trie's data, and a trie then answers from them.

import { createHash } from 'node:crypto';

/** unicode-trie's UnicodeTrie, as far as it is read here. */
export interface Trie {
  get(codePoint: number): number;
}

/** The code points whose values are kept: the BMP. */
export const TRIE_VALUES_SIZE = 0x10000;

/** Values handed over, by the fingerprint of their trie's data. */
const given = new Map<string, Uint32Array>();

/** Tries built in this process, with their data (for the build). */
const built: { data: Uint8Array; trie: Trie }[] = [];

/** A trie's data as it is kept across processes: its hash; undefined for data that is not bytes. */
export function trieFingerprint(data: unknown): string | undefined {
  return data instanceof Uint8Array ? createHash('sha256').update(data).digest('hex') : undefined;
}

/** From now on, the trie made from data with this fingerprint answers for the BMP from `values`. */
export function useTrieValues(fingerprint: string, values: Uint32Array): void {
  if (values.length !== TRIE_VALUES_SIZE) throw new Error('trie values hold the 65,536 code points of the BMP');
  given.set(fingerprint, values);
}

/** The values handed over for a trie's data, if any (hashed only when some were). */
export function givenTrieValues(data: unknown): Uint32Array | undefined {
  if (given.size === 0) return undefined;
  const key = trieFingerprint(data);
  return key === undefined ? undefined : given.get(key);
}

/** Notes a trie built from `data` in this process. */
export function noteBuiltTrie(data: unknown, trie: Trie): void {
  if (data instanceof Uint8Array) built.push({ data, trie });
}

/** The tries built in this process so far, with their values for the BMP (what the build writes). */
export function builtTrieValues(): { fingerprint: string; values: Uint32Array }[] {
  return built.map(({ data, trie }) => {
    const values = new Uint32Array(TRIE_VALUES_SIZE);
    for (let cp = 0; cp < TRIE_VALUES_SIZE; cp++) values[cp] = trie.get(cp);
    return { fingerprint: trieFingerprint(data)!, values };
  });
}
