import { describe, expect, it } from 'vitest';
import { isWholeWords, wordEdges } from '../../../src/analysis/text/segment.js';

/** The boundaries of the window as iterating every segment of it gives them (what wordEdges answers place by place). */
function iterated(text: string, from: number, to: number): Set<number> {
  const start = Math.max(0, from - 6);
  const end = Math.min(text.length, to + 6);
  const out = new Set([start, end, text.length]);
  for (const s of new Intl.Segmenter('zh-TW', { granularity: 'word' }).segment(text.slice(start, end))) out.add(start + s.index);
  return out;
}

describe('wordEdges', () => {
  const texts = [
    '承辦人填寫各類簽收清單後送主管核定',
    '業務單位彙整報表並將結果函覆申請人',
    'The clerk completes the Stock Request Form and sends it on.',
    '依審定結果辦理，核定後續計畫（上聯）簽收',
    '審核 e-mail 通知單 2024年版',
  ];
  it('answers every place of the window as iterating its segments does, and no place outside it', () => {
    for (const text of texts) {
      for (let from = 0; from < text.length; from += 3) {
        const to = Math.min(text.length, from + 4);
        const expected = iterated(text, from, to);
        const edges = wordEdges(text, from, to);
        for (let at = -1; at <= text.length + 1; at++) {
          const inWindow = at >= Math.max(0, from - 6) && at <= Math.min(text.length, to + 6);
          expect(edges.has(at), `${text} [${from}, ${to}) at ${at}`).toBe(at === text.length || (inWindow && expected.has(at)));
        }
      }
    }
  });

  it('tells a cut word that ends a word from one that runs into the next', () => {
    const text = '承辦人填寫各類簽收清單';
    const edges = wordEdges(text, 3, text.length);
    expect(edges.has(5)).toBe(true); // 填寫|各類
    expect(edges.has(8)).toBe(false); // 簽|收
  });
});

describe('isWholeWords', () => {
  it('reads a marker as a word only where the segmenter puts a boundary at both its ends', () => {
    expect(isWholeWords('審核後送出', 2, 3)).toBe(true);
    expect(isWholeWords('核定後續計畫', 2, 3)).toBe(false);
    expect(isWholeWords('依序辦理', 0, 1)).toBe(false);
  });
});
