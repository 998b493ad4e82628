import { describe, expect, it } from 'vitest';
import { unitName } from '../../src/rules/unit-name.js';
import { docsExamples } from '../helpers/docs-examples.js';
import { lintWithRule, ruleTester, sopWith, sopChain } from '../helpers/rule-tester.js';

const docs = docsExamples('docs/rules/unit-name.md');
const units = ['企劃處', '研考科', '資訊科', '服務中心'];

const chain = (middle: string): string => sopChain(middle);

ruleTester(unitName, {
  valid: [
    { name: 'docs page: the Correct example', ...docs.correct },
    { name: 'no units in the config: nothing to check', code: chain(`  - {id: a, text: 判斷, owner: 企畫處}`) },
    {
      name: 'units, units in a row, roles, outside bodies, a unit with a role, a bracketed unit',
      code: chain(`  - {id: a, text: 判斷, owner: 企劃處研考科, support: [首長, 營建署, 研考科承辦人]}
  - {id: b, text: 受理, owner: 企劃處研考科（服務中心）}`),
      config: { units },
    },
  ],
  invalid: [
    {
      name: 'docs page: the Incorrect example',
      ...docs.incorrect,
      errors: [{ messageId: 'unknownUnitSuggest', stepId: 'release', message: '您是指「企劃處」嗎？' }],
    },
    {
      name: 'an unknown owner, support and top-level unit',
      code: sopWith(`
  - {id: start, kind: start, text: 開始, owner: 總務股}
  - {id: a, text: 判斷, support: [資訊處]}
  - {id: done, kind: end, text: 結案}`, { unit: '企劃處綜規科' }),
      config: { units },
      errors: [
        { messageId: 'unknownUnit', line: 4, message: '「企劃處綜規科」' },
        { messageId: 'unknownUnit', stepId: 'start', message: '「總務股」' },
        { messageId: 'unknownUnitSuggest', stepId: 'a', message: '您是指「資訊科」嗎？' },
      ],
    },
  ],
});

describe('unit-name', () => {
  it('fixes a single near spelling on its value', () => {
    const [finding] = lintWithRule(unitName, chain(`  - {id: a, text: 判斷, owner: 企畫處}`), { config: { units } });
    expect(finding!.fix).toEqual({ from: '企畫處', to: '企劃處', path: ['steps', 1, 'owner'] });
  });
});
