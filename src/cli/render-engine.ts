// The rendering machinery `sop render` needs (ELK, fontkit, pdfkit, svgdom): loaded by the
// command only when it runs, so that `sop lint` and `sop --help` do not pay for loading it.

export { layoutChart } from '../render/layout/layout-chart.js';
export { renderHandbook, UNDRAWABLE_RULE_IDS } from '../render/book/book.js';
export { ProgressBar } from '../render/book/progress-bar.js';
export { composeSopDocument } from '../render/book/sop-document.js';
export { layoutForHandbook } from '../render/compose-handbook.js';
export { composeSvg } from '../render/compose-svg.js';
export { writePdf } from '../render/pdf-writer.js';
export { writeSvg } from '../render/svg-writer.js';
export { mergeVersions } from '../diff/merge-versions.js';
export { COMPARE_MESSAGES } from '../render/compare/compare-messages.js';
export { previousSource, previousVersion } from '../render/compare/previous-version.js';
export { FontError, loadFonts, missingGlyphs } from '../render/text/index.js';
