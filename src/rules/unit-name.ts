// unit-name: when the config lists its units (`units` in sop.config.yaml), every owner and
// support names one of them (or a unit with a role, 企劃處研考科承辦人; or a generic role or
// outside body from the word lists: 首長, 申請人, 營建署…), with "did you mean" for a near miss.

import type { NodePath } from '../loader/source-map.js';
import type { Report, Rule } from '../engine/types.js';
import { levenshtein } from '../analysis/text/similarity.js';

/** Whether `value` is made of known names: 企劃處研考科 = 企劃處 + 研考科; brackets hold another name. */
function known(value: string, names: readonly string[], depth = 0): boolean {
  const text = value.trim();
  if (text.length === 0) return true;
  if (depth > 4) return false;
  const bracket = /^(.*?)[(（]([^)）]*)[)）](.*)$/.exec(text);
  if (bracket) return known(bracket[1]! + bracket[3]!, names, depth + 1) && known(bracket[2]!, names, depth + 1);
  return names.some((n) => n.length > 0 && text.startsWith(n) && known(text.slice(n.length), names, depth + 1));
}

/** The one nearest unit within 40 % edits, if it is the only one at that distance. */
function suggestion(value: string, units: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const unit of units) {
    const d = levenshtein(value, unit);
    if (d > Math.max(1, Math.floor(Math.max(value.length, unit.length) * 0.4))) continue;
    if (d < bestDistance) {
      best = unit;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) tie = true;
  }
  return tie ? undefined : best;
}

export const unitName: Rule = {
  meta: {
    id: 'unit-name',
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: true,
    docs: {
      description: {
        'zh-TW': '設定檔列出 units 時，unit、owner 與 support 須為其中的單位（或一般角色、外部機關）。',
        en: 'When the config lists units, unit, owner and support name one of them (or a generic role or outside body).',
      },
      page: 'docs/rules/unit-name.md',
    },
    messages: {
      unknownUnit: {
        'zh-TW': '「{name}」不在設定檔的單位清單（units）中：請使用清單中的單位名稱，或將它加入 sop.config.yaml 的 units',
        en: '"{name}" is not in the config\'s units: use a listed unit, or add it to units in sop.config.yaml',
      },
      unknownUnitSuggest: {
        'zh-TW': '「{name}」不在設定檔的單位清單（units）中，您是指「{suggestion}」嗎？',
        en: '"{name}" is not in the config\'s units; did you mean "{suggestion}"?',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const units = context.settings.units;
    if (units.length === 0) return;
    const names = [...units, ...context.words.unitsRoles, ...context.words.unitsOutsideBodies].sort((a, b) => b.length - a.length);
    const judge = (value: string, stepId: string | undefined, path: NodePath): Report | undefined => {
      if (known(value, names)) return undefined;
      const near = suggestion(value.trim(), units);
      return near
        ? { messageId: 'unknownUnitSuggest', data: { name: value, suggestion: near }, stepId, path, fix: { from: value, to: near } }
        : { messageId: 'unknownUnit', data: { name: value }, stepId, path };
    };
    const top = judge(sop.unit, undefined, ['unit']);
    if (top) yield top;
    for (const step of sop.steps) {
      if (step.owner !== undefined) {
        const report = judge(step.owner, step.id, ['owner']);
        if (report) yield report;
      }
      for (const [i, support] of step.support.entries()) {
        const report = judge(support, step.id, ['support', i]);
        if (report) yield report;
      }
    }
  },
};
