// Reads a handbook PDF back for the book tests: the text of each page (pdfjs, as a viewer
// extracts it), the bookmarks with the pages they point to (pdf-lib), and the TOC's numbers.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page, its items joined without separators (white space removed). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  // pdfjs takes ownership of the buffer it is given: pass a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/\s+/g, ''),
    );
  }
  await doc.destroy();
  return texts;
}

/** White space removed, as pdfPageTexts gives page texts. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface Bookmark {
  title: string;
  /** 0-based index of the page it opens. */
  page: number;
  children: Bookmark[];
}

function titleOf(dict: PDFDict): string {
  const t = dict.lookup(PDFName.of('Title'));
  return t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : '';
}

/** The document outline (bookmarks), from the catalog's /Outlines. */
export async function pdfBookmarks(bytes: Uint8Array): Promise<{ bookmarks: Bookmark[]; pageMode: string | undefined }> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageRefs = pdf.getPages().map((p) => p.ref.toString());
  const children = (parent: PDFDict): Bookmark[] => {
    const out: Bookmark[] = [];
    let item = parent.lookupMaybe(PDFName.of('First'), PDFDict);
    while (item) {
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const target = dest?.get(0);
      out.push({ title: titleOf(item), page: target instanceof PDFRef ? pageRefs.indexOf(target.toString()) : -1, children: children(item) });
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
    return out;
  };
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const mode = pdf.catalog.lookupMaybe(PDFName.of('PageMode'), PDFName);
  return { bookmarks: outlines ? children(outlines) : [], pageMode: mode?.decodeText() };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The page number a TOC text gives after an SOP's title (titles and numbers as printed, white space removed). */
export function tocPageOf(tocText: string, title: string): number | undefined {
  const m = new RegExp(`${escapeRegExp(squash(title))}(\\d+)`).exec(tocText);
  return m ? Number(m[1]) : undefined;
}

/** A link annotation: the page it is on and goes to (0-based), and the text inside its box. */
export interface PdfLink {
  page: number;
  target: number;
  text: string;
}

/** Every link annotation to a destination of the document, with the text its box covers (pdfjs). */
export async function pdfLinks(bytes: Uint8Array): Promise<PdfLink[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const links: PdfLink[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const annotations = (await page.getAnnotations()) as { subtype: string; dest?: unknown; rect: number[] }[];
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []));
    for (const a of annotations) {
      if (a.subtype !== 'Link' || a.dest === undefined) continue;
      const dest = typeof a.dest === 'string' ? await doc.getDestination(a.dest) : (a.dest as unknown[]);
      const target = dest ? await doc.getPageIndex(dest[0] as { num: number; gen: number }) : -1;
      const [x1, y1, x2, y2] = a.rect as [number, number, number, number];
      const text = items.filter((i) => i.x >= x1 - 0.5 && i.x <= x2 && i.y >= y1 && i.y <= y2).map((i) => i.str).join('');
      links.push({ page: n - 1, target, text: squash(text) });
    }
  }
  await doc.destroy();
  return links;
}
