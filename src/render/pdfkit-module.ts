// pdfkit, loaded without the parts it does not need for our documents: crypto-js (here), its line
// breaker and image readers (deferUnusedModules). pdfkit loads crypto-js whole when it loads itself
// (every cipher and hash it has: some 30 ms of CPU in every `sop render` that writes a PDF, a third
// of loading pdfkit), and a document without a password uses one function of it: MD5, for the
// document's /ID. The module pdfkit finds in require.cache for crypto-js gives MD5
// from crypto-js's own core and md5 modules (the same function), and loads the whole library on the
// first use of anything else (encryption, file attachments).
import { createRequire } from 'node:module';
import { deferModule } from './deferred-module.js';
import type PDFKitDocument from 'pdfkit';

const require = createRequire(import.meta.url);

export function deferCryptoJs(): void {
  const pdfkitRequire = createRequire(require.resolve('pdfkit'));
  deferModule<Record<string | symbol, unknown>>(pdfkitRequire, 'crypto-js', (load) => {
    let whole: Record<string | symbol, unknown> | undefined;
    return new Proxy(
      {},
      {
        get(_target, key) {
          if (key === 'MD5' && !whole) return pdfkitRequire('crypto-js/md5.js') as unknown; // its export: CryptoJS.MD5
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
