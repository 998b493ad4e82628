import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtModule, runModuleProbe } from '../../helpers/module-probe.js';
import { ROOT } from '../../helpers/run-cli.js';
import { fontDataDir } from '../../../src/package-info.js';
import { readTrieValues, writeTrieValues } from '../../../src/render/text/font-data-files.js';
import { TRIE_VALUES_SIZE, trieFingerprint } from '../../../src/render/text/trie-values.js';

/** A probe's opening: fontkit's tiny-inflate counted (each trie is inflated twice when built), then the modules named. */
function probeOpening(): string {
  return `import { createRequire } from 'node:module';
    const fontkitRequire = createRequire(createRequire(import.meta.url).resolve('fontkit', { paths: [${JSON.stringify(ROOT)}] }));
    const inflate = fontkitRequire.resolve('tiny-inflate');
    const realInflate = fontkitRequire(inflate);
    let calls = 0;
    fontkitRequire.cache[inflate].exports = (...args) => (calls++, realInflate(...args));
    const text = await import(${JSON.stringify(builtModule('dist/render/text/index.js'))});
    const { loadRenderFonts } = await import(${JSON.stringify(builtModule('dist/pipeline/render-fonts.js'))});
    const properties = createRequire(fontkitRequire.resolve('unicode-properties'))(fontkitRequire.resolve('unicode-properties'));
    // Code points of every kind, marks and scripts of the BMP among them, and past it.
    const codePoints = [0x41, 0x31, 0x2d, 0x3000, 0x4e00, 0x301, 0x300c, 0x627, 0x915, 0xac00, 0xd800, 0xfeff, 0xffff, 0x10000, 0x20000, 0xe0100];
    const read = () => codePoints.map((cp) => [properties.getCategory(cp), properties.getScript(cp), properties.isMark(cp), properties.getCombiningClass(cp)]);`;
}

describe('Unicode trie values', () => {
  it('are what the build wrote: every value of the BMP as the trie itself gives it', () => {
    const ran = runModuleProbe(
      `${probeOpening()}
      read(); // builds the trie: no values were handed over
      const built = text.builtTrieValues();
      console.log(JSON.stringify(built.map((t) => ({ fingerprint: t.fingerprint, bytes: Buffer.from(text.writeTrieValues(t.values)).toString('base64') }))));`,
    );
    expect(ran.stderr).toBe('');
    const built = JSON.parse(ran.stdout) as { fingerprint: string; bytes: string }[];
    expect(built).toHaveLength(1);
    const index = JSON.parse(readFileSync(path.join(fontDataDir(), 'index.json'), 'utf8')) as { unicodeTries: string[] };
    expect(index.unicodeTries).toEqual([built[0]!.fingerprint]);
    const written = readFileSync(path.join(fontDataDir(), `trie-${built[0]!.fingerprint}.bin`));
    expect(Buffer.from(built[0]!.bytes, 'base64').equals(written)).toBe(true);
  });

  it('answer for the BMP once the pipeline hands them over, without building the trie, and the same as the trie', () => {
    const ran = runModuleProbe(
      `${probeOpening()}
      loadRenderFonts({ cwd: process.cwd(), lang: 'en' });
      const fonts = text.loadFonts();
      const bmp = codePoints.filter((cp) => cp < 0x10000);
      const fromValues = bmp.map((cp) => [properties.getCategory(cp), properties.getScript(cp), properties.isMark(cp), properties.getCombiningClass(cp)]);
      const shaped = fonts.regular.font.layout('是否 SOP 123');
      const widths = ['研考-01', 'Unit head', 'AV'].map((t) => text.measureText(fonts.regular, t, 10));
      const beforePastBmp = calls;
      const all = read();
      console.log(JSON.stringify({ beforePastBmp, afterPastBmp: calls, same: JSON.stringify(all.slice(0, bmp.length)) === JSON.stringify(fromValues), script: shaped.script, widths: widths.every((w) => w > 0) }));`,
    );
    expect(ran.stderr).toBe('');
    // Past the BMP the trie is built (two inflations), and gives for the BMP what the values gave.
    expect(JSON.parse(ran.stdout)).toEqual({ beforePastBmp: 0, afterPastBmp: 2, same: true, script: 'hani', widths: true });
  });

  it('read back from their bytes, and only from bytes of their length', () => {
    const values = new Uint32Array(TRIE_VALUES_SIZE).map((_, i) => (i * 2654435761) >>> 0);
    expect(readTrieValues(writeTrieValues(values))).toEqual(values);
    expect(readTrieValues(new Uint8Array(12))).toBeUndefined();
    expect(trieFingerprint('not bytes')).toBeUndefined();
    expect(trieFingerprint(new Uint8Array([1, 2]))).toMatch(/^[0-9a-f]{64}$/);
  });
});
