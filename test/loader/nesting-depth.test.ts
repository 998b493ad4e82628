// 10,000 nested `[` ran the YAML parser out of stack; the message said so in V8's words (issue 12).

import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/loader/parse-yaml.js';

describe('deeply nested YAML', () => {
  it('is one clear problem, not "Maximum call stack size exceeded"', () => {
    const { problems } = parseYamlText(`sop: 1\nid: x\ntitle: ${'['.repeat(10_000)}\n`);
    expect(problems.map((p) => p.messageId)).toEqual(['tooDeep']);
    expect(problems[0]!.range.line).toBe(3);
  });

  it('reads ordinary nesting', () => {
    expect(parseYamlText(`a: ${'['.repeat(20)}1${']'.repeat(20)}\n`).problems).toEqual([]);
  });
});
