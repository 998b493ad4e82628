import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtModule, runModuleProbe } from '../helpers/module-probe.js';
import { ROOT } from '../helpers/run-cli.js';
import { nodeMd5 } from '../../src/render/pdfkit-module.js';

describe('MD5 from node:crypto as crypto-js gives it', () => {
  const cryptoMd5 = createRequire(createRequire(import.meta.url).resolve('pdfkit', { paths: [ROOT] }))('crypto-js/md5.js') as (m: unknown) => { words: number[]; sigBytes: number };
  const md5 = nodeMd5(() => cryptoMd5) as (m: unknown) => { words: number[]; sigBytes: number };
  it('gives the words and length crypto-js gives for strings (ASCII, CJK, beyond the BMP, empty, long)', () => {
    for (const text of ['', 'abc', '1700000000000\nTitle: 民眾陳情案件處理\nCreator: sop\n', '𠀀𩸽 emoji 😀', 'x'.repeat(10_000)]) {
      const want = cryptoMd5(text);
      expect(md5(text), JSON.stringify(text.slice(0, 20))).toEqual({ words: want.words.slice(0, 4), sigBytes: want.sigBytes });
    }
  });
  it('leaves to crypto-js what it does not hash itself: a lone surrogate (which crypto-js rejects) and a WordArray', () => {
    expect(() => md5('a\ud800b')).toThrow(URIError);
    const wordArray = cryptoMd5('abc');
    const real = cryptoMd5(wordArray);
    const ours = md5(wordArray) as { words: number[]; toString(): string };
    expect(ours.words).toEqual(real.words);
    expect(ours.toString()).toBe(String(real)); // crypto-js's own WordArray
  });
});

describe('pdfkit without the whole of crypto-js', () => {
  // In a process of its own, as a render runs: no other test has loaded pdfkit there.
  it('writes a document without crypto-js (its /ID from node:crypto), and gives the rest of crypto-js when asked', () => {
    const writer = builtModule('dist/render/pdf-writer.js');
    const ran = runModuleProbe(
      `import { createRequire } from 'node:module';
      const { writePdf } = await import(${JSON.stringify(writer)});
      const pdfkitRequire = createRequire(createRequire(import.meta.url).resolve('pdfkit', { paths: [${JSON.stringify(ROOT)}] }));
      const loaded = () => Object.keys(pdfkitRequire.cache).filter((k) => k.includes('crypto-js')).map((k) => k.slice(k.lastIndexOf('/') + 1)).sort();
      const scene = { title: 'T', description: 'D', lang: 'zh-TW', fonts: { regular: '', bold: '' }, pages: [{ width: 100, height: 100, items: [] }] };
      const pdf = Buffer.from(await writePdf(scene, { date: new Date(1700000000000) })).toString('latin1');
      const afterPdf = loaded();
      const standIn = pdfkitRequire('crypto-js');
      const sha = standIn.SHA256('abc').toString();
      console.log(JSON.stringify({ afterPdf, id: /\\/ID \\[<([0-9a-f]+)>/.exec(pdf)?.[1], sha, whole: loaded().includes('aes.js') }));`,
    );
    expect(ran.stderr).toBe('');
    const out = JSON.parse(ran.stdout) as { afterPdf: string[]; id: string; sha: string; whole: boolean };
    expect(out.afterPdf).toEqual(['index.js']);
    expect(out.id).toMatch(/^[0-9a-f]{32}$/);
    expect(out.sha).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(out.whole).toBe(true);
  });
});

describe('pdfkit without its line breaker and image readers', () => {
  // In a process of its own, as a render runs: no other test has loaded pdfkit there.
  it('writes a document without them, and gives the real ones when pdfkit first uses them', () => {
    const writer = builtModule('dist/render/pdf-writer.js');
    const pdfkitModule = builtModule('dist/render/pdfkit-module.js');
    const png = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf.png', { paths: [ROOT] });
    const ran = runModuleProbe(
      `import { createRequire } from 'node:module';
      const { writePdf } = await import(${JSON.stringify(writer)});
      const { PDFDocument } = await import(${JSON.stringify(pdfkitModule)});
      const pdfkitRequire = createRequire(createRequire(import.meta.url).resolve('pdfkit', { paths: [${JSON.stringify(ROOT)}] }));
      const ids = ['linebreak', 'png-js', 'jpeg-exif'];
      const entries = () => ids.map((id) => pdfkitRequire.cache[pdfkitRequire.resolve(id)]);
      const standIns = entries();
      const scene = { title: 'T', description: 'D', lang: 'zh-TW', fonts: { regular: '', bold: '' }, pages: [{ width: 100, height: 100, items: [] }] };
      await writePdf(scene, { date: new Date(1700000000000) });
      const afterPdf = entries().map((e, i) => e === standIns[i]);
      const doc = new PDFDocument({ autoFirstPage: false });
      doc.on('data', () => {});
      doc.addPage({ size: [200, 200] });
      doc.text('wrapped onto lines at spaces', 10, 10, { width: 60 });
      doc.image(${JSON.stringify(png)}, 10, 100, { width: 50 });
      doc.end();
      const afterUse = entries().map((e, i) => e === standIns[i]);
      console.log(JSON.stringify({ afterPdf, afterUse, lines: Math.round(doc.y) > 10 }));`,
    );
    expect(ran.stderr).toBe('');
    // linebreak and png-js are real once pdfkit wraps text and draws a PNG; jpeg-exif (JPEGs only) stays a stand-in.
    expect(JSON.parse(ran.stdout)).toEqual({ afterPdf: [true, true, true], afterUse: [false, false, true], lines: true });
  });
});
