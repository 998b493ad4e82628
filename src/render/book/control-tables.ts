// The internal-control tables of one SOP (`sop render --tables`), after its handbook pages:
//   作業程序說明表  步驟 | 作業內容 | 權責單位 | 後續步驟 | 時間／表單 | 控制重點   one row per step
//                  (作業內容 says what the step does: its text; where the flow goes, its own column)
//   自行評估表      控制重點 | 評估結果 ☐是 ☐否 ☐不適用 | 說明   one row per control point
// Ruled tables that flow over pages with the header row repeated; the 評估表 starts a page of its
// own. A step without `controls` has an empty 控制重點 cell; an SOP without any control point gets
// a one-line note below the 說明表 instead of an empty 評估表. Pages come without footers: the
// caller numbers them (addPageFooters).
import type { Lang } from '../../i18n/lang.js';
import type { Sop, Step } from '../../model/types.js';
import { composeWithoutThinPages, frameOf, PageFlow, PAPER, type PaperSize } from '../handbook/page-flow.js';
import { addLine, addParagraph, type TextStyle } from '../handbook/text-blocks.js';
import { drawnSteps } from '../layout/flow-edges.js';
import { formatDuration } from '../layout/table.js';
import { formName } from '../layout/step-boxes.js';
import type { Page } from '../scene.js';
import { measureText, type Fonts } from '../text/index.js';
import { BOOK_WORDS, type BookWords } from './book-words.js';
import { addRuledTable, bookTableStyle, type RuledRow, type RuledTableStyle } from './ruled-table.js';

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

/** The 作業內容 cell: what the step does (its text; a subprocess, the procedure it runs). */
function workParagraphs(step: Step, w: BookWords, options: ControlTablesOptions): string[] {
  const out = [step.text];
  if (step.kind === 'subprocess') {
    const procedure = step.sop ? (options.sopTitles?.get(step.sop) ?? step.sop) : step.external;
    if (procedure && procedure !== step.text) out.push(w.runs(procedure));
  }
  return out;
}

/** The 後續步驟 cell: where the flow goes on (a decision's branches by their labels). */
function nextParagraphs(sop: Sop, step: Step, numbers: ReadonlyMap<string, number>, w: BookWords): string[] {
  const out: string[] = [];
  for (const edge of step.successors) {
    const n = numbers.get(sop.stepById.get(edge.to)?.id ?? '');
    if (n !== undefined) out.push(edge.label ? w.branch(edge.label, n) : w.toStep(n));
  }
  return [...new Set(out)];
}

/** The 時間／表單 cell: its standard time, time point and forms. */
function timeParagraphs(sop: Sop, step: Step, w: BookWords, options: ControlTablesOptions): string[] {
  const out: string[] = [];
  const time = formatDuration(step, options.lang, options.hoursPerDay);
  if (time) out.push(w.time(time));
  if (step.schedule) out.push(w.schedule(step.schedule));
  if (step.forms.length > 0) out.push(w.forms(step.forms.map((f) => formName(sop, f))));
  return out;
}

/** The control points of a step as cell paragraphs: numbered when there are several. */
function controlParagraphs(step: Step): string[] {
  if (step.controls.length <= 1) return [...step.controls];
  return step.controls.map((c, i) => `(${i + 1}) ${c}`);
}

/** What both tables share. */
interface TablesContext {
  sop: Sop;
  options: ControlTablesOptions;
  w: BookWords;
  flow: PageFlow;
  left: number;
  width: number;
  style: RuledTableStyle;
  heading: TextStyle;
  info: TextStyle;
  continued: TextStyle;
  steps: Step[];
  numbers: Map<string, number>;
}

/**
 * Composes the two tables of one SOP on pages of their own (again with an earlier page break
 * where a page would hold only a few lines: the note or the last row keeps the rows before it).
 */
export function composeControlTables(sop: Sop, options: ControlTablesOptions): ControlTablesResult {
  return composeWithoutThinPages((forced) => composeTables(sop, options, forced));
}

function composeTables(sop: Sop, options: ControlTablesOptions, forced: ReadonlySet<number>): { flow: PageFlow; result: ControlTablesResult } {
  const { fonts, lang } = options;
  const flow = new PageFlow(frameOf(PAPER[options.page]), forced);
  const steps = drawnSteps(sop);
  const c: TablesContext = {
    sop,
    options,
    w: BOOK_WORDS[lang],
    flow,
    left: flow.frame.content.x,
    width: flow.frame.content.width,
    style: bookTableStyle(fonts, BODY_SIZE),
    heading: { font: fonts.bold, size: HEADING_SIZE, lineHeight: HEADING_SIZE * 1.8, color: COLOR },
    info: { font: fonts.regular, size: INFO_SIZE, lineHeight: INFO_SIZE * 1.6, color: COLOR },
    continued: { font: fonts.bold, size: INFO_SIZE, lineHeight: INFO_SIZE * 1.8, color: COLOR },
    steps,
    numbers: new Map(steps.map((s, i) => [s.id, i + 1])),
  };
  addProcedureTable(c);
  const controls = addAssessmentTable(c);
  return { flow, result: { pages: flow.toPages(), controls } };
}

/** A table's centred heading, then the line that names the SOP. */
function addTitle(c: TablesContext, text: string, key: string): void {
  const { flow, heading } = c;
  flow.beginSection('section', key);
  const x = c.left + (c.width - measureText(heading.font, text, heading.size)) / 2;
  addLine(flow, text, x, heading, 'title');
  addParagraph(flow, c.w.sopLine(c.sop.unit, c.sop.code, c.sop.title), c.left, c.width, c.info, 'body');
  flow.y += 6;
  flow.endSection();
}

/** The heading a table repeats on each page it continues on. */
function runningHeading(c: TablesContext, text: string, key: string): () => void {
  return () => {
    c.flow.beginSection('section', `${key}-continued`);
    addLine(c.flow, c.w.continued(text), c.left, c.continued, 'title');
    c.flow.endSection();
    c.flow.beginSection('table', key);
  };
}

/** 作業程序說明表: each step, who does it, its work and its control points. */
function addProcedureTable(c: TablesContext): void {
  const { w, flow, width, sop, numbers } = c;
  addTitle(c, w.procedureTable, 'procedure-table-title');
  const columns = w.procedureColumns;
  const procedureRows: RuledRow[] = c.steps.map((step) => ({
    cells: [
      { paragraphs: [String(numbers.get(step.id))] },
      { paragraphs: workParagraphs(step, w, c.options) },
      { paragraphs: [...(step.owner ? [w.owner(step.owner)] : []), ...(step.support.length > 0 ? [w.support(step.support)] : [])] },
      { paragraphs: nextParagraphs(sop, step, numbers, w) },
      { paragraphs: timeParagraphs(sop, step, w, c.options) },
      { paragraphs: controlParagraphs(step) },
    ],
  }));
  flow.beginSection('table', 'procedure-table');
  addRuledTable(
    flow,
    c.left,
    {
      columns: [
        { title: columns.step, width: width * 0.07, align: 'middle' },
        { title: columns.work, width: width * 0.27 },
        { title: columns.responsible, width: width * 0.15 },
        { title: columns.next, width: width * 0.13 },
        { title: columns.time, width: width * 0.14 },
        { title: columns.controls, width: width * 0.24 },
      ],
      rows: procedureRows,
      onNewPage: runningHeading(c, w.procedureTable, 'procedure-table'),
    },
    c.style,
  );
  flow.endSection();
}

/**
 * 自行評估表, on a page of its own (it is filled in and signed apart from the description);
 * without control points only its note, below the description. Returns the control points.
 */
function addAssessmentTable(c: TablesContext): number {
  const { w, flow, width, style, heading, info } = c;
  const body = style.body;
  const points = c.steps.flatMap((step) => step.controls.map((control) => ({ step, control })));
  if (points.length > 0) flow.newPage();
  else {
    flow.space(heading.lineHeight);
    flow.ensure(heading.lineHeight + 2 * info.lineHeight + 6 + body.lineHeight * 2);
  }
  addTitle(c, w.assessmentTable, 'assessment-table-title');
  if (points.length === 0) {
    flow.beginSection('section', 'no-controls');
    addParagraph(flow, w.noControls, c.left, width, body, 'body');
    flow.endSection();
    return 0;
  }
  const a = w.assessmentColumns;
  const checks = w.results;
  const checksWidth = checks.reduce((sum, label) => sum + body.size * 0.8 + 3 + measureText(body.font, label, body.size), 0) + 10 * (checks.length - 1) + 2 * style.padX + 2;
  const resultWidth = Math.min(Math.max(checksWidth, measureText(style.header.font, a.result, body.size) + 2 * style.padX), width * 0.4);
  const controlWidth = (width - resultWidth) * 0.6;
  flow.beginSection('table', 'assessment-table');
  addRuledTable(
    flow,
    c.left,
    {
      columns: [
        { title: a.control, width: controlWidth },
        { title: a.result, width: resultWidth },
        { title: a.remarks, width: width - resultWidth - controlWidth },
      ],
      rows: points.map(({ step, control }) => ({
        cells: [{ paragraphs: [`${w.stepRef(c.numbers.get(step.id)!)}${control}`] }, { checkboxes: [...checks] }, { paragraphs: [] }],
      })),
      minLines: 2,
      onNewPage: runningHeading(c, w.assessmentTable, 'assessment-table'),
    },
    style,
  );
  flow.endSection();
  return points.length;
}
