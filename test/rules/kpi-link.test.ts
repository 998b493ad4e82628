import { kpiLink } from '../../src/rules/kpi-link.js';
import { ruleTester, sopWith } from '../helpers/rule-tester.js';

const steps = `
  - {id: a, kind: start, text: 受理}
  - {id: b, kind: end, text: 結案}`;

const registry = {
  kpis: [
    { id: 'K1', name: '加強本府同仁電腦知能' },
    { id: 'K2', name: '資安事件通報處理時效' },
  ],
};

ruleTester(kpiLink, {
  valid: [
    { name: 'KPIs named, no registry to check them against', code: sopWith(steps, { kpis: '[防毒軟體建置率]' }) },
    { name: 'by id, any case', code: sopWith(steps, { kpis: '[k1]' }), config: registry },
    { name: 'by name', code: sopWith(steps, { kpis: '[資安事件通報處理時效]' }), config: registry },
  ],
  invalid: [
    { name: 'no kpis at all (公文系統新進人員 註6, 註7)', code: sopWith(steps), errors: [{ messageId: 'noKpis', line: 2 }] },
    { name: 'an empty list', code: sopWith(steps, { kpis: '[]' }), errors: [{ messageId: 'noKpis', line: 5 }] },
    {
      name: 'a KPI not in the registry',
      code: sopWith(steps, { kpis: '\n  - K1\n  - 提升市民滿意度' }),
      config: registry,
      errors: [{ messageId: 'unknownKpi', line: 7, message: '「提升市民滿意度」' }],
    },
    {
      name: 'a near miss gets "did you mean"',
      code: sopWith(steps, { kpis: '[加強本府同仁電腦技能]' }),
      config: registry,
      errors: [{ messageId: 'unknownKpiSuggest', message: '您是指「加強本府同仁電腦知能」嗎' }],
    },
  ],
});
