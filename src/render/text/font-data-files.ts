// The build's font data as bytes (scripts/font-data.mjs writes them, pipeline/render-fonts.ts
// reads them back), numbers little-endian whatever the machine:
//   - a code point table (plain-advances.ts): the 65,536 glyph ids as 16-bit numbers, then the
//     65,536 plain flags, one byte each (a bit per script), then the 65,536 scripts, one byte each;
//   - a Unicode trie's values for the BMP (trie-values.ts): 65,536 32-bit numbers.

import type { CodePointTable } from './plain-advances.js';
import { LITTLE_ENDIAN } from './sfnt.js';
import { TRIE_VALUES_SIZE } from './trie-values.js';

const SIZE = 0x10000;

type Numbers = Uint16Array | Uint32Array;

/** `values` as little-endian bytes. */
function littleEndianBytes(values: Numbers): Uint8Array {
  const size = values.BYTES_PER_ELEMENT;
  const bytes = new Uint8Array(size * values.length);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) (size === 2 ? view.setUint16(2 * i, values[i]!, true) : view.setUint32(4 * i, values[i]!, true));
  return bytes;
}

/** Numbers read from little-endian `bytes` (a copy: a Buffer's bytes may be a view of a shared pool). */
function littleEndianNumbers<T extends Numbers>(bytes: Uint8Array, Type: { new (buffer: ArrayBuffer): T; new (length: number): T; BYTES_PER_ELEMENT: number }): T {
  const copy = new Uint8Array(bytes);
  if (LITTLE_ENDIAN) return new Type(copy.buffer);
  const size = Type.BYTES_PER_ELEMENT;
  const view = new DataView(copy.buffer);
  const values = new Type(copy.length / size);
  for (let i = 0; i < values.length; i++) values[i] = size === 2 ? view.getUint16(2 * i, true) : view.getUint32(4 * i, true);
  return values;
}

/** The bytes of a code point table. */
export function writeCodePointTable(table: CodePointTable): Uint8Array {
  const bytes = new Uint8Array(4 * SIZE);
  bytes.set(littleEndianBytes(table.gids));
  bytes.set(table.plain, 2 * SIZE);
  bytes.set(table.scripts, 3 * SIZE);
  return bytes;
}

/**
 * A code point table from its bytes; undefined for bytes of another length. Its flags and scripts
 * are checked where each code point is used (plain-advances.ts), not here: checking all 131,072
 * took 4–20 ms of a cold render.
 */
export function readCodePointTable(bytes: Uint8Array): CodePointTable | undefined {
  if (bytes.length !== 4 * SIZE) return undefined;
  const gids = littleEndianNumbers(bytes.subarray(0, 2 * SIZE), Uint16Array);
  // Copies (a Buffer's slice is a view).
  const plain = new Uint8Array(bytes.subarray(2 * SIZE, 3 * SIZE));
  const scripts = new Uint8Array(bytes.subarray(3 * SIZE));
  return { gids, plain, scripts };
}

/** Trie values as bytes. */
export function writeTrieValues(values: Uint32Array): Uint8Array {
  return littleEndianBytes(values);
}

/** Trie values from their bytes; undefined for bytes of another length. */
export function readTrieValues(bytes: Uint8Array): Uint32Array | undefined {
  return bytes.length === 4 * TRIE_VALUES_SIZE ? littleEndianNumbers(bytes, Uint32Array) : undefined;
}
