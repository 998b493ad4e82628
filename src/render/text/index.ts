// Text for the renderer: fonts, measurement and line breaking.

export { bundledFontFiles, FontError, fontFace, fontFileBytes, fontkitFont, loadFonts, type Fonts, type MeasureFont } from './fonts.js';
export { reuseGlyphData } from './glyph-data.js';
export { fontsEncodedTheSame, trustSubsetEncodings } from './subset-encode.js';
export { subsetFont } from './subset-font.js';
export { fontMetrics, measureText, missingGlyphs } from './measure.js';
export { CODE_POINT_TABLE_FORMAT, codePointTable, plainRun, useCodePointTable, type CodePointTable } from './plain-advances.js';
export { fontFingerprint } from './sfnt.js';
export { readCodePointTable, readTrieValues, writeCodePointTable, writeTrieValues } from './font-data-files.js';
export { builtTrieValues, useTrieValues } from './trie-values.js';
export { KEEP_NOTHING, KeepTogether } from './keep-together.js';
export { isClosingPunctuation, isOpeningPunctuation, paragraphSegments, segmentText, widestLine, widestSegment, wrapBalanced, wrapText, type Segment } from './wrap.js';
