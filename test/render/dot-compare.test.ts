// The DOT the bench gives Graphviz for an SOP with its words (dotSourceWithText): every step with
// its text, owner and time in its shape, branch labels beside their edges, the words exactly as
// written (quotes, backslashes, dot's own escapes and line breaks in them do not change them), and
// dot draws it in the face it is told.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadSopText } from '../../src/loader/load-sop.js';
import { dotSourceWithText } from '../../src/render/metrics/dot-compare.js';
import type { Sop } from '../../src/model/types.js';

const hasDot = spawnSync('dot', ['-V']).status === 0;

function sopOf(text: string): Sop {
  const loaded = loadSopText(text, '/x/hostile.sop.yaml', 'hostile.sop.yaml', { cwd: '/x', hoursPerDay: 8 });
  expect(loaded.sop, JSON.stringify(loaded.problems ?? [])).toBeDefined();
  return loaded.sop!;
}

const HOSTILE = `sop: 1
id: hostile
title: '引號 " 與反斜線 \\ 的 \\N 流程'
unit: 秘書處
legal: []
forms: []
steps:
  - id: s1
    kind: start
    text: 收文
    owner: 秘書處
  - id: s2
    kind: decision
    text: '是否 "符合" \\G 規定？'
    owner: 業務科
    time: 1h
    branches: {'是 \\l': s3, 否: s1}
  - id: s3
    kind: end
    text: 結案
`;

/** The texts of dot's SVG, in order, with its entities back as characters. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&quot;/g, '"').replace(/&#45;/g, '-').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

describe('dotSourceWithText', () => {
  const sop = sopOf(HOSTILE);
  const source = dotSourceWithText(sop, 'Noto Sans TC');

  it('gives each step its shape and its words, each branch its label, and names the face', () => {
    expect(source).toContain('"s1" [shape=ellipse, label="收文\\n秘書處"]');
    expect(source).toContain('"s2" [shape=diamond, label="是否 \\"符合\\" \\\\G 規定？\\n業務科\\n1h"]');
    expect(source).toContain('"s2" -> "s3" [xlabel="是 \\\\l"]');
    expect(source).toContain('"s2" -> "s1" [xlabel="否"]');
    expect(source).toContain('"s1" -> "s2";');
    expect(source.match(/fontname="Noto Sans TC"/g)).toHaveLength(3);
  });

  it.skipIf(!hasDot && !process.env.CI)('is drawn by dot with the words as written', () => {
    expect(hasDot, 'dot (Graphviz) must be installed where CI is set').toBe(true);
    const run = spawnSync('dot', ['-Tsvg'], { input: source, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const texts = svgTexts(run.stdout);
    for (const words of ['引號 " 與反斜線 \\ 的 \\N 流程', '收文', '是否 "符合" \\G 規定？', '業務科', '1h', '是 \\l', '否', '結案']) {
      expect(texts, words).toContain(words);
    }
  });
});
