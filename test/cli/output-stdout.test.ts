// `-o -` is standard output wherever a command writes one file (lint, report, diff, render
// --handbook), never a file or folder named `-`; `render -o -` without --handbook (a folder) is a
// usage error; `diff -o <file>` is relative to the command's working folder.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_SOP, editedAccountSop, tempDir } from '../git/temp-repo.js';
import { runCli, runCliBytes } from '../helpers/run-cli.js';

/** A folder with the account SOP and its edited version under sops/. */
function folder(): string {
  const dir = tempDir('sop-stdout-');
  mkdirSync(path.join(dir, 'sops'));
  writeFileSync(path.join(dir, 'sops/account.sop.yaml'), ACCOUNT_SOP);
  writeFileSync(path.join(dir, 'sops/edited.sop.yaml'), editedAccountSop().replace('id: account-request', 'id: account-edited'));
  return dir;
}

describe('-o - writes to standard output', () => {
  it('sop report -o - prints the report (Markdown by default) and says nothing of a file', async () => {
    const dir = folder();
    const { code, stdout, stderr } = await runCli(['report', '-o', '-', '--lang', 'en'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^# SOP report\n/);
    const json = await runCli(['report', '-o', '-', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout)).toHaveProperty('totals');
    expect(readdirSync(dir)).toEqual(['sops']);
  });

  it('sop diff -o - prints; -o <file> is relative to the working folder', async () => {
    const dir = folder();
    const args = ['diff', '../sops/account.sop.yaml', '../sops/edited.sop.yaml', '--format', 'json'];
    const sub = path.join(dir, 'review');
    mkdirSync(sub);
    const printed = await runCli([...args, '-o', '-'], sub);
    expect(printed.code).toBe(0);
    const report = JSON.parse(printed.stdout) as { files: { status: string }[] };
    expect(report.files.map((f) => f.status)).toEqual(['changed']);
    const written = await runCli([...args, '-o', 'round-2.json'], sub);
    expect(written).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(path.join(sub, 'round-2.json'), 'utf8'))).toEqual(report);
    expect(existsSync(path.join(sub, '-'))).toBe(false);
  });

  it('sop render --handbook -o - prints the PDF bytes; render -o - without --handbook is a usage error', async () => {
    const dir = folder();
    const book = await runCliBytes(['render', '--handbook', 'sops', '-o', '-'], dir);
    expect({ code: book.code, stderr: book.stderr }).toEqual({ code: 0, stderr: '' });
    expect(book.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await PDFDocument.load(book.bytes)).getPageCount()).toBeGreaterThan(2);
    expect(readdirSync(dir)).toEqual(['sops']);

    const charts = await runCli(['render', 'sops', '-o', '-', '--lang', 'en'], dir);
    expect(charts.code).toBe(2);
    expect(charts.stderr).toBe(
      'sop: -o - (standard output) works only with --handbook, which writes one PDF; give a folder for separate SVG and PDF files, e.g. -o out\n',
    );
    expect(readdirSync(dir)).toEqual(['sops']);
  });
});
