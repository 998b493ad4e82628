// One word segmenter per process: ICU's word break for Traditional Chinese (with its dictionary;
// Node 20 ships it). Shared by the label reader (analysis/text/segment.ts), the line breaker
// (render/text/segments.ts) and the break-quality check (render/text/break-quality.ts), so all
// three agree on where a word ends.

let segmenter: Intl.Segmenter | undefined;

export function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh-TW', { granularity: 'word' });
  return segmenter;
}
