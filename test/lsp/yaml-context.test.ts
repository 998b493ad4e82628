import { describe, expect, it } from 'vitest';
import { valueContextAt } from '../../src/lsp/yaml-context.js';

/** The context at the `|` of a text. */
function at(marked: string) {
  const offset = marked.indexOf('|');
  return valueContextAt(marked.replace('|', ''), offset);
}

describe('valueContextAt', () => {
  it('reads the key of a block value and the keys around it', () => {
    expect(at('steps:\n  - id: a\n    next: |')).toEqual({ key: 'next', ancestors: ['steps'] });
    expect(at('steps:\n  - id: a\n    kind: decision\n    branches:\n      是: |')).toEqual({ key: '是', ancestors: ['steps', 'branches'] });
    expect(at('deadline: |')).toEqual({ key: 'deadline', ancestors: [] });
  });

  it('reads list items and flow lists of a key', () => {
    expect(at('steps:\n  - id: a\n    next:\n      - b\n      - |')).toEqual({ key: 'next', ancestors: ['steps'] });
    expect(at('steps:\n  - id: a\n    forms: [甲表, |')).toEqual({ key: 'forms', ancestors: ['steps'] });
  });

  it('reads compact lists (items at the key\'s column) and flow mappings', () => {
    expect(at('steps:\n- id: a\n  branches:\n    否: |')).toEqual({ key: '否', ancestors: ['steps', 'branches'] });
    expect(at('steps:\n  - {id: a, text: 受理, next: |')).toEqual({ key: 'next', ancestors: ['steps'] });
    expect(at('steps:\n  - id: a\n    branches: {是: b, 否: |')).toEqual({ key: '否', ancestors: ['steps', 'branches'] });
  });

  it('skips comments and blank lines, and steps out of a finished step', () => {
    expect(at('steps:\n  - id: a\n    # 說明\n\n    owner: |')).toEqual({ key: 'owner', ancestors: ['steps'] });
    expect(at('steps:\n  - id: a\n    next: b\nnotes:\n  1: |')).toEqual({ key: '1', ancestors: ['notes'] });
  });

  it('knows no value while a key is being typed', () => {
    expect(at('steps:\n  - id: a\n    ne|')).toBeUndefined();
    expect(at('|')).toBeUndefined();
  });
});
