// The internal-control tables of one SOP (`sop render --tables`), after its handbook pages:
//   作業程序說明表  步驟 | 權責單位 | 作業內容 | 控制重點   one row per step
//   自行評估表      控制重點 | 評估結果 ☐是 ☐否 ☐不適用 | 說明   one row per control point
// Ruled tables that flow over pages with the header row repeated; the 評估表 starts a page of its
// own. A step without `controls` has an empty 控制重點 cell; an SOP without any control point gets
// a one-line note below the 說明表 instead of an empty 評估表. Pages come without footers: the
// caller numbers them (addPageFooters).
import type { Lang } from '../../i18n/lang.js';
import type { Sop, Step } from '../../model/types.js';
import { frameOf, PageFlow, PAPER, type PaperSize } from '../handbook/page-flow.js';
import { addLine, addParagraph, type TextStyle } from '../handbook/text-blocks.js';
import { drawnSteps } from '../layout/flow-edges.js';
import { formatDuration } from '../layout/table.js';
import { formName } from '../layout/step-boxes.js';
import type { Page } from '../scene.js';
import { measureText, type Fonts } from '../text/index.js';
import { BOOK_WORDS, type BookWords } from './book-words.js';
import { addRuledTable, bookTableStyle, type RuledRow } from './ruled-table.js';

export interface ControlTablesOptions {
  page: PaperSize;
  lang: Lang;
  fonts: Fonts;
  sopTitles?: ReadonlyMap<string, string>;
  hoursPerDay?: number;
}

export interface ControlTablesResult {
  pages: Page[];
  /** How many control points the 自行評估表 lists. */
  controls: number;
}

const COLOR = '#000000';
const HEADING_SIZE = 14;
const BODY_SIZE = 9.5;
const INFO_SIZE = 10;

/** The 作業內容 cell: what the step involves beyond its label. */
function workParagraphs(sop: Sop, step: Step, numbers: ReadonlyMap<string, number>, w: BookWords, options: ControlTablesOptions): string[] {
  const out: string[] = [];
  for (const b of step.branches ?? []) {
    const n = numbers.get(b.target);
    if (n !== undefined) out.push(w.branch(b.label, n));
  }
  if (step.kind === 'subprocess') {
    const procedure = step.sop ? (options.sopTitles?.get(step.sop) ?? step.sop) : step.external;
    if (procedure) out.push(w.runs(procedure));
  }
  const time = formatDuration(step, options.lang, options.hoursPerDay);
  if (time) out.push(w.time(time));
  if (step.schedule) out.push(w.schedule(step.schedule));
  if (step.forms.length > 0) out.push(w.forms(step.forms.map((f) => formName(sop, f))));
  for (const key of step.notes) {
    const text = sop.notes.get(key);
    if (text !== undefined) out.push(w.note(key, text));
  }
  return out;
}

/** The control points of a step as cell paragraphs: numbered when there are several. */
function controlParagraphs(step: Step): string[] {
  if (step.controls.length <= 1) return [...step.controls];
  return step.controls.map((c, i) => `(${i + 1}) ${c}`);
}

/** Composes the two tables of one SOP on pages of their own. */
export function composeControlTables(sop: Sop, options: ControlTablesOptions): ControlTablesResult {
  const { fonts, lang } = options;
  const w = BOOK_WORDS[lang];
  const flow = new PageFlow(frameOf(PAPER[options.page]));
  const left = flow.frame.content.x;
  const width = flow.frame.content.width;
  const style = bookTableStyle(fonts, BODY_SIZE);
  const body = style.body;
  const heading: TextStyle = { font: fonts.bold, size: HEADING_SIZE, lineHeight: HEADING_SIZE * 1.8, color: COLOR };
  const info: TextStyle = { font: fonts.regular, size: INFO_SIZE, lineHeight: INFO_SIZE * 1.6, color: COLOR };
  const continued: TextStyle = { font: fonts.bold, size: INFO_SIZE, lineHeight: INFO_SIZE * 1.8, color: COLOR };

  const steps = drawnSteps(sop);
  const numbers = new Map(steps.map((s, i) => [s.id, i + 1]));

  const title = (text: string, key: string) => {
    flow.beginSection('section', key);
    // Centred heading, then the line that names the SOP.
    const x = left + (width - measureText(heading.font, text, heading.size)) / 2;
    addLine(flow, text, x, heading, 'title');
    addParagraph(flow, w.sopLine(sop.unit, sop.code, sop.title), left, width, info, 'body');
    flow.y += 6;
    flow.endSection();
  };
  const runningHeading = (text: string, key: string) => () => {
    flow.beginSection('section', `${key}-continued`);
    addLine(flow, w.continued(text), left, continued, 'title');
    flow.endSection();
    flow.beginSection('table', key);
  };

  // 作業程序說明表
  title(w.procedureTable, 'procedure-table-title');
  const c = w.procedureColumns;
  const procedureRows: RuledRow[] = steps.map((step) => ({
    cells: [
      { paragraphs: [w.stepLabel(numbers.get(step.id), step.text)] },
      { paragraphs: [...(step.owner ? [w.owner(step.owner)] : []), ...(step.support.length > 0 ? [w.support(step.support)] : [])] },
      { paragraphs: workParagraphs(sop, step, numbers, w, options) },
      { paragraphs: controlParagraphs(step) },
    ],
  }));
  flow.beginSection('table', 'procedure-table');
  addRuledTable(
    flow,
    left,
    {
      columns: [
        { title: c.step, width: width * 0.24 },
        { title: c.responsible, width: width * 0.16 },
        { title: c.work, width: width * 0.3 },
        { title: c.controls, width: width * 0.3 },
      ],
      rows: procedureRows,
      onNewPage: runningHeading(w.procedureTable, 'procedure-table'),
    },
    style,
  );
  flow.endSection();

  // 自行評估表, on a page of its own (it is filled in and signed apart from the description);
  // without control points only its note, below the description.
  const points = steps.flatMap((step) => step.controls.map((control) => ({ step, control })));
  if (points.length > 0) flow.newPage();
  else {
    flow.space(heading.lineHeight);
    flow.ensure(heading.lineHeight + 2 * info.lineHeight + 6 + body.lineHeight * 2);
  }
  title(w.assessmentTable, 'assessment-table-title');
  if (points.length === 0) {
    flow.beginSection('section', 'no-controls');
    addParagraph(flow, w.noControls, left, width, body, 'body');
    flow.endSection();
  } else {
    const a = w.assessmentColumns;
    const checks = w.results;
    const checksWidth =
      checks.reduce((sum, label) => sum + body.size * 0.8 + 3 + measureText(body.font, label, body.size), 0) + 10 * (checks.length - 1) + 2 * style.padX + 2;
    const resultWidth = Math.min(Math.max(checksWidth, measureText(style.header.font, a.result, body.size) + 2 * style.padX), width * 0.4);
    const controlWidth = (width - resultWidth) * 0.6;
    flow.beginSection('table', 'assessment-table');
    addRuledTable(
      flow,
      left,
      {
        columns: [
          { title: a.control, width: controlWidth },
          { title: a.result, width: resultWidth },
          { title: a.remarks, width: width - resultWidth - controlWidth },
        ],
        rows: points.map(({ step, control }) => ({
          cells: [{ paragraphs: [`${w.stepRef(numbers.get(step.id)!)}${control}`] }, { checkboxes: [...checks] }, { paragraphs: [] }],
        })),
        minLines: 2,
        onNewPage: runningHeading(w.assessmentTable, 'assessment-table'),
      },
      style,
    );
    flow.endSection();
  }
  return { pages: flow.toPages(), controls: points.length };
}
