// Every free text of an SOP with its path (model/texts.ts), walked by the rules that read all of
// an SOP's words: computed once per SOP.

import { sopTexts, type SopText } from '../model/texts.js';
import { sopAnalysis } from './memo.js';

export const sopTextList = sopAnalysis('sop texts', ({ sop }): readonly SopText[] => sopTexts(sop));
