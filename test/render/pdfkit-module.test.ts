import { describe, expect, it } from 'vitest';
import { builtModule, runModuleProbe } from '../helpers/module-probe.js';
import { ROOT } from '../helpers/run-cli.js';

describe('pdfkit without the whole of crypto-js', () => {
  // In a process of its own, as a render runs: no other test has loaded pdfkit there.
  it('writes a document with crypto-js core and MD5 only, and gives the rest of crypto-js when asked', () => {
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
    expect(out.afterPdf).toEqual(['core.js', 'index.js', 'md5.js']);
    expect(out.id).toMatch(/^[0-9a-f]{32}$/);
    expect(out.sha).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(out.whole).toBe(true);
  });
});
