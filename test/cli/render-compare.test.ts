import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeVersions } from '../../src/diff/merge-versions.js';
import { layoutForHandbook } from '../../src/render/compose-handbook.js';
import { composeSopDocument } from '../../src/render/book/sop-document.js';
import { loadFonts } from '../../src/render/text/index.js';
import { tempDir, tempRepo } from '../git/temp-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { inspectPdf } from '../render/pdf-inspect.js';
import { fromText } from '../render/chart-fixtures.js';
import { NEW_SOP, OLD_SOP } from '../render/compare/compare-fixtures.js';

const FILE = 'sops/account.sop.yaml';
const GREEN = '#1a7f37';
const RED = '#cf222e';
const AMBER = '#9a6700';

/** A repository whose last commit has the old version and whose working tree has the new one. */
function reviewRound() {
  const repo = tempRepo({ [FILE]: OLD_SOP });
  repo.commit('first draft');
  repo.write(FILE, NEW_SOP);
  return repo;
}

/** The `<g …>` start tag of a step's group, and the group's content. */
function stepGroup(svg: string, id: string): { tag: string; body: string } {
  const start = svg.indexOf(`<g id="step-${id}"`);
  expect(start, `step ${id}`).toBeGreaterThanOrEqual(0);
  // Step groups hold nested groups (strike lines, inline forms): find the matching </g>.
  let depth = 0;
  const re = /<g[\s>]|<\/g>/g;
  re.lastIndex = start;
  for (let m = re.exec(svg); m; m = re.exec(svg)) {
    depth += m[0] === '</g>' ? -1 : 1;
    if (depth === 0) {
      const tag = svg.slice(start, svg.indexOf('>', start) + 1);
      return { tag, body: svg.slice(start + tag.length, m.index) };
    }
  }
  throw new Error('unbalanced groups');
}

function edgeTag(svg: string, from: string, to: string): string {
  const match = svg.match(new RegExp(`<g class="edge" data-from="${from}" data-to="${to}"[^>]*>(.*?)</g>`));
  expect(match, `edge ${from}→${to}`).not.toBeNull();
  return match![0];
}

describe('sop render --compare <git-ref>', () => {
  it('marks added, removed and changed steps and edges in the SVG, with a legend', async () => {
    const repo = reviewRound();
    const { code, stdout, stderr } = await runCli(['render', FILE, '-o', 'out', '--compare', 'HEAD', '--format', 'svg'], repo.dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('account-request.svg');
    const svg = readFileSync(path.join(repo.dir, 'out', 'account-request.svg'), 'utf8');

    const added = stepGroup(svg, 'archive');
    expect(added.tag).toContain('data-change="added"');
    expect(added.body).toMatch(new RegExp(`<path [^>]*stroke="${GREEN}"`));
    expect(added.body).toMatch(new RegExp(`<text [^>]*fill="${GREEN}"[^>]*class="label">歸檔</text>`));

    const removed = stepGroup(svg, 'form');
    expect(removed.tag).toContain('data-change="removed"');
    expect(removed.body).toMatch(new RegExp(`<path [^>]*stroke="${RED}"[^>]*stroke-dasharray="[\\d. ]+"`));
    const labels = [...removed.body.matchAll(new RegExp(`<text [^>]*fill="${RED}"[^>]*class="label">`, 'g'))].length;
    expect(labels).toBeGreaterThan(0);
    const strike = removed.body.match(/<g class="strike" data-strike="(\d+)">(.*?)<\/g>/);
    expect(Number(strike![1])).toBe(labels);
    expect([...strike![2]!.matchAll(new RegExp(`<path d="M[\\d.]+ ([\\d.]+)L[\\d.]+ \\1"[^>]*stroke="${RED}"`, 'g'))]).toHaveLength(labels);

    const changed = stepGroup(svg, 'setup');
    expect(changed.tag).toContain('data-change="changed"');
    expect(changed.body).toMatch(new RegExp(`<path [^>]*stroke="${AMBER}"`));
    expect(svg).toMatch(new RegExp(`fill="${AMBER}" class="cell">系統廠商</text>`));

    expect(edgeTag(svg, 'notify', 'archive')).toContain(`stroke="${GREEN}"`);
    const gone = edgeTag(svg, 'approve', 'apply');
    expect(gone).toContain('data-change="removed"');
    expect(gone).toContain(`stroke="${RED}"`);
    expect(gone).toContain('stroke-dasharray');

    const legend = svg.match(/<g id="compare-legend"[^>]*>(.*?)<\/g>/)![1]!;
    for (const word of ['增加', '刪除', '修改', '比較基準：HEAD (']) expect(legend).toContain(word);
    expect(svg.indexOf('id="compare-legend"')).toBeLessThan(svg.indexOf('id="chart"'));
  });

  it('writes the PDF with the legend on the chart page, its pages as composed', async () => {
    const repo = reviewRound();
    const { code, stderr } = await runCli(['render', FILE, '-o', 'out', '--compare', 'HEAD', '--format', 'pdf', '--lang', 'en'], repo.dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const pdf = await inspectPdf(readFileSync(path.join(repo.dir, 'out', 'account-request.pdf')));
    // The page count the pipeline gives in process: merged layout, decorated, composed, legend added.
    const fonts = loadFonts();
    const after = fromText(NEW_SOP, 'new.sop.yaml');
    const compared = mergeVersions(fromText(OLD_SOP, 'old.sop.yaml'), after);
    const layout = await layoutForHandbook(compared.sop, { page: 'A4', lang: 'en', fonts, changes: compared.marks });
    const scene = composeSopDocument(after, layout, { page: 'A4', lang: 'en', fonts, legend: { base: 'HEAD' } }).scene;
    expect(pdf.pageCount).toBe(scene.pages.length);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
    expect(scene.pages.some((p) => p.items.some((i) => i.kind === 'group' && i.role === 'legend'))).toBe(true);
  });

  it('marks every step as added when the file is new since the ref, and says so', async () => {
    const repo = tempRepo({ 'README.md': 'x\n' });
    repo.commit();
    repo.write(FILE, NEW_SOP);
    const { code, stderr } = await runCli(['render', FILE, '-o', 'out', '--compare', 'HEAD', '--format', 'svg', '--lang', 'en'], repo.dir);
    expect(code).toBe(0);
    expect(stderr).toContain(`no such file at HEAD:${FILE}; every step is marked as added`);
    const svg = readFileSync(path.join(repo.dir, 'out', 'account-request.svg'), 'utf8');
    const steps = [...svg.matchAll(/<g id="step-[^"]+"[^>]*>/g)].map((m) => m[0]);
    expect(steps.length).toBe(7);
    expect(steps.every((tag) => tag.includes('data-change="added"'))).toBe(true);
  });

  it('follows a file renamed since the ref', async () => {
    const repo = reviewRound();
    repo.git('mv', FILE, 'sops/account-request.sop.yaml');
    const { code, stderr } = await runCli(['render', 'sops/account-request.sop.yaml', '-o', 'out', '--compare', 'HEAD', '--format', 'svg'], repo.dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stepGroup(readFileSync(path.join(repo.dir, 'out', 'account-request.svg'), 'utf8'), 'form').tag).toContain('data-change="removed"');
  });

  it('prints the findings of an old version that does not load, renders the others, exits 1', async () => {
    const repo = tempRepo({ [FILE]: 'sop: 1\nid: account-request\nsteps: [\n', 'sops/other.sop.yaml': OLD_SOP.replace('id: account-request', 'id: other') });
    repo.commit();
    repo.write(FILE, NEW_SOP);
    const { code, stdout, stderr } = await runCli(['render', 'sops', '-o', 'out', '--compare', 'HEAD', '--format', 'svg', '--lang', 'en'], repo.dir);
    expect(code).toBe(1);
    expect(stdout).toContain(`HEAD:${FILE}`);
    expect(stdout).toMatch(/\d+:\d+\s+error\s.*yaml/);
    expect(stderr).toContain(`${FILE}: not rendered (its old version HEAD:${FILE} does not load)`);
    expect(stderr).not.toMatch(/internal error|at .*\.ts:\d+/);
    expect(readdirSync(path.join(repo.dir, 'out'))).toEqual(['other.svg']);
  });

  it('is a usage error (exit 2, nothing written) for an unknown ref or outside a Git repository', async () => {
    const repo = reviewRound();
    const unknown = await runCli(['render', FILE, '-o', 'out', '--compare', 'no-such-branch', '--lang', 'en'], repo.dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown Git ref "no-such-branch"');
    expect(existsSync(path.join(repo.dir, 'out'))).toBe(false);

    const dir = tempDir();
    writeFileSync(path.join(dir, 'account.sop.yaml'), NEW_SOP);
    const outside = await runCli(['render', 'account.sop.yaml', '-o', 'out', '--compare', 'HEAD', '--lang', 'en'], dir);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('Not a Git repository');
    expect(outside.stderr).toContain('--compare');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('sop render --compare <file>', () => {
  it('compares with that file', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'old.sop.yaml'), OLD_SOP);
    writeFileSync(path.join(dir, 'account.sop.yaml'), NEW_SOP);
    const { code, stderr } = await runCli(['render', 'account.sop.yaml', '-o', 'out', '--compare', 'old.sop.yaml', '--format', 'svg'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const svg = readFileSync(path.join(dir, 'out', 'account-request.svg'), 'utf8');
    expect(stepGroup(svg, 'archive').tag).toContain('data-change="added"');
    expect(stepGroup(svg, 'form').tag).toContain('data-change="removed"');
    expect(stepGroup(svg, 'setup').tag).toContain('data-change="changed"');
    expect(svg).toContain('比較基準：old.sop.yaml');
  });

  it('is a usage error for a folder, or for a file with several SOPs to render', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'old.sop.yaml'), OLD_SOP);
    writeFileSync(path.join(dir, 'account.sop.yaml'), NEW_SOP);
    const folder = await runCli(['render', 'account.sop.yaml', '-o', 'out', '--compare', '.', '--lang', 'en'], dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('is a folder');
    const several = await runCli(['render', '.', '-o', 'out', '--compare', 'old.sop.yaml', '--lang', 'en'], dir);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('compares one SOP');
    const handbook = await runCli(['render', '--handbook', '.', '-o', 'book.pdf', '--compare', 'HEAD', '--lang', 'en'], dir);
    expect(handbook.code).toBe(2);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('prints the findings of an old file that does not load (exit 1)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'old.sop.yaml'), 'sop: 1\nid: x\n');
    writeFileSync(path.join(dir, 'account.sop.yaml'), NEW_SOP);
    const { code, stdout } = await runCli(['render', 'account.sop.yaml', '-o', 'out', '--compare', 'old.sop.yaml', '--lang', 'en'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('old.sop.yaml');
    expect(stdout).toContain('schema');
    expect(existsSync(path.join(dir, 'out', 'account-request.svg'))).toBe(false);
  });

  it('shows the option in --help', async () => {
    const { stdout } = await runCli(['render', '--help']);
    expect(stdout).toContain('--compare <git-ref|file>');
  });
});
