// The CI configurations `sop init` writes: a GitHub Actions workflow (default) or a GitLab CI/CD
// pipeline (`--ci gitlab`). Both install sop the way the repository itself did — `npm ci`, from
// the package.json and package-lock.json that `npm install -D <source>` wrote (sop is not on the
// npm registry, so the source is a Git URL or a tarball; the lockfile records which) — lint the
// SOPs with the host's report format, and build the handbook PDF as an artifact, also when lint
// fails or one SOP cannot be drawn (the book is still written then, without it).
//
// Comments are in both languages (繁體中文 first), or in English only for `sop init --lang en`.

import type { Lang } from '../i18n/lang.js';
import type { CiHost } from './ci-hosts.js';

export { CI_HOSTS, type CiHost } from './ci-hosts.js';

/** Where each host reads its configuration, relative to the repository root. */
export const CI_FILE: Record<CiHost, string> = {
  github: '.github/workflows/sop.yml',
  gitlab: '.gitlab-ci.yml',
};

/** The comments of a template in one language: whole comment lines, and comments at the end of a line. */
interface Say {
  /** Comment lines (zh-TW: the Chinese lines, then the English ones). */
  lines(zh: string, en: string): string;
  /** A comment after YAML on the same line: `zh / en`, or `en`. */
  inline(zh: string, en: string): string;
}

function say(lang: Lang): Say {
  const comment = (text: string) => text.split('\n').map((line) => `# ${line}`).join('\n');
  return lang === 'en'
    ? { lines: (_zh, en) => comment(en), inline: (_zh, en) => `# ${en}` }
    : { lines: (zh, en) => `${comment(zh)}\n${comment(en)}`, inline: (zh, en) => `# ${zh} / ${en}` };
}

function installNote(t: Say): string {
  return t.lines(
    'sop 依本儲存庫的 package.json 與 package-lock.json 以 npm ci 安裝：請先執行\n  npm install -D <sop 的 Git 網址或 .tgz 檔>（見 sop 的 README「安裝」），並提交這兩個檔案。',
    'sop is installed with npm ci from this repository\'s package.json and package-lock.json: first run\n  npm install -D <sop\'s Git URL or .tgz file> (see "Install" in sop\'s README) and commit both files.',
  );
}

/** The first steps of every GitHub job: the checkout, Node.js 20 and sop from the lockfile. */
const GITHUB_SETUP_STEPS = `      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - name: Install sop (the version in package-lock.json)
        id: install
        run: npm ci
`;

function githubWorkflow(t: Say): string {
  return `${t.lines('SOP 檢查與手冊：每次 push 與 pull request 時檢查 SOP，並產生手冊 PDF。', 'SOP checks and handbook: lint the SOPs on every push and pull request, and build the handbook PDF.')}
${installNote(t)}
name: sop
on:
  pull_request:
  push:
    branches: [main]

jobs:
  lint:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write            ${t.inline('上傳 SARIF 到 code scanning', 'upload SARIF to code scanning')}
    steps:
${GITHUB_SETUP_STEPS}      - name: Lint (annotations on the pull request)
        run: npx sop lint --format github
      ${t.inline('上一步有錯誤時仍執行', 'also when the step above found errors')}
      - name: Lint (SARIF for code scanning)
        if: \${{ !cancelled() && steps.install.outcome == 'success' }}
        run: npx sop lint --format sarif -o sop.sarif
      - uses: github/codeql-action/upload-sarif@v3
        if: \${{ !cancelled() && hashFiles('sop.sarif') != '' }}
        with:
          sarif_file: sop.sarif
          category: sop

  handbook:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
${GITHUB_SETUP_STEPS}      ${t.inline('有 SOP 無法繪製時，手冊仍會產生（略過該 SOP），但此步驟失敗', 'when an SOP cannot be drawn, the book is still written (without it) and this step fails')}
      - name: Render the handbook
        run: npx sop render --handbook sops -o handbook.pdf
      - uses: actions/upload-artifact@v4
        if: \${{ !cancelled() && hashFiles('handbook.pdf') != '' }}
        with:
          name: handbook
          path: handbook.pdf
`;
}

function gitlabPipeline(t: Say): string {
  return `${t.lines(
    'SOP 檢查與手冊（GitLab CI/CD）：每次 push 與 merge request 時檢查 SOP，並產生手冊 PDF。',
    'SOP checks and handbook (GitLab CI/CD): lint the SOPs on every push and merge request, and build the handbook PDF.',
  )}
${installNote(t)}
default:
  image: node:20
  cache:
    key:
      files: [package-lock.json]
    paths: [.npm/]
  before_script:
    - npm ci --cache .npm --prefer-offline

${t.inline('檢查結果顯示在 merge request 的 Code Quality 區', "findings show in the merge request's Code Quality widget")}
sop-lint:
  stage: test
  script:
    ${t.inline('報告一定會寫出；工作成敗由下一行決定', "the report is always written; the next line decides the job's status")}
    - npx sop lint --format gitlab --output-file gl-code-quality-report.json || true
    - npx sop lint
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json

${t.inline('與 sop-lint 同時執行：檢查失敗時仍上傳手冊', 'runs beside sop-lint: the handbook is uploaded even when lint fails')}
sop-handbook:
  stage: test
  script:
    - npx sop render --handbook sops -o handbook.pdf
  artifacts:
    when: always
    name: handbook
    paths: [handbook.pdf]
`;
}

/** The CI configuration for `host`, its comments in `lang` (zh-TW: both languages). */
export function ciTemplate(host: CiHost, lang: Lang = 'zh-TW'): string {
  return host === 'github' ? githubWorkflow(say(lang)) : gitlabPipeline(say(lang));
}

export const GITHUB_WORKFLOW_TEMPLATE = ciTemplate('github');
export const GITLAB_CI_TEMPLATE = ciTemplate('gitlab');
