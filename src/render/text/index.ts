// Text for the renderer: fonts, measurement and line breaking.

export { bundledFontFiles, FontError, fontFace, fontFileBytes, loadFonts, type Fonts, type MeasureFont } from './fonts.js';
export { subsetFont } from './subset-font.js';
export { fontMetrics, measureText, missingGlyphs } from './measure.js';
export { isClosingPunctuation, isOpeningPunctuation, segmentText, widestLine, widestSegment, wrapBalanced, wrapText } from './wrap.js';
