import { describe, expect, it } from 'vitest';
import { procedureHit } from '../../../src/analysis/steps/procedures.js';
import { builtInWords } from '../../../src/words/load-words.js';

const words = builtInWords();

describe('procedureHit', () => {
  it('finds the word of another procedure, as written', () => {
    expect(procedureHit('辦理招標', words)).toBe('招標');
    expect(procedureHit('依採購程序辦理', words)).toBe('採購程序');
  });

  it('ignores form names that contain a procedure word (procedureNotProcedure)', () => {
    expect(procedureHit('填寫追蹤表', words)).toBeUndefined();
  });
});
