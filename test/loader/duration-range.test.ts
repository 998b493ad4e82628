// A duration range must ascend: `time: 3-1d` has the pattern's form but is no range (issue 12).

import { describe, expect, it } from 'vitest';
import { loadSopText } from '../../src/loader/load-sop.js';

const sop = (time: string, deadline = '5d') => `sop: 1
id: x
title: 測試
unit: 測試科
deadline: ${deadline}
legal: []
forms: []
steps:
  - {id: a, kind: start, text: 受理, time: ${time}}
  - {id: b, kind: end, text: 結案}
`;

const problems = (text: string) => loadSopText(text, '/x/x.sop.yaml', 'x.sop.yaml', { cwd: '/x', hoursPerDay: 8 }).problems.map((p) => `${p.ruleId}:${p.messageId}:${p.range.line}`);

describe('duration ranges', () => {
  it('reports a descending range in a step time and in the deadline, at the value', () => {
    expect(problems(sop('3-1d'))).toEqual(['schema:durationOrder:9']);
    expect(problems(sop('1d-2h', '5-3d'))).toEqual(['schema:durationOrder:5', 'schema:durationOrder:9']);
  });

  it('accepts ascending and equal ranges', () => {
    expect(problems(sop('1-3d'))).toEqual([]);
    expect(problems(sop('2h-1d', '3-3d'))).toEqual([]);
  });
});
