// pdfkit, loaded without the parts it does not need for our documents: crypto-js (here), its line
// breaker and image readers (deferUnusedModules). pdfkit loads crypto-js whole when it loads itself
// (every cipher and hash it has: some 30 ms of CPU in every `sop render` that writes a PDF, a third
// of loading pdfkit), and a document without a password uses one function of it: MD5 of a string,
// for the document's /ID. The module pdfkit finds in require.cache for crypto-js gives that MD5
// from node:crypto (the same digest, as the same words; loading crypto-js's core and md5 modules
// took another 9–16 ms of a cold render), and crypto-js's own MD5 for anything else; it loads the
// whole library on the first use of anything else (encryption, file attachments).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { deferModule } from './deferred-module.js';
import type PDFKitDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/** ES2024's well-formed string methods (Node 20 has them; the project's TypeScript lib is ES2023). */
interface WellFormedString {
  isWellFormed(): boolean;
  toWellFormed(): string;
}

/**
 * The text with lone UTF-16 surrogates as U+FFFD: pdfkit cannot encode them (crypto-js's UTF-8
 * parser, encodeURIComponent: "URI malformed"), in a document's info, outline or text.
 */
export function wellFormed(text: string): string {
  return (text as unknown as WellFormedString).toWellFormed();
}

/**
 * crypto-js's MD5 as pdfkit reads its result (a WordArray's `words`, big-endian 32-bit signed, and
 * `sigBytes`), from node:crypto, for a string: the MD5 of its UTF-8 bytes, as crypto-js hashes a
 * string. Anything else (pdfkit's encryption hashes WordArrays), and a string crypto-js would
 * reject, go to `real`, crypto-js's own MD5.
 */
export function nodeMd5(real: () => (message: unknown) => unknown): (message: unknown) => unknown {
  return (message) => {
    if (typeof message !== 'string' || !(message as unknown as WellFormedString).isWellFormed()) return real()(message);
    const digest = createHash('md5').update(message, 'utf8').digest();
    return { words: [digest.readInt32BE(0), digest.readInt32BE(4), digest.readInt32BE(8), digest.readInt32BE(12)], sigBytes: 16 };
  };
}

export function deferCryptoJs(): void {
  const pdfkitRequire = createRequire(require.resolve('pdfkit'));
  deferModule<Record<string | symbol, unknown>>(pdfkitRequire, 'crypto-js', (load) => {
    let whole: Record<string | symbol, unknown> | undefined;
    // crypto-js's core and MD5 modules, loaded when first needed; their export is CryptoJS.MD5.
    const md5 = nodeMd5(() => pdfkitRequire('crypto-js/md5.js') as (message: unknown) => unknown);
    return new Proxy(
      {},
      {
        get(_target, key) {
          if (key === 'MD5' && !whole) return md5;
          whole ??= load();
          return whole[key];
        },
      },
    );
  });
}

deferCryptoJs();

/**
 * pdfkit also loads, when it loads itself, its line breaker (linebreak) and its PNG and JPEG
 * readers (png-js, jpeg-exif), some 8 ms of CPU in every `sop render` that writes a PDF: the writer
 * draws each text line unbroken (lineBreak: false) and no images. The modules pdfkit finds in
 * require.cache instead load the real ones when pdfkit first uses them (`new LineBreaker(text)`,
 * `new PNG(data)`, `exif.fromBuffer(data)`).
 */
export function deferUnusedModules(): void {
  const pdfkitRequire = createRequire(require.resolve('pdfkit'));
  for (const id of ['linebreak', 'png-js', 'jpeg-exif']) {
    type Real = ((...args: unknown[]) => unknown) & (new (...args: unknown[]) => object) & Record<string | symbol, unknown>;
    deferModule<Real>(pdfkitRequire, id, (load) =>
      new Proxy(function standIn() {}, {
        get: (_target, key) => load()[key],
        construct: (_target, args) => new (load())(...args),
        apply: (_target, self, args) => load().apply(self, args),
      }),
    );
  }
}

deferUnusedModules();
// Required (not imported) so that it loads after the lines above.
export const PDFDocument = require('pdfkit') as typeof PDFKitDocument;
