// What the form analysis finds: the listed forms (四、使用表格) and every mention of a form in the
// SOP, each related to the listed forms it refers to.

import type { NodePath } from '../../loader/source-map.js';
import type { WordHit } from '../text/word-match.js';
import type { FormLists } from './form-lists.js';
import type { Spans } from './spans.js';

export interface ListedForm {
  index: number;
  id?: string;
  /** As written in the list. */
  name: string;
  /** Without enumeration, URL and trailing punctuation: what suggestions show. */
  display: string;
  /** `display` without the city prefix (嘉義市政府…). */
  bareDisplay: string;
  key: string;
  bare: string;
  /** `bare` and its spellings under formsEquivalents / config terms, for alignment. */
  variants: string[];
  /** Each variant's distinct bigrams (the q-gram filter of near misses). */
  variantGrams: string[][];
  /** Each variant's ending probes: a near miss must contain one. */
  variantTails: string[][];
  /** When the name ends with a template suffix (…格式, …範例): the key of the document itself. */
  baseKey?: string;
}

export type Relation =
  /** the listed name, as written */
  | 'exact'
  /** the listed name without its city prefix */
  | 'prefix'
  /** the listed name with other brackets or 記錄/紀錄 */
  | 'format'
  /** a near miss: a few characters differ */
  | 'near'
  /** the listed name with a qualifier before it (建置合約書 for 合約書): which document? */
  | 'qualified'
  /** a shorter name of a listed form (its characters in order) */
  | 'short'
  /** the document made from a listed template (申請補助計畫書 for 申請補助計畫書格式) */
  | 'template'
  /** a look-alike character in a form noun (清查畏 for 清查表) */
  | 'typo'
  /** a form-like name close to no listed form */
  | 'unlisted'
  /**
   * an unlisted document and a listed form that nothing names, read as one form under two names
   * (same noun, a qualifying word in common: pairing.ts)
   */
  | 'paired'
  /** another name of a form whose finding is another mention's (a shorter name of a misnamed form, a back-reference): no finding of its own */
  | 'alias';

export interface FormMention {
  /** The step the mention is in; absent for guidance items. */
  stepId?: string;
  /** Relative to the step when stepId is given, else from the root. */
  path: NodePath;
  /** Whether it is a step's `forms` entry (else a name in a label or a guidance item). */
  entry: boolean;
  /** The words as written. */
  raw: string;
  relation: Relation;
  /** Listed forms it refers to, best first (more than one = ambiguous). */
  forms: number[];
  /** Edits between the mention and its form (near). */
  cost?: number;
  /** typo: the corrected words. */
  corrected?: string;
  /** For unlisted names: comparison key, and how strongly it reads as a form name (0–4). */
  key?: string;
  strength?: number;
  /** unlisted: the name is the document of a listed template that the chart also draws. */
  template?: number;
}

export interface FormAnalysis {
  forms: ListedForm[];
  mentions: FormMention[];
  /** Indexes of listed forms that some step uses or names (exactly, nearly or by a short name). */
  used: Set<number>;
}

/** A form noun in a text; `ref` a reference noun (系統, 手冊); `code` a form named by its code (Form KBA-F1). */
export type NounHit = WordHit & { ref: boolean; code?: true };

/** One text to read names in: a step's label or a guidance item. */
export interface Field {
  text: string;
  stepId?: string;
  path: NodePath;
  /** A guidance item (prose): names count when quoted or clearly set off. */
  guidance: boolean;
  /** A start step's label is a trigger from outside: unquoted names are not the SOP's forms. */
  unquotedUnlisted: boolean;
  document: boolean;
}

/** A field being read: its text prepared once, and the spans already read as names. */
export interface FieldScan {
  field: Field;
  /** The text with note marks (（註1）) blanked out: same length as field.text. */
  raw: string;
  /** `raw` folded (see text/fold.ts). */
  text: string;
  /** Where the content starts and ends (leading blanks, trailing blanks and 。 left out). */
  contentStart: number;
  contentEnd: number;
  /** Spans already read as a name: each later pass skips them. */
  taken: Spans;
}

/** What every pass over a field reads: the prepared lists and the listed forms. */
export interface FormContext {
  lists: FormLists;
  forms: ListedForm[];
  /** The listed forms, longest bare name first (執行情形評審表 before 評審表). */
  longestFirst: ListedForm[];
  /** The words of a name (name-words.ts), each name read once per SOP. */
  nameWords: NameReader;
}

/** A form's name read as words (name-words.ts). */
export interface NameWords {
  /** The name read: without the city prefix and a bracket after the noun, lower case. */
  name: string;
  /** The noun the name ends with, lower case (表, 報表, 格式, form). */
  noun: string;
  /** Whether that noun is a form noun of the lists (else the segmenter's last word). */
  formNoun: boolean;
  /** The informative words before the noun, lower case, in order. */
  words: string[];
}

/** Reads the noun and qualifying words of a name (a folded key), if it has a word before its noun. */
export type NameReader = (key: string) => NameWords | undefined;
