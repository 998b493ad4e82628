// document-shape: a step that produces a document (擬…稿, 撰擬…文件, 編製…報告, 填寫…申請單,
// 彙編…陳核, 印製…) is drawn with the document symbol, not as a process box. A start or end
// terminal whose label produces the document (填寫申請單：…) is reported too: the terminal
// marks where the flow begins or ends, the document needs its own symbol.
//
// What "produces a document" means is in analysis/steps/documents.ts; the words are
// data: data/words/*/documents.json.

import type { Report, Rule, WordLists } from '../engine/types.js';
import type { DocumentHit } from '../analysis/steps/documents.js';
import { labelReadings } from '../analysis/steps/label-readings.js';
import { findWords } from '../analysis/text/word-match.js';
import { wordList } from '../analysis/word-lists.js';
import { nextSteps } from '../model/graph.js';
import type { Sop, Step } from '../model/types.js';

/**
 * Whether a document symbol right after the step is the document it produces (印製議會工作報告 →
 * 議會工作報告; 填寫…登記處理表 → 嘉義市政府…登記處理表): the document has its symbol already, the
 * box is the work that makes it.
 */
function drawnNext(sop: Sop, step: Step, hit: DocumentHit, words: WordLists): boolean {
  const nouns = wordList(words, 'documentNouns');
  const produced = step.text.slice(hit.start).toLowerCase();
  return nextSteps(sop, step).some((next) => {
    if (next.kind !== 'document') return false;
    const head = findWords(next.text, nouns).at(-1);
    return head !== undefined && produced.includes(head.word.toLowerCase());
  });
}

export const documentShape: Rule = {
  meta: {
    id: 'document-shape',
    type: 'suggestion',
    defaultSeverity: 'info',
    docs: {
      description: {
        'zh-TW': '產出文件（擬稿、撰擬文件、編製報告、填寫申請單、彙編陳核、印製）的步驟應使用「文件」符號，而非「處理」方框。',
        en: 'A step that produces a document (a draft, report, application form, memo for sign-off, printout) uses the document symbol, not a process box.',
      },
      page: 'docs/rules/document-shape.md',
    },
    messages: {
      documentAsProcess: {
        'zh-TW': '步驟「{text}」有「{phrase}」的文件產出：「處理」符號宜改為「文件」符號（kind: document）',
        en: 'Step "{text}" produces a document ("{phrase}"): draw it with the document symbol (kind: document) instead of a process box',
      },
      documentAsTerminal: {
        'zh-TW': '起訖符號「{text}」有「{phrase}」的文件產出：文件宜以「文件」符號（kind: document）另行表示，起訖符號只標示流程的開始或結束',
        en: 'The terminal "{text}" produces a document ("{phrase}"): draw the document as its own step (kind: document) and let the terminal only mark where the flow starts or ends',
      },
    },
  },
  *check(sop, context): Iterable<Report> {
    const read = context.analysis.get(labelReadings);
    for (const step of sop.steps) {
      const terminal = step.kind === 'start' || step.kind === 'end';
      if (step.kind !== 'process' && !terminal) continue;
      const hit = read.documentProduction(step);
      // A terminal is reported even so (帳號註冊 註1: 填寫申請單：… drawn as the start, its form next).
      if (!hit || (!terminal && drawnNext(sop, step, hit, context.words))) continue;
      yield {
        messageId: terminal ? 'documentAsTerminal' : 'documentAsProcess',
        data: { text: step.text, phrase: hit.phrase },
        stepId: step.id,
        path: step.kindExplicit ? ['kind'] : ['text'],
      };
    }
  },
};
