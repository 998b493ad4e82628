// kpi-link: an SOP says which strategic goals / indicators (策略績效目標、衡量指標) it serves, so
// that SOPs and yearly performance are tied together; and when the config keeps a KPI registry,
// every KPI named must be in it (by id or by name).

import type { Report, Rule } from '../engine/types.js';
import { closest } from '../analysis/text/similarity.js';

export const kpiLink: Rule = {
  meta: {
    id: 'kpi-link',
    type: 'suggestion',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': 'SOP 須列出所支援的策略績效目標或衡量指標（kpis），且須為 KPI 登錄表中的指標。',
        en: 'An SOP lists the KPIs it serves (kpis), and each is in the config\'s KPI registry.',
      },
      page: 'docs/rules/kpi-link.md',
    },
    messages: {
      noKpis: {
        'zh-TW': '本 SOP 未連結任何策略績效目標或衡量指標：請在 kpis 列出本作業所支援的指標，讓 SOP 與年度績效結合',
        en: 'The SOP serves no listed KPI: name the indicators it serves under kpis, so that it is tied to the yearly performance goals',
      },
      unknownKpi: {
        'zh-TW': '「{kpi}」不在 KPI 登錄表（sop.config.yaml 的 kpis）中：請使用登錄表中的代號或名稱',
        en: '"{kpi}" is not in the KPI registry (kpis in sop.config.yaml): use an id or name from it',
      },
      unknownKpiSuggest: {
        'zh-TW': '「{kpi}」不在 KPI 登錄表中，您是指「{suggestion}」嗎？',
        en: '"{kpi}" is not in the KPI registry; did you mean "{suggestion}"?',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const kpis = sop.kpis.map((k) => k.trim()).filter((k) => k.length > 0);
    if (kpis.length === 0) {
      yield { messageId: 'noKpis', path: ['kpis'] };
      return;
    }
    const registry = context.settings.kpis;
    if (registry.length === 0) return;
    const ids = new Set(registry.map((k) => k.id.trim().toLowerCase()));
    const names = new Set(registry.map((k) => k.name.trim()));
    for (const [i, kpi] of sop.kpis.entries()) {
      const key = kpi.trim();
      if (key.length === 0 || ids.has(key.toLowerCase()) || names.has(key)) continue;
      const path = sop.kpiPaths[i];
      const suggestion = closest(key, [...registry.map((k) => k.id), ...registry.map((k) => k.name)]);
      yield suggestion
        ? { messageId: 'unknownKpiSuggest', data: { kpi: key, suggestion }, path }
        : { messageId: 'unknownKpi', data: { kpi: key }, path };
    }
  },
};
