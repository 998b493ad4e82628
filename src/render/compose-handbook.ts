// The handbook composer: one SOP → the pages of its handbook entry (a Scene for the PDF writer).
//   header table (單位, 項目, 編號, 訂定／修訂日期)
//   一、處理流程   the chart (R1's ChartLayout), split between rows over pages with off-page connectors
//   二、法令依據   （一）（二）… items, or 無
//   三、作業注意事項
//   四、使用表格
//   註 list
//   footer 第 x 頁／共 y 頁 on every page
// All geometry is computed here (text measured and wrapped with the real font); the PDF writer
// only draws the result.
import type { Lang } from '../i18n/lang.js';
import type { Sop } from '../model/types.js';
import type { ChartLayout, ChartOptions } from './layout/chart-layout.js';
import { layoutChart } from './layout/layout-chart.js';
import { handbookLegend, HANDBOOK_LEGEND_SIZE } from './compare/legend.js';
import type { ConnectorPlacement, ConnectorWords } from './handbook/chart-connectors.js';
import { addChartPages, type ChartMessages, type ChartPagesResult } from './handbook/chart-pages.js';
import { addHeaderTable, type HeaderRow } from './handbook/header-table.js';
import { composeWithoutThinPages, frameOf, landscapeFrame, PageFlow, PAPER, type PaperSize } from './handbook/page-flow.js';
import { addLine, addList, chineseNumeral, textLine, type ListEntry, type TextStyle } from './handbook/text-blocks.js';
import { formatEstablishedRevised } from './roc-date.js';
import type { Box, Scene } from './scene.js';
import type { Fonts } from './text/index.js';

export type { PaperSize } from './handbook/page-flow.js';

export interface HandbookOptions {
  page: PaperSize;
  lang: Lang;
  fonts: Fonts;
  /** Titles of other SOPs by id (for the text of subprocess steps; the chart layout uses them). */
  sopTitles?: ReadonlyMap<string, string>;
  /** Footer numbering when these pages are part of a larger document (a whole handbook, or followed by control tables). */
  pageNumbers?: PageNumbering;
  /** A compare chart's legend on the 一、處理流程 heading's line (`base`: what the chart is compared with). */
  legend?: { base?: string };
}

/**
 * How the footer numbers the pages: page i (0-based) prints `offset + i + 1` of `total`;
 * without `total`, of offset + these pages + pagesAfter (pages that follow in the same PDF).
 */
export interface PageNumbering {
  offset?: number;
  total?: number;
  pagesAfter?: number;
  /** The language of the footer when it is the whole book's (an English SOP in a Chinese handbook). */
  lang?: Lang;
}

export interface HandbookResult {
  scene: Scene;
  warnings: string[];
  /** Where the off-page connectors went (pairs share a letter), for tests and diagnostics. */
  connectors: ConnectorPlacement[];
}

/** The content width of a handbook page: pass it to layoutChart as maxWidth. */
export function handbookContentWidth(page: PaperSize = 'A4'): number {
  return frameOf(PAPER[page]).content.width;
}

export type HandbookLayoutOptions = Omit<ChartOptions, 'maxWidth'> & { page: PaperSize };

/**
 * The chart layout for the handbook: fitted to the page's content width (layoutChart narrows the
 * columns and the label boxes, then makes the text smaller, never below 7 pt). A chart too wide
 * even so is fitted to the landscape page instead, its boxes still as wide as the upright page's
 * rooms: composeHandbook puts it on landscape pages (or scales it onto the page when its text
 * stays at 7 pt or more).
 */
export async function layoutForHandbook(sop: Sop, options: HandbookLayoutOptions): Promise<ChartLayout> {
  const { page: _, ...base } = options;
  const width = handbookContentWidth(options.page);
  const fitted = await layoutChart(sop, { ...base, maxWidth: width });
  if (fitted.width <= width + 1e-6) return fitted;
  // Its boxes as the upright page's rooms make them, not one line each across the wider page.
  return layoutChart(sop, { ...base, maxWidth: landscapeFrame(options.page).content.width, roomWidth: width });
}

const BODY_SIZE = 10.5;
const HEADING_SIZE = 12;
const FOOTER_SIZE = 9;
const SECTION_GAP = 12;
/** The indent of a section's list under its heading. */
const INDENT = HEADING_SIZE;
const COLOR = '#000000';

interface Words {
  unit: string;
  title: string;
  code: string;
  dates: string;
  contact: string;
  procedure: string;
  legal: string;
  guidance: string;
  forms: string;
  notes: string;
  none: string;
  heading: (n: number, name: string) => string;
  item: (n: number) => string;
  note: (key: string) => string;
  noteRefs: (keys: readonly string[]) => string;
  footer: (page: number, pages: number) => string;
  chart: ChartMessages;
  connectors: ConnectorWords;
}

const WORDS: Record<Lang, Words> = {
  'zh-TW': {
    unit: '單位',
    title: '項目',
    code: '編號',
    dates: '訂定／修訂日期',
    contact: '承辦單位／聯絡方式',
    procedure: '處理流程',
    legal: '法令依據',
    guidance: '作業注意事項',
    forms: '使用表格',
    notes: '註',
    none: '無',
    heading: (n, name) => `${chineseNumeral(n)}、${name}`,
    item: (n) => `（${chineseNumeral(n)}）`,
    note: (key) => `註${key}：`,
    noteRefs: (keys) => `（${keys.map((k, i) => (i === 0 ? `註${k}` : k)).join('、')}）`,
    footer: (page, pages) => `第 ${page} 頁／共 ${pages} 頁`,
    chart: {
      tooWide: (pct, size) => `流程圖縮至 ${pct}% 時文字只剩 ${size} pt（小於 7 pt），該頁改用 A3 橫向`,
      tooWideEvenLandscape: (size) => `流程圖即使改用 A3 橫向，文字仍只剩 ${size} pt（小於 7 pt）`,
      rowTooTall: (row, pct) => `流程圖第 ${row} 列高於一頁，該頁縮至 ${pct}%`,
      rowTooTallSmallText: (row, size) => `流程圖第 ${row} 列高於一頁，該頁縮小後文字只剩 ${size} pt（小於 7 pt）`,
    },
    connectors: { toStep: (n) => `接步驟${n}`, fromSteps: (ns) => `自步驟${ns.join('、')}` },
  },
  en: {
    unit: 'Unit',
    title: 'Title',
    code: 'Code',
    dates: 'Established / revised',
    contact: 'Contact',
    procedure: 'Procedure',
    legal: 'Legal basis',
    guidance: 'Operating notes',
    forms: 'Forms',
    notes: 'Notes',
    none: 'None',
    heading: (n, name) => `${n}. ${name}`,
    item: (n) => `(${n}) `,
    note: (key) => `Note ${key}: `,
    noteRefs: (keys) => ` (note${keys.length > 1 ? 's' : ''} ${keys.join(', ')})`,
    footer: (page, pages) => `Page ${page} of ${pages}`,
    chart: {
      tooWide: (pct, size) => `the chart scaled to ${pct}% would print its text at ${size} pt (below 7 pt): its pages use A3 landscape`,
      tooWideEvenLandscape: (size) => `the chart is too wide even for A3 landscape: its text prints at ${size} pt (below 7 pt)`,
      rowTooTall: (row, pct) => `row ${row} of the chart is taller than a page: that page is scaled to ${pct}%`,
      rowTooTallSmallText: (row, size) => `row ${row} of the chart is taller than a page: scaled to fit, its text prints at ${size} pt (below 7 pt)`,
    },
    connectors: { toStep: (n) => `to step ${n}`, fromSteps: (ns) => `from step${ns.length > 1 ? 's' : ''} ${ns.join(', ')}` },
  },
};

function sortedNoteKeys(notes: ReadonlyMap<string, string>): string[] {
  return [...notes.keys()].sort((a, b) => {
    const na = Number(a);
    const nb = Number(b);
    if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
    return a.localeCompare(b);
  });
}

/** What the sections of one SOP's handbook pages share. */
interface Composition {
  flow: PageFlow;
  w: Words;
  lang: Lang;
  fonts: Fonts;
  body: TextStyle;
  heading: TextStyle;
}

const left = (c: Composition) => c.flow.frame.content.x;
const contentWidth = (c: Composition) => c.flow.frame.content.width;

/**
 * Composes the handbook pages of one SOP (again with an earlier page break where a page would
 * hold only a few lines: page-flow.ts).
 */
export function composeHandbook(sop: Sop, layout: ChartLayout, options: HandbookOptions): HandbookResult {
  return composeWithoutThinPages((forced) => composePages(sop, layout, options, forced));
}

function composePages(sop: Sop, layout: ChartLayout, options: HandbookOptions, forced: ReadonlySet<number>): { flow: PageFlow; result: HandbookResult } {
  const { fonts, lang } = options;
  const flow = new PageFlow(frameOf(PAPER[options.page]), forced);
  const body: TextStyle = { font: fonts.regular, size: BODY_SIZE, lineHeight: BODY_SIZE * 1.6, color: COLOR };
  const heading: TextStyle = { font: fonts.bold, size: HEADING_SIZE, lineHeight: HEADING_SIZE * 1.7, color: COLOR };
  const c: Composition = { flow, w: WORDS[lang], lang, fonts, body, heading };

  addHeaderSection(c, sop);
  flow.space(SECTION_GAP);
  const procedure = addProcedureSection(c, layout, options.page, textSectionsHeight(c, sop));
  addTextSections(c, sop);
  addFooters(c, options.pageNumbers);

  // A compare chart's legend: on the heading's line of the first chart page (so nothing moves).
  const firstChartPage = procedure.chart.plans[0];
  if (options.legend && firstChartPage?.group.bounds && procedure.headingBox) {
    const legendOptions = { lang, fonts, size: HANDBOOK_LEGEND_SIZE, base: options.legend.base };
    flow.addToPage(firstChartPage.page, handbookLegend(procedure.headingBox, firstChartPage.group.bounds, flow.pages[firstChartPage.page]!.frame.width, legendOptions));
  }

  const scene: Scene = {
    title: sop.title,
    description: lang === 'zh-TW' ? `${sop.unit}　${sop.title}　標準作業流程` : `${sop.unit}: ${sop.title} (standard operating procedure)`,
    lang,
    pages: flow.toPages(),
    fonts: { regular: fonts.regular.file, bold: fonts.bold.file, family: fonts.family },
  };
  return { flow, result: { scene, warnings: procedure.chart.warnings, connectors: procedure.chart.connectors } };
}

/** The header table: 單位, 編號, 項目, 訂定／修訂日期 (and 承辦單位／聯絡方式). */
function addHeaderSection(c: Composition, sop: Sop): void {
  const { flow, w } = c;
  flow.beginSection('header-table', 'header');
  const rows: HeaderRow[] = [
    { cells: [{ label: w.unit, value: sop.unit }, { label: w.code, value: sop.code ?? '' }] },
    { cells: [{ label: w.title, value: sop.title }] },
    { cells: [{ label: w.dates, value: formatEstablishedRevised(sop.established, sop.revisions.map((r) => r.date), c.lang) }] },
  ];
  if (sop.contact) rows.push({ cells: [{ label: w.contact, value: sop.contact }] });
  addHeaderTable(flow, rows, left(c), contentWidth(c), {
    label: { ...c.body, font: c.fonts.bold },
    value: c.body,
    stroke: { color: COLOR, width: 0.75 },
    labelFill: '#eeeeee',
    padX: 6,
    padY: 4,
  });
  flow.endSection();
}

/** The sections after the chart: 二、法令依據 … 四、使用表格, then the notes. */
function addTextSections(c: Composition, sop: Sop): void {
  addListSections(c, sop, 2);
  addNotesSection(c, sop);
}

/** The height the sections after the chart take, composed on one endless page (for the chart's breaks). */
function textSectionsHeight(c: Composition, sop: Sop): number {
  const frame = c.flow.frame;
  const endless = new PageFlow({ ...frame, content: { ...frame.content, height: Number.MAX_SAFE_INTEGER } });
  addTextSections({ ...c, flow: endless }, sop);
  // The first section's gap falls at the endless page's top, where it is dropped; after the chart it is not.
  return endless.y - frame.content.y + SECTION_GAP;
}

/** 一、處理流程: the heading (on the page where the chart starts) and the chart's pages, fewest pages counting `after`, what follows. */
function addProcedureSection(c: Composition, layout: ChartLayout, paper: PaperSize, after: number): { chart: ChartPagesResult; headingBox?: Box } {
  const { flow, heading } = c;
  const procedureHeading = c.w.heading(1, c.w.procedure);
  let headingBox: Box | undefined;
  const chart = addChartPages(flow, layout, {
    fonts: c.fonts,
    paper,
    after,
    messages: c.w.chart,
    connectorWords: c.w.connectors,
    heading: {
      height: heading.lineHeight,
      draw: () => {
        flow.beginSection('section', 'procedure');
        const t = textLine(procedureHeading, left(c), flow.y, heading, 'title');
        flow.add(t.item, t.box);
        headingBox = t.box;
        flow.y += heading.lineHeight;
        flow.endSection();
      },
    },
  });
  return { chart, ...(headingBox ? { headingBox } : {}) };
}

/** 二、法令依據, 三、作業注意事項, 四、使用表格: numbered lists, 無 when empty; numbered from `first`. */
function addListSections(c: Composition, sop: Sop, first: number): void {
  const { flow, w, body, heading } = c;
  let sectionNumber = first;
  const listSection = (key: string, name: string, entries: string[]) => {
    flow.space(SECTION_GAP);
    flow.beginSection('section', key);
    flow.ensure(heading.lineHeight + body.lineHeight);
    addLine(flow, w.heading(sectionNumber++, name), left(c), heading, 'title');
    flow.keepWithNext();
    const x = left(c) + INDENT;
    const width = contentWidth(c) - INDENT;
    if (entries.length === 0) addLine(flow, w.none, x, body, 'body');
    else addList(flow, entries.map((text, i): ListEntry => ({ label: w.item(i + 1), text })), x, width, body, 'body');
    flow.endSection();
  };
  const refs = (notes: readonly string[]) => (notes.length > 0 ? w.noteRefs(notes) : '');
  listSection('legal', w.legal, sop.legal);
  listSection('guidance', w.guidance, sop.guidance.map((g) => g.text + refs(g.notes)));
  listSection(
    'forms',
    w.forms,
    sop.forms.map((f) => `${f.name}${f.note ? (c.lang === 'zh-TW' ? `（${f.note}）` : ` (${f.note})`) : ''}${refs(f.notes)}`),
  );
}

/** 註: the notes, by key. */
function addNotesSection(c: Composition, sop: Sop): void {
  const { flow, w, body } = c;
  const noteKeys = sortedNoteKeys(sop.notes);
  if (noteKeys.length === 0) return;
  flow.space(SECTION_GAP);
  flow.beginSection('section', 'notes');
  flow.ensure(body.lineHeight * 2);
  addList(flow, noteKeys.map((k) => ({ label: w.note(k), text: sop.notes.get(k) ?? '' })), left(c), contentWidth(c), body, 'body');
  flow.endSection();
}

/** 第 x 頁／共 y 頁 on every page, centred in the bottom margin. */
function addFooters(c: Composition, numbering: PageNumbering | undefined): void {
  const { flow } = c;
  const footer: TextStyle = { font: c.fonts.regular, size: FOOTER_SIZE, lineHeight: FOOTER_SIZE * 1.4, color: COLOR };
  const offset = numbering?.offset ?? 0;
  const total = numbering?.total ?? offset + flow.pages.length + (numbering?.pagesAfter ?? 0);
  flow.pages.forEach((page, index) => {
    const { content, height, width } = page.frame;
    const marginTop = content.y + content.height;
    const top = marginTop + (height - marginTop - footer.lineHeight) / 2;
    const t = textLine(WORDS[numbering?.lang ?? c.lang].footer(offset + index + 1, total), width / 2, top, footer, 'footer', 'middle');
    flow.addToPage(index, { kind: 'group', role: 'footer', data: { 'data-section': 'footer' }, bounds: t.box, items: [t.item] });
  });
}
