// note-refs: every 註 mark refers to a defined note, and every defined note is marked somewhere.
// Marks are the `notes` lists of steps, guidance items and forms, and marks written into text
// ((註3), （註 3、4）, full-width digits, Chinese numerals (註一)), in steps, guidance, forms and legal alike.

import type { NodePath } from '../loader/source-map.js';
import type { Report, Rule } from '../engine/types.js';
import { noteMarks } from '../model/note-marks.js';

interface Use {
  note: string;
  stepId?: string;
  path: NodePath;
}

/** Note numbers marked in a text: (註1), （註 3、 4）, (註２), (註一). Most texts have no 註 to look for. */
function marksIn(text: string): string[] {
  return text.includes('註') ? noteMarks(text).map((mark) => mark.note) : [];
}

export const noteRefs: Rule = {
  meta: {
    id: 'note-refs',
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '每個註記標示（註N）都要有定義，每個定義的註記都要有地方標示它。',
        en: 'Every 註 mark refers to a defined note, and every defined note is marked somewhere.',
      },
      page: 'docs/rules/note-refs.md',
    },
    messages: {
      undefinedNote: {
        'zh-TW': '標示了註{note}，但 notes 沒有定義註{note}：請補上註記內容，或刪除這個標示',
        en: 'Note {note} is marked here but not defined in notes: add its text, or remove the mark',
      },
      unusedNote: {
        'zh-TW': '註{note}已定義，但沒有任何步驟、作業注意事項或表格標示它：請在相關處加上 notes: [{note}]，或刪除此註記',
        en: 'Note {note} is defined but nothing marks it (no step, guidance item or form): add notes: [{note}] where it applies, or remove it',
      },
    },
  },
  *check(sop): Iterable<Report> {
    const uses: Use[] = [];
    for (const step of sop.steps) {
      step.notes.forEach((note, i) => uses.push({ note, stepId: step.id, path: ['notes', i] }));
      for (const note of marksIn(step.text)) uses.push({ note, stepId: step.id, path: ['text'] });
    }
    for (const item of sop.guidance) {
      item.notes.forEach((note, i) => uses.push({ note, path: [...item.path, 'notes', i] }));
      for (const note of marksIn(item.text)) uses.push({ note, path: item.textPath });
    }
    for (const form of sop.forms) {
      form.notes.forEach((note, i) => uses.push({ note, path: [...form.path, 'notes', i] }));
      for (const note of marksIn(form.name)) uses.push({ note, path: form.namePath });
      if (form.note) for (const note of marksIn(form.note)) uses.push({ note, path: [...form.path, 'note'] });
    }
    sop.legal.forEach((text, i) => {
      for (const note of marksIn(text)) uses.push({ note, path: sop.legalPaths[i]! });
    });

    const reported = new Set<string>();
    for (const use of uses) {
      if (sop.notes.has(use.note)) continue;
      const key = `${use.note} ${use.stepId ?? ''} ${JSON.stringify(use.path)}`;
      if (reported.has(key)) continue;
      reported.add(key);
      yield { messageId: 'undefinedNote', data: { note: use.note }, stepId: use.stepId, path: use.path };
    }
    const used = new Set(uses.map((u) => u.note));
    for (const note of sop.notes.keys()) {
      if (used.has(note)) continue;
      const written = sop.noteEntries.find((entry) => entry.key === note)!;
      yield { messageId: 'unusedNote', data: { note }, path: written.path };
    }
  },
};
