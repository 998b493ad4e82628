// unique-id: step ids are unique within an SOP, and SOP ids are unique across the linted set.

import path from 'node:path';
import type { Report, Rule } from '../engine/types.js';

export const uniqueId: Rule = {
  meta: {
    id: 'unique-id',
    type: 'problem',
    defaultSeverity: 'error',
    docs: {
      description: { 'zh-TW': '步驟代號在 SOP 內不可重複；SOP 代號在儲存庫內不可重複。', en: 'Step ids are unique within an SOP; SOP ids are unique in the repository.' },
      page: 'docs/rules/unique-id.md',
    },
    messages: {
      duplicateStep: { 'zh-TW': '步驟代號「{id}」重複（第 {first} 個步驟已使用）', en: 'Duplicate step id "{id}" (already used by step {first})' },
      duplicateSop: { 'zh-TW': 'SOP 代號「{id}」與 {other} 重複', en: 'SOP id "{id}" is also used by {other}' },
    },
  },
  *check(sop, context): Iterable<Report> {
    const firstIndex = new Map<string, number>();
    for (const step of sop.steps) {
      const first = firstIndex.get(step.id);
      if (first === undefined) firstIndex.set(step.id, step.index);
      else yield { messageId: 'duplicateStep', data: { id: step.id, first: first + 1 }, stepId: step.id, path: ['steps', step.index, 'id'] };
    }
    const others = (context.project.sopsById.get(sop.id) ?? []).filter((other) => other.file !== sop.file);
    for (const other of others) {
      yield { messageId: 'duplicateSop', data: { id: sop.id, other: path.relative(path.dirname(sop.file), other.file) || other.file }, path: ['id'] };
    }
  },
};
