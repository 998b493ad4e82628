// startPreview in process, over HTTP as the page calls it: the list, one SOP's view, the last good
// drawing of a file that stops drawing, reloads on saves (new files and folders too), a config
// that stops loading, and what the server refuses.

import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startPreview, type RunningPreview } from '../../src/preview/preview.js';

const sop = (id: string, title: string, second = '結案') => `sop: 1
id: ${id}
title: ${title}
unit: 測試科
steps:
  - id: start
    kind: start
    text: 收件

  - id: work
    text: 審核申請書
    owner: 測試科
    time: 10m

  - id: finish
    kind: end
    text: ${second}
legal: []
forms: []
`;

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
    });
    req.on('error', reject);
    req.end();
  });
}
const json = async (url: string) => JSON.parse(Buffer.from((await get(url)).body, 'latin1').toString('utf8'));

describe('startPreview', () => {
  let preview: RunningPreview | undefined;
  afterEach(async () => {
    await preview?.close();
    preview = undefined;
  });

  async function start(files: Record<string, string>) {
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-preview-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    let reloaded = () => {};
    preview = await startPreview({
      cwd: dir,
      paths: [],
      lang: 'en',
      port: 0,
      page: 'A4',
      formsInline: false,
      tables: false,
      creator: 'sop test',
      onReload: () => reloaded(),
    });
    const reload = (change: () => void) =>
      new Promise<void>((resolve) => {
        reloaded = resolve;
        change();
      });
    return { dir, url: preview.url, reload };
  }

  it('serves the list and each SOP as SVG pages with its findings, source and step lines', async () => {
    const { url } = await start({ 'a.sop.yaml': sop('a', 'First'), 'b.sop.yaml': sop('b', 'Second').replace('    owner: 測試科\n', '') });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const list = await json(`${url}api/sops`);
    expect(list.sops.map((s: { file: string; title: string }) => [s.file, s.title])).toEqual([
      ['a.sop.yaml', 'First'],
      ['b.sop.yaml', 'Second'],
    ]);
    // b is a without the owner of its step `work`.
    expect(list.sops[1].counts.warn).toBe(list.sops[0].counts.warn + 1);
    const b = await json(`${url}api/sop?file=b.sop.yaml&view=chart`);
    expect(b.svgs).toHaveLength(1);
    expect(b.svgs[0]).toMatch(/^<svg [^>]*>/);
    expect(b.svgs[0]).toContain('data-step-id="start"');
    expect(b.stale).toBe(false);
    expect(b.findings.map((f: { ruleId: string; stepId: string; docs: string }) => [f.ruleId, f.stepId, f.docs.endsWith('docs/rules/owner.md')])).toEqual(
      expect.arrayContaining([['owner', 'work', true]]),
    );
    expect(b.stepLines).toEqual({ start: 6, work: 10, finish: 14 });
    expect(b.source.split('\n')[5]).toBe('  - id: start');
    const handbook = await json(`${url}api/sop?file=b.sop.yaml&view=handbook`);
    expect(handbook.svgs.length).toBeGreaterThanOrEqual(1);
    expect(handbook.svgs.join('')).toContain('data-step-id="finish"');
    expect((await get(`${url}api/sop?file=nope.sop.yaml&view=chart`)).status).toBe(404);
    expect((await get(`${url}api/sop?file=a.sop.yaml&view=poster`)).status).toBe(404);
  });

  it('serves a page that loads nothing from elsewhere, and the font from itself', async () => {
    const { url } = await start({ 'a.sop.yaml': sop('a', 'First') });
    const page = await get(url);
    expect(page.type).toBe('text/html; charset=utf-8');
    const html = Buffer.from(page.body, 'latin1').toString('utf8');
    expect(html).toContain('<html lang="en">');
    expect(html.match(/(?:src|href)=["']?(?:https?:)?\/\/[^"' >]+/g) ?? []).toEqual([]);
    expect(html).toContain("url(/font/regular)");
    const font = await get(`${url}font/regular`);
    expect([font.status, font.type, font.body.length > 1_000_000]).toEqual([200, 'font/ttf', true]);
  });

  it('answers only this machine\'s names and only GET', async () => {
    const { url } = await start({ 'a.sop.yaml': sop('a', 'First') });
    expect((await get(url, { Host: 'example.com' })).status).toBe(403);
    expect((await get(url, { Host: 'localhost:1234' })).status).toBe(200);
    expect((await get(`${url}api/sops`, {}, 'POST')).status).toBe(405);
    expect((await get(`${url}nothing-here`)).status).toBe(404);
  });

  it('reloads on a save, keeps the last good drawing of a file that stops drawing, and sees new folders', async () => {
    const { dir, url, reload } = await start({ 'a.sop.yaml': sop('a', 'First') });
    const before = await json(`${url}api/sop?file=a.sop.yaml&view=chart`);
    await reload(() => writeFileSync(path.join(dir, 'a.sop.yaml'), sop('a', 'First', '歸檔結案')));
    const edited = await json(`${url}api/sop?file=a.sop.yaml&view=chart`);
    expect(edited.generation).toBeGreaterThan(before.generation);
    expect(edited.svgs[0]).toContain('歸檔結案');

    await reload(() => writeFileSync(path.join(dir, 'a.sop.yaml'), sop('a', 'First', '歸檔結案').replace('    text: 收件', '   text: [')));
    const broken = await json(`${url}api/sop?file=a.sop.yaml&view=chart`);
    expect(broken.stale).toBe(true);
    expect(broken.svgs).toEqual(edited.svgs);
    expect(broken.blocking.map((f: { ruleId: string; line: number }) => f.ruleId)).toEqual(['yaml']);
    expect((await json(`${url}api/sops`)).sops[0].title).toBe('First');
    // Never drawn and not drawable: no drawing, and why.
    const never = await json(`${url}api/sop?file=a.sop.yaml&view=handbook`);
    expect([never.svgs, never.stale, never.blocking.length]).toEqual([[], true, 1]);

    await reload(() => {
      mkdirSync(path.join(dir, 'more'));
      writeFileSync(path.join(dir, 'more', 'c.sop.yaml'), sop('c', 'Third'));
    });
    // The new folder's file may land in the same reload or the next one.
    for (let i = 0; i < 20 && (await json(`${url}api/sops`)).sops.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await json(`${url}api/sops`)).sops.map((s: { file: string }) => s.file)).toEqual(['a.sop.yaml', 'more/c.sop.yaml']);
    expect(readdirSync(dir).sort()).toEqual(['a.sop.yaml', 'more']);
  });

  it('shows a config that stops loading, keeping the last SOPs, until it loads again', async () => {
    const { dir, url, reload } = await start({ 'sop.config.yaml': 'units: [測試科]\n', 'a.sop.yaml': sop('a', 'First') });
    await reload(() => writeFileSync(path.join(dir, 'sop.config.yaml'), 'units: [\n'));
    const failed = await json(`${url}api/sops`);
    expect(failed.error).toMatch(/sop\.config\.yaml/);
    expect(failed.sops.map((s: { file: string }) => s.file)).toEqual(['a.sop.yaml']);
    await reload(() => writeFileSync(path.join(dir, 'sop.config.yaml'), 'units: [測試科]\n'));
    expect((await json(`${url}api/sops`)).error).toBeUndefined();
  });
});
