// The handbook's progress on a terminal: one line redrawn in place on standard error,
//   排版 [████████░░░░░░░░░░░░░░░░] 12/40 petition-online
// The bar fills over both passes (layout, then write); the count is the current pass's.
import { charWidth } from '../i18n/display-width.js';
import type { Lang } from '../i18n/lang.js';
import type { HandbookProgress } from '../pipeline/handbook.js';

const PHASE: Record<HandbookProgress['phase'], Record<Lang, string>> = {
  layout: { 'zh-TW': '排版', en: 'layout' },
  write: { 'zh-TW': '輸出', en: 'write' },
};

/** The line for one progress report (without the carriage return). */
export function progressLine(p: HandbookProgress, lang: Lang, width = 24): string {
  const fraction = p.total === 0 ? 1 : ((p.phase === 'write' ? p.total : 0) + p.done) / (2 * p.total);
  const filled = Math.round(fraction * width);
  return `${PHASE[p.phase][lang]} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${p.done}/${p.total} ${p.id}`;
}

/** The line cut to `columns` terminal cells (CJK characters take two), so it never wraps. */
export function fitColumns(line: string, columns: number): string {
  let used = 0;
  let out = '';
  for (const ch of line) {
    used += charWidth(ch);
    if (used > columns) break;
    out += ch;
  }
  return out;
}

/** Redraws the progress line in place; `clear()` removes it (before other output, and at the end). */
export class ProgressBar {
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly lang: Lang,
    private readonly columns = 80,
  ) {}

  update(p: HandbookProgress): void {
    const line = fitColumns(progressLine(p, this.lang), this.columns - 1);
    this.write(`\r${line}\x1b[K`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}
