// Graph searches over long flows: iterative, so that thousands of steps do not overflow the stack
// (`sop report` on 5,000 steps failed in pathWeights' recursion, issue 12).

import { describe, expect, it } from 'vitest';
import { loadSopText } from '../../src/loader/load-sop.js';
import { backEdges, hasCycle, pathWeights } from '../../src/model/graph.js';

function chain(n: number, loopBack: boolean): string {
  let yaml = 'sop: 1\nid: long\ntitle: 長流程\nunit: 測試科\nlegal: []\nforms: []\nsteps:\n  - id: s\n    kind: start\n    text: 開始\n    time: 1m\n    next: a0\n';
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? `a${i + 1}` : 'e';
    yaml += i === n - 1 && loopBack
      ? `  - id: a${i}\n    kind: decision\n    text: 是否完成？\n    time: 2m\n    branches:\n      是: e\n      否: a0\n`
      : `  - id: a${i}\n    text: 辦理第${i}項\n    time: 2m-3m\n    next: ${next}\n`;
  }
  return `${yaml}  - id: e\n    kind: end\n    text: 結束\n`;
}

describe('graph searches', () => {
  it('sums the path of 5,000 steps', () => {
    const { sop } = loadSopText(chain(5000, false), '/x/long.sop.yaml', 'long.sop.yaml', { cwd: '/x', hoursPerDay: 8 });
    expect(pathWeights(sop!, (s) => ({ min: s.time?.minMinutes ?? 0, max: s.time?.maxMinutes ?? 0 }))).toEqual({ min: 1 + 2 * 5000, max: 1 + 3 * 5000 });
    expect(hasCycle(sop!)).toBe(false);
  });

  it('finds the loop of 5,000 steps once, and counts it once', () => {
    const { sop } = loadSopText(chain(5000, true), '/x/long.sop.yaml', 'long.sop.yaml', { cwd: '/x', hoursPerDay: 8 });
    expect([...backEdges(sop!)].map((e) => e.to)).toEqual(['a0']);
    expect(hasCycle(sop!)).toBe(true);
    expect(pathWeights(sop!, (s) => ({ min: s.time?.minMinutes ?? 0, max: s.time?.maxMinutes ?? 0 }))).toEqual({ min: 1 + 2 * 4999 + 2, max: 1 + 3 * 4999 + 2 });
  });
});
