// Reads a PDF back with pdf-lib for the render tests: page sizes, metadata, embedded fonts.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString, PDFRef, PDFStream, decodePDFRawStream, PDFRawStream } from 'pdf-lib';

export interface PdfFacts {
  pageCount: number;
  pageSizes: { width: number; height: number }[];
  title: string | undefined;
  lang: string | undefined;
  creationDate: Date | undefined;
  /** BaseFont names of every font used by any page. */
  baseFonts: string[];
  /** Whether each Type0 font has a FontFile2/FontFile3 (embedded) in its descendant's descriptor. */
  embedded: boolean[];
  /** Whether each font maps its glyphs back to Unicode (text can be searched and copied). */
  toUnicode: boolean[];
}

function text(obj: unknown): string | undefined {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.decodeText();
  return undefined;
}

export async function inspectPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = pdf.getPages();
  const baseFonts = new Set<string>();
  const embedded: boolean[] = [];
  const toUnicode: boolean[] = [];
  const seen = new Set<string>();
  for (const page of pages) {
    const resources = page.node.Resources();
    const fontDict = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
    if (!fontDict) continue;
    for (const [, ref] of fontDict.entries()) {
      const key = ref instanceof PDFRef ? ref.toString() : String(ref);
      if (seen.has(key)) continue;
      seen.add(key);
      const font = pdf.context.lookup(ref, PDFDict);
      const base = font.lookup(PDFName.of('BaseFont'), PDFName);
      baseFonts.add(base.decodeText());
      const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
      let isEmbedded = false;
      if (descendants) {
        const cid = descendants.lookup(0, PDFDict);
        const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
        isEmbedded = descriptor.has(PDFName.of('FontFile2')) || descriptor.has(PDFName.of('FontFile3'));
      }
      embedded.push(isEmbedded);
      toUnicode.push(font.has(PDFName.of('ToUnicode')));
    }
  }
  const lang = text(pdf.catalog.lookup(PDFName.of('Lang')));
  return {
    pageCount: pdf.getPageCount(),
    pageSizes: pages.map((p) => p.getSize()),
    title: pdf.getTitle(),
    lang,
    creationDate: pdf.getCreationDate(),
    baseFonts: [...baseFonts].sort(),
    embedded,
    toUnicode,
  };
}

/** The decoded content stream text of every page (to check that text is drawn as text). */
export async function pageContents(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams: PDFStream[] = [];
    if (contents instanceof PDFStream) streams.push(contents);
    else if (contents) for (let i = 0; i < contents.size(); i++) streams.push(contents.lookup(i, PDFStream));
    return streams
      .map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : ''))
      .join('\n');
  });
}
