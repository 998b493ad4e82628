// Word segmentation: where a label's words begin and end. Chinese has no spaces, so a marker such
// as 後 ("after") or 依 ("according to") is only that word when it stands alone: not inside 後續
// ("subsequent"), 依序 ("in order"), 時程 or 取得. Intl.Segmenter (ICU's word break, with its
// dictionary for Chinese; Node 20 ships it) decides; a Latin word is bounded by non-letters.
// The choice of segmenter was measured on the real corpus against @node-rs/jieba
// (scripts/compare-segmenters.mjs).
//
// Segmenting costs tens of microseconds per call, so callers find candidates with plain string
// matching first and ask here only about those, on a small window around the span.

import { wordSegmenter } from '../../i18n/word-segmenter.js';

/** Characters of context on each side: enough for ICU to see the words around the span. */
const WINDOW = 6;

/** Word boundaries asked place by place. */
export interface WordEdges {
  has(at: number): boolean;
}

/**
 * The word boundaries (offsets into `text`) of the window [from - WINDOW, to + WINDOW), ends
 * included; places outside it are none. The window is segmented on the first question only, and
 * each place is asked of ICU on its own (`Segments.containing`: a boundary where the segment
 * holding the place starts there), which answers as iterating every segment of the window would
 * without building them all.
 */
function boundaries(text: string, from: number, to: number): WordEdges {
  const start = Math.max(0, from - WINDOW);
  const end = Math.min(text.length, to + WINDOW);
  let segments: Intl.Segments | undefined;
  return {
    has(at: number): boolean {
      if (at === start || at === end) return true;
      if (at < start || at > end) return false;
      segments ??= wordSegmenter().segment(text.slice(start, end));
      return segments.containing(at - start)?.index === at - start;
    },
  };
}

/**
 * Whether text[start, end) is made of whole words: the segmenter puts a boundary at both ends
 * (後 in 審核後送出, not in 核定後續計畫; 依 in 依審定結果, not in 依序). An edge at the start or
 * end of the text is always a boundary.
 */
export function isWholeWords(text: string, start: number, end: number): boolean {
  if (start < 0 || end > text.length || start >= end) return false;
  const edges = boundaries(text, start, end);
  return (start === 0 || edges.has(start)) && (end === text.length || edges.has(end));
}

/**
 * The word boundaries (offsets into `text`) of text[from, to) and a few characters around it, for
 * a caller that asks about several places of one span (a form name's cut words: 簽 in 簽收 ends
 * no word, 將 in 並將 does though 並將 is one segment). Nothing is segmented until a place is
 * asked, and then the window once. Places outside [from, to] are not answered; the end of the text
 * is always a boundary.
 */
export function wordEdges(text: string, from: number, to: number): WordEdges {
  const edges = boundaries(text, from, to);
  return { has: (at: number): boolean => at === text.length || edges.has(at) };
}
