// pdfkit, loaded without the part of crypto-js it does not need. pdfkit loads crypto-js whole when
// it loads itself (every cipher and hash it has: some 30 ms of CPU in every `sop render` that
// writes a PDF, a third of loading pdfkit), and a document without a password uses one function of
// it: MD5, for the document's /ID. The module pdfkit finds in require.cache for crypto-js gives MD5
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
// Required (not imported) so that it loads after the line above.
export const PDFDocument = require('pdfkit') as typeof PDFKitDocument;
