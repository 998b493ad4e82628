// A code point table (plain-advances.ts) as bytes, as the build writes it for the bundled fonts
// (scripts/font-data.mjs) and the pipeline reads it back (pipeline/render-fonts.ts): the 65,536
// glyph ids as little-endian 16-bit numbers, then the 65,536 plain flags, one byte each (a bit per
// script), then the 65,536 scripts, one byte each.

import { isTableScript, PLAIN_FLAGS, type CodePointTable } from './plain-advances.js';

const SIZE = 0x10000;
/** Whether this machine's typed arrays are little-endian, as the file is (then its ids are read as they lie). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The bytes of a code point table. */
export function writeCodePointTable(table: CodePointTable): Uint8Array {
  const bytes = new Uint8Array(4 * SIZE);
  const view = new DataView(bytes.buffer);
  for (let cp = 0; cp < SIZE; cp++) view.setUint16(2 * cp, table.gids[cp]!, true);
  bytes.set(table.plain, 2 * SIZE);
  bytes.set(table.scripts, 3 * SIZE);
  return bytes;
}

/** A code point table from its bytes; undefined for bytes of another length or with flags or scripts it does not know. */
export function readCodePointTable(bytes: Uint8Array): CodePointTable | undefined {
  if (bytes.length !== 4 * SIZE) return undefined;
  let gids: Uint16Array;
  if (LITTLE_ENDIAN) gids = new Uint16Array(new Uint8Array(bytes.subarray(0, 2 * SIZE)).buffer); // a copy (a Buffer's slice is a view)
  else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    gids = new Uint16Array(SIZE);
    for (let cp = 0; cp < SIZE; cp++) gids[cp] = view.getUint16(2 * cp, true);
  }
  const plain = Uint8Array.from(bytes.subarray(2 * SIZE, 3 * SIZE));
  const scripts = Uint8Array.from(bytes.subarray(3 * SIZE));
  if (plain.some((flag) => (flag & ~PLAIN_FLAGS) !== 0) || !scripts.every(isTableScript)) return undefined;
  return { gids, plain, scripts };
}
