// The README's "Install in your SOP repository", run as written: pack this package into a tarball
// (dist/ built by `prepare`), install it into a new SOP repository next to the clone, and use it
// there with `npx sop init`, `new`, `lint` and `render`. The clone is a copy of this package's
// sources in a temporary folder, so the build does not touch this checkout's dist/ while other
// tests read it; its `npm ci` is replaced by a link to this checkout's node_modules. Dependencies
// come from the npm cache when they are there (npm_config_prefer_offline), else from the registry.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GIT_ENV } from '../git/temp-repo.js';
import { ROOT } from '../helpers/run-cli.js';

const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; files: string[] };
const TARBALL = `${PACKAGE.name}-${PACKAGE.version}.tgz`;
/** What the package's build and `npm pack` read: its files, its sources (and build scripts, and the examples the build renders) and its npm settings. */
const SOURCES = [...PACKAGE.files, 'src', 'scripts', 'examples', 'package.json', 'package-lock.json', '.npmrc', 'tsconfig.json', 'tsconfig.build.json', 'README.md'];

/** The shell lines of the README's install block, without comments. */
function installLines(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- install:start -->\n```sh\n([\s\S]*?)```\n<!-- install:end -->/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no install block between <!-- install:start --> and <!-- install:end -->');
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The environment of a user's shell: none of the npm_* variables that `npm test` passes down. */
function userEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|INIT_CWD$)/i.test(key)));
  return { ...env, ...GIT_ENV, NO_COLOR: '1', npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe("README's install for a separate repository", () => {
  it('packs the package, installs the tarball in a new repository, and runs sop init, new, lint and render there', () => {
    const lines = installLines();
    expect(lines).toContain('npm ci');
    expect(lines).toContain(`npm install -D ./vendor/${TARBALL}`);
    for (const command of ['npx sop init', 'npx sop new ', 'npx sop lint', 'npx sop render ']) expect(lines.some((l) => l.startsWith(command)), command).toBe(true);

    const base = mkdtempSync(path.join(tmpdir(), 'sop-install-'));
    const clone = path.join(base, 'sop');
    mkdirSync(clone);
    for (const entry of SOURCES) cpSync(path.join(ROOT, entry), path.join(clone, entry), { recursive: true });
    const env = userEnv();
    const ran = new Map<string, Ran & { cwd: string }>();
    let cwd = clone;
    for (const line of lines) {
      if (line === 'npm ci') {
        symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
        continue;
      }
      const cd = /^cd (.+)$/.exec(line);
      if (cd) {
        cwd = path.resolve(cwd, cd[1]!);
        continue;
      }
      const result = spawnSync('bash', ['-c', line], { cwd, env, encoding: 'utf8' });
      ran.set(line, { code: result.status, stdout: result.stdout, stderr: result.stderr, cwd });
      expect(result.status, `${line}\n${result.stdout}\n${result.stderr}`).toBe(0);
    }
    const repo = path.join(base, 'my-sops');
    const output = (prefix: string): Ran => [...ran].find(([line]) => line.startsWith(prefix))![1];

    // npm pack prints the tarball's name and nothing else (pre-commit reads it), and the tarball holds dist/.
    expect(output('npm pack').stdout).toBe(`${TARBALL}\n`);
    const listing = spawnSync('tar', ['-tzf', path.join(repo, 'vendor', TARBALL)], { encoding: 'utf8' }).stdout.split('\n');
    // …with ELK's code cache, which the build makes by rendering the examples.
    expect(listing).toEqual(expect.arrayContaining(['package/bin/sop.js', 'package/dist/cli/main.js', 'package/dist/elk-code-cache.bin', 'package/schemas/sop.schema.json']));
    expect(listing.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toEqual([]);

    // The source is recorded where the generated CI's `npm ci` reads it.
    const lock = JSON.parse(readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, { resolved?: string }> };
    expect(lock.packages[`node_modules/${PACKAGE.name}`]!.resolved).toBe(`file:vendor/${TARBALL}`);
    expect(readFileSync(path.join(repo, '.github/workflows/sop.yml'), 'utf8')).toContain('run: npm ci\n');
    // init found the package in package.json, so it had nothing to add.
    expect(output('npx sop init').stdout).toContain('.github/workflows/sop.yml');
    expect(output('npx sop init').stderr).toBe('');

    // The modelines lead to the schemas of the installed package.
    for (const [file, schema] of [['sop.config.yaml', 'sop-config.schema.json'], ['sops/leave-request.sop.yaml', 'sop.schema.json']]) {
      const target = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(path.join(repo, file!), 'utf8'))![1]!;
      const resolved = path.resolve(path.dirname(path.join(repo, file!)), target);
      expect(resolved).toBe(path.join(repo, 'node_modules', PACKAGE.name, 'schemas', schema!));
      expect(readFileSync(resolved, 'utf8')).toBe(readFileSync(path.join(ROOT, 'schemas', schema!), 'utf8'));
    }

    // lint: the skeleton's open points as warnings, no errors; render: an SVG and a PDF per SOP.
    expect(output('npx sop lint').stdout).toContain('sops/leave-request.sop.yaml');
    expect(output('npx sop lint').stdout).toMatch(/（0 個錯誤，\d+ 個警告/);
    for (const id of ['example', 'leave-request']) {
      expect(readFileSync(path.join(repo, 'out', `${id}.svg`), 'utf8')).toMatch(/<svg[\s>]/);
      expect(readFileSync(path.join(repo, 'out', `${id}.pdf`)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    expect(existsSync(path.join(repo, 'node_modules', '.bin', 'sop'))).toBe(true);
    // The last line staged everything the repository needs; node_modules/ and out/ stay ignored.
    const status = spawnSync('git', ['status', '--porcelain'], { cwd: repo, env, encoding: 'utf8' }).stdout.trim().split('\n');
    expect(status.filter((line) => !line.startsWith('A  '))).toEqual([]);
    expect(status).toEqual(expect.arrayContaining([`A  vendor/${TARBALL}`, 'A  package-lock.json', 'A  sops/leave-request.sop.yaml']));
  }, 240_000);
});
