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
