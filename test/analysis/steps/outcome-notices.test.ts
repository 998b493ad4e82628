import { describe, expect, it } from 'vitest';
import { requiredSlots } from '../../../src/analysis/steps/outcome-notices.js';

describe('requiredSlots', () => {
  it('names the slots every match of an entry contains', () => {
    expect(requiredSlots('/{tell}\\s*(?:給|予|與)?\\s*{addressee}/')).toEqual(['tell', 'addressee']);
    expect(requiredSlots('/(?:向|對|給|予)\\s*{addressee}[^，,。；;\\n]{0,12}?{tell}/')).toEqual(['addressee', 'tell']);
    expect(requiredSlots('/{tell}\\s+you\\b[^.;:!?]{0,40}?\\b(?:outcomes?|results?)\\b/')).toEqual(['tell']);
  });

  it('leaves out a slot a match can do without: optional, inside a group, or in a class', () => {
    expect(requiredSlots('/{tell}?x{addressee}/')).toEqual(['addressee']);
    expect(requiredSlots('/{tell}*{addressee}{0,2}/')).toEqual([]);
    expect(requiredSlots('/(?:{tell}|回覆){addressee}/')).toEqual(['addressee']);
    expect(requiredSlots('/[{tell}]\\{addressee}/')).toEqual([]);
  });

  it('needs nothing of an entry with a top-level alternative, or of a literal entry', () => {
    expect(requiredSlots('/{tell}{addressee}|回覆/')).toEqual([]);
    expect(requiredSlots('函覆申請人')).toEqual([]);
  });
});
