// Where an SOP names forms (四、使用表格) and how each name compares with the top-level `forms`
// list. form-unlisted, form-unused and form-name all read this one analysis, so that a single
// mismatch is reported once: a near miss is form-name's (and counts as a use), a name close to
// no listed form is form-unlisted's, a listed form that nothing names is form-unused's.
//
// Text is compared after `fold`, which keeps every string index (one UTF-16 unit in, one out)
// so that a span found in the folded text is the same span of the text as written.

import type { WordLists } from '../engine/types.js';
import type { NodePath } from '../loader/source-map.js';
import type { Sop } from '../model/types.js';
import { levenshtein } from '../analysis/text/similarity.js';
import { compileWords, findWords, wordAt, type WordHit } from '../analysis/text/word-match.js';

// ---------------------------------------------------------------------------------------------
// Folding and keys

const BRACKET_OPEN = '(（﹙[［【';
const BRACKET_CLOSE = ')）﹚]］】';

/** Same length as the input: brackets of every width → ( ), full-width ASCII → ASCII, 記錄 → 紀錄, A–Z → a–z. */
export function fold(text: string): string {
  let out = text.replace(FOLDABLE, foldChar);
  if (out.includes('記錄')) out = out.replace(/記錄/g, '紀錄');
  return out;
}

const FOLDABLE = /[（﹙）﹚\uFF01-\uFF5EA-Z]/g;

function foldChar(c: string): string {
  if (c === '（' || c === '﹙') return '(';
  if (c === '）' || c === '﹚') return ')';
  const code = c.charCodeAt(0);
  if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
  return c.toLowerCase();
}

const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isHan = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);

/** A hit of a Latin word must not sit inside a longer Latin word (`form` in `inform`). */
function bounded(text: string, hit: WordHit): boolean {
  const first = hit.word[0];
  const last = hit.word[hit.word.length - 1];
  if (isLatin(first) && isLatin(text[hit.index - 1])) return false;
  if (isLatin(last) && isLatin(text[hit.index + hit.word.length])) return false;
  return true;
}

function hitsOf(text: string, words: readonly string[] | undefined): WordHit[] {
  return words && words.length > 0 ? findWords(text, words).filter((h) => bounded(text, h)) : [];
}

/** The hit of the list that starts at `index` (longest first), if any, Latin-bounded. */
function hitAt(text: string, words: readonly string[] | undefined, index: number): WordHit | undefined {
  const hit = words && words.length > 0 ? wordAt(text, words, index) : undefined;
  return hit && bounded(text, hit) ? hit : undefined;
}

const NOTE_MARK = /[(（]\s*註\s*[0-9０-９]+(?:\s*[、,，]\s*[0-9０-９]+)*\s*[)）]/g;
const URL_IN_BRACKETS = /[(（﹙]\s*(?:https?|ftp):\/\/[^)）﹚]*[)）﹚]/g;
const URL = /(?:https?|ftp):\/\/\S+/g;
const ENUMERATION = /^\s*(?:[(（]?[一二三四五六七八九十]+[)）、.．]|[(（]?\d+[)）.．、]|\d+、)\s*/;
const TRAILING = /[\s。．.，,；;:：]+$/;

/** A listed name as it should be shown: without its enumeration, URL, trailing 。 or 註 mark. */
export function displayName(name: string): string {
  return name.replace(NOTE_MARK, '').replace(URL_IN_BRACKETS, '').replace(URL, '').replace(ENUMERATION, '').replace(TRAILING, '').trim();
}

/** Comparison key of a name: folded, without spaces next to CJK, quotes or enumeration. */
export function nameKey(name: string): string {
  return fold(displayName(name))
    .replace(/[「」『』“”"]/g, '')
    .replace(/\s*(\p{Script=Han})\s*/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Approximate matching

/**
 * For every end position j of `text` (1…n), the fewest edits that turn `pattern` into a
 * substring of `text` ending at j, and where that substring starts (semi-global alignment).
 */
export function alignEnds(pattern: string, text: string): { cost: Int32Array; start: Int32Array } {
  const m = pattern.length;
  const n = text.length;
  // Scratch rows are reused across calls (callers read the result before aligning again).
  const rows = scratch(4, m + 1);
  let prev = rows[0]!;
  let prevStart = rows[1]!;
  let cur = rows[2]!;
  let curStart = rows[3]!;
  for (let i = 0; i <= m; i++) {
    prev[i] = i;
    prevStart[i] = 0;
  }
  const out = scratchOut(n + 1);
  const cost = out[0]!;
  const start = out[1]!;
  cost[0] = m;
  start[0] = 0;
  for (let j = 1; j <= n; j++) {
    cur[0] = 0;
    curStart[0] = j;
    const t = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      let best = prev[i - 1]! + (pattern.charCodeAt(i - 1) === t ? 0 : 1);
      let from = prevStart[i - 1]!;
      if (prev[i]! + 1 < best) {
        best = prev[i]! + 1;
        from = prevStart[i]!;
      }
      if (cur[i - 1]! + 1 < best) {
        best = cur[i - 1]! + 1;
        from = curStart[i - 1]!;
      }
      cur[i] = best;
      curStart[i] = from;
    }
    cost[j] = cur[m]!;
    start[j] = curStart[m]!;
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return { cost: cost.subarray(0, n + 1), start: start.subarray(0, n + 1) };
}

let rowBuffers: Int32Array[] = [];
let outBuffers: Int32Array[] = [];

function scratch(count: number, size: number): Int32Array[] {
  if (rowBuffers.length < count || rowBuffers[0]!.length < size) rowBuffers = Array.from({ length: count }, () => new Int32Array(Math.max(size, 64)));
  return rowBuffers;
}

function scratchOut(size: number): Int32Array[] {
  if (outBuffers.length < 2 || outBuffers[0]!.length < size) outBuffers = [new Int32Array(Math.max(size, 256)), new Int32Array(Math.max(size, 256))];
  return outBuffers;
}

/** The fewest edits that turn `pattern` into some substring of `text`. */
export function alignWithin(pattern: string, text: string): number {
  const { cost } = alignEnds(pattern, text);
  let best = pattern.length;
  for (let j = 1; j < cost.length; j++) best = Math.min(best, cost[j]!);
  return best;
}

/** The distinct bigrams of a text. */
function bigramList(text: string): string[] {
  return [...bigrams(text)];
}

function bigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) set.add(text.slice(i, i + 2));
  return set;
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

const stripBrackets = (s: string): string => s.replace(/[()[\]【】]/g, '');

/** 表, 單 and 書 end a form's name alike (申請單/申請表, 通知單/通知書). */
function nounClass(w: string): string {
  const last = w[w.length - 1];
  return last === '單' || last === '書' ? `${w.slice(0, -1)}表` : w;
}

const NOUN_CLASS = '表單書';

/** Two-character sequences that a near miss of `variant` must contain (see endAgreement). */
function tailProbes(variant: string): string[] {
  const probes = new Set<string>();
  for (const w of [variant, stripBrackets(variant)]) {
    if (w.length < 3) continue;
    probes.add(w.slice(-2));
    probes.add(w.slice(-3, -1));
    if (NOUN_CLASS.includes(w[w.length - 1]!)) for (const c of NOUN_CLASS) probes.add(w.slice(-2, -1) + c);
  }
  return [...probes];
}

/**
 * How many ending characters two names share, allowing brackets, 單/書/表 and one extra
 * character at the end of either (通知單/通知單表).
 */
function endAgreement(a: string, b: string): number {
  let best = 0;
  for (const [x, y] of [
    [a, b],
    [stripBrackets(a), stripBrackets(b)],
    [nounClass(stripBrackets(a)), nounClass(stripBrackets(b))],
  ] as const) {
    best = Math.max(best, commonSuffix(x, y), commonSuffix(x, y.slice(0, -1)), commonSuffix(x.slice(0, -1), y));
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// The analysis

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
  | 'unlisted';

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

type NounHit = WordHit & { ref: boolean };

interface Field {
  text: string;
  stepId?: string;
  path: NodePath;
  /** A guidance item (prose): names count when quoted or clearly set off. */
  guidance: boolean;
  /** A start step's label is a trigger from outside: unquoted names are not the SOP's forms. */
  unquotedUnlisted: boolean;
  document: boolean;
}

interface Lists {
  nouns: string[];
  notForms: string[];
  standalone: string[];
  producing: string[];
  cuts: string[];
  trailing: string[];
  determiners: string[];
  prefixes: string[];
  templates: string[];
  refNouns: string[];
  proseNouns: string[];
  modifiers: string[];
  lookalikes: Array<[string, string]>;
  /** Groups of equivalent spellings, as name keys. */
  equivalents: string[][];
  heads: RegExp | null;
}

const cache = new WeakMap<Sop, { words: WordLists; terms: string[][]; analysis: FormAnalysis }>();

const listsCache = new WeakMap<WordLists, Map<string[][], Lists>>();

function listsOf(words: WordLists, terms: string[][]): Lists {
  let byTerms = listsCache.get(words);
  if (!byTerms) {
    byTerms = new Map();
    listsCache.set(words, byTerms);
  }
  const cached = byTerms.get(terms);
  if (cached) return cached;
  const pairs = (name: string, sep: string): string[][] =>
    (words[name] ?? []).map((e) => e.split(sep).map((s) => s.trim())).filter((p) => p.length >= 2 && p.every((s) => s.length > 0));
  const lists: Lists = {
    nouns: words.formsNouns ?? [],
    notForms: words.formsNotForms ?? [],
    standalone: words.formsStandalone ?? [],
    producing: words.formsProducingVerbs ?? [],
    cuts: words.formsCutWords ?? [],
    trailing: words.formsTrailingVerbs ?? [],
    determiners: words.formsDeterminers ?? [],
    prefixes: words.formsPrefixes ?? [],
    templates: (words.formsTemplateSuffixes ?? []).map(nameKey).filter((t) => t.length > 0),
    refNouns: words.formsRefNouns ?? [],
    proseNouns: words.formsProseNouns ?? [],
    modifiers: words.formsModifierVerbs ?? [],
    lookalikes: pairs('formsLookalikes', '>').map((p) => [p[0]!, p[1]!] as [string, string]),
    equivalents: [...pairs('formsEquivalents', '='), ...terms.filter((g) => g.length >= 2)].map((g) => g.map(nameKey)),
    heads: headRegex(words.formsNouns ?? [], words.formsRefNouns ?? []),
  };
  byTerms.set(terms, lists);
  return lists;
}

/** One pass for both noun lists: group 1 = a form noun, group 2 = a reference noun (系統, 說明). */
function headRegex(nouns: readonly string[], refNouns: readonly string[]): RegExp | null {
  const a = compileWords(nouns);
  const b = compileWords(refNouns);
  if (!a && !b) return null;
  return new RegExp(`(${a?.source ?? '(?!)'})|(${b?.source ?? '(?!)'})`, 'giu');
}

/** Analyses the SOP's form names once; the three form rules share the result. */
export function analyzeForms(sop: Sop, words: WordLists, terms: string[][] = []): FormAnalysis {
  const cached = cache.get(sop);
  if (cached && cached.words === words && cached.terms === terms) return cached.analysis;
  const analysis = new Analyzer(sop, listsOf(words, terms)).run();
  cache.set(sop, { words, terms, analysis });
  return analysis;
}

const TRAILING_CHARS = new Set([...' \t\n\u3000。．.！!']);
const DELIMITERS = new Set([...'，,。；;：:、！!？?「」『』“”"\'→—\n\t．.□■']);
const HARD_DELIMITERS = /[，,。；;：:!！?？\n]/;

class Analyzer {
  private readonly forms: ListedForm[];
  private readonly mentions: FormMention[] = [];
  private readonly trailingVerb: RegExp;
  private readonly longestFirst: ListedForm[];

  constructor(
    private readonly sop: Sop,
    private readonly lists: Lists,
  ) {
    this.forms = sop.forms.map((form, index) => this.listed(form.name, index, form.id));
    this.trailingVerb = trailingVerbRegex(lists.trailing);
    this.longestFirst = [...this.forms].sort((a, b) => b.bare.length - a.bare.length);
  }

  private isProducing(word: string): boolean {
    return hitAt(word, this.lists.producing, 0)?.word === word;
  }

  private stripPrefix(display: string): string {
    const prefix = this.lists.prefixes.length > 0 ? hitAt(display, this.lists.prefixes, 0) : undefined;
    return prefix && prefix.word.length < display.length ? display.slice(prefix.word.length) : display;
  }

  private listed(name: string, index: number, id?: string): ListedForm {
    const display = displayName(name);
    const bareDisplay = this.stripPrefix(display);
    const key = nameKey(display);
    const bare = nameKey(bareDisplay);
    const variants = [bare];
    for (const group of this.lists.equivalents) {
      for (const from of group) {
        if (!from || !bare.includes(from)) continue;
        for (const to of group) if (to !== from && variants.length < 4) variants.push(bare.split(from).join(to));
      }
    }
    let baseKey: string | undefined;
    for (const s of this.lists.templates) {
      if (bare.endsWith(s) && bare.length > s.length + 1) {
        baseKey = bare.slice(0, bare.length - s.length).trim();
        break;
      }
    }
    return { index, id, name, display, bareDisplay, key, bare, variants, variantGrams: variants.map(bigramList), variantTails: variants.map(tailProbes), baseKey };
  }

  run(): FormAnalysis {
    for (const step of this.sop.steps) {
      step.forms.forEach((entry, i) => this.entryMention(step.id, entry, i));
      this.field({
        text: step.text,
        stepId: step.id,
        path: ['text'],
        guidance: false,
        unquotedUnlisted: step.kind !== 'start',
        document: step.kind === 'document',
      });
    }
    const rawGuidance = Array.isArray(this.sop.raw.guidance) ? (this.sop.raw.guidance as unknown[]) : [];
    this.sop.guidance.forEach((item, i) => {
      const path = typeof rawGuidance[i] === 'string' ? ['guidance', i] : ['guidance', i, 'text'];
      this.field({ text: item.text, path, guidance: true, unquotedUnlisted: true, document: false });
    });
    this.resolveTemplates();
    const used = new Set<number>();
    for (const m of this.mentions) {
      if (m.stepId === undefined || m.forms.length === 0) continue;
      if (m.relation === 'unlisted' || m.relation === 'typo') continue;
      used.add(m.forms[0]!);
    }
    return { forms: this.forms, mentions: this.mentions, used };
  }

  private push(m: FormMention): void {
    this.mentions.push(m);
  }

  /** A step's `forms` entry: a listed name or id, else the nearest listed name, else unlisted. */
  private entryMention(stepId: string, entry: string, i: number): void {
    const base = { stepId, path: ['forms', i] as NodePath, entry: true, raw: entry };
    const byName = this.forms.find((f) => f.name === entry || f.id === entry || f.display === entry);
    if (byName) return this.push({ ...base, relation: 'exact', forms: [byName.index] });
    const key = nameKey(entry);
    const bare = nameKey(this.stripPrefix(displayName(entry)));
    const same = this.forms.find((f) => f.key === key || f.bare === bare);
    if (same) {
      const relation = nameKey(fold(same.bareDisplay)) === bare && displayName(entry) === same.bareDisplay ? 'prefix' : 'format';
      return this.push({ ...base, relation, forms: [same.index] });
    }
    const scored = this.forms
      .map((f) => ({ f, d: levenshtein(bare, f.bare) }))
      .filter(({ f, d }) => d <= Math.max(1, Math.floor(Math.max(bare.length, f.bare.length) * 0.4)))
      .sort((a, b) => a.d - b.d);
    if (scored.length > 0) {
      const best = scored[0]!.d;
      return this.push({ ...base, relation: 'near', cost: best, forms: scored.filter((s) => s.d === best).map((s) => s.f.index) });
    }
    const shorter = this.forms.filter((f) => bare.length >= 2 && (f.bare.includes(bare) || isSubsequence(bare, f.bare)));
    if (shorter.length > 0) return this.push({ ...base, relation: 'short', forms: shorter.map((f) => f.index) });
    this.push({ ...base, relation: 'unlisted', forms: [], key: bare, strength: 0 });
  }

  /** Names in one label or guidance item. */
  private field(field: Field): void {
    const raw = field.text.includes('註') ? field.text.replace(NOTE_MARK, (mark) => ' '.repeat(mark.length)) : field.text;
    const text = fold(raw);
    const taken: Array<[number, number]> = [];
    let contentStart = 0;
    while (contentStart < text.length && /\s/.test(text[contentStart]!)) contentStart++;
    let contentEnd = text.length;
    while (contentEnd > 0 && TRAILING_CHARS.has(text[contentEnd - 1]!)) contentEnd--;

    const nouns = this.nounHits(text);
    const nounEnds = new Set(nouns.map((h) => h.index + h.word.length));

    // 1. Listed names written out (exactly, without the prefix, or with other brackets),
    //    longest first so that 執行情形評審表 is not also read as 評審表.
    for (const form of this.longestFirst) {
      this.exact(field, text, form, form.key, 'exact', taken);
      if (form.bare !== form.key) this.exact(field, text, form, form.bare, 'prefix', taken);
    }
    // 2. Near misses of listed names (清查畏/清查表 aside: see typos); not in prose.
    if (!field.guidance) this.nearMisses(field, text, taken, nounEnds, contentStart, contentEnd);
    // 3. Look-alike characters in form nouns.
    this.typos(field, raw, text, taken, contentEnd);
    // 4. Other form-like names: short names, template documents, unlisted names.
    this.candidates(field, raw, text, nouns, taken, contentEnd);
  }

  /** Every occurrence of a listed name's key in a field. */
  private exact(field: Field, text: string, form: ListedForm, key: string, relationIfSame: 'exact' | 'prefix', taken: Array<[number, number]>): void {
    if (!key) return;
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (overlapsAny(taken, at, end)) continue;
      const words = field.text.slice(at, end);
      const asWritten = relationIfSame === 'exact' ? form.display : form.bareDisplay;
      // Latin letter case is not a different spelling: "the account request form" in running text.
      let relation: Relation = words === asWritten || words.toLowerCase() === asWritten.toLowerCase() ? relationIfSame : 'format';
      // A qualifier written before the name (建置|合約書): another document, or the same one?
      // Only before a short, generic listed name: before a long one they are the label's own words.
      const qualifier = form.bare.length <= 5 ? this.qualifierBefore(text, at) : '';
      taken.push([at - qualifier.length, end]);
      if (qualifier && !field.guidance) relation = 'qualified';
      this.push({ stepId: field.stepId, path: field.path, entry: false, raw: qualifier ? field.text.slice(at - qualifier.length, end) : words, relation, forms: [form.index] });
    }
  }

  /**
   * Characters right before a listed name that make it a longer name: Han characters back to
   * punctuation or a cut word or determiner (填寫|首長會見民眾登記處理表 has none; 建置合約書 has 建置).
   */
  private qualifierBefore(text: string, at: number): string {
    let ps = at;
    while (ps > 0 && isHan(text[ps - 1]) && at - ps < 6) ps--;
    const head = text.slice(ps, at);
    if (!head) return '';
    const cuts = hitsOf(head, this.lists.cuts);
    const last = cuts[cuts.length - 1];
    let start = last ? last.index + last.word.length : 0;
    for (;;) {
      const det = hitAt(head, this.lists.determiners, start);
      if (!det) break;
      start += det.word.length;
    }
    const qualifier = head.slice(start);
    return qualifier.length >= 2 && qualifier.length <= 4 ? qualifier : '';
  }

  private nounHits(text: string): NounHit[] {
    const regex = this.lists.heads;
    if (!regex) return [];
    const heads: NounHit[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const hit = { word: m[0], index: m.index, ref: m[1] === undefined };
      if (bounded(text, hit)) heads.push(hit);
    }
    if (heads.length === 0) return heads;
    // A noun inside a longer ordinary word (表示, 單位, 書面) is no noun.
    const excluded = hitsOf(text, this.lists.notForms);
    if (excluded.length === 0) return heads;
    return heads.filter((h) => !excluded.some((x) => x.index < h.index + h.word.length && h.index < x.index + x.word.length && !(x.index >= h.index && x.index + x.word.length <= h.index + h.word.length && x.word.length < h.word.length)));
  }

  private nearMisses(field: Field, text: string, taken: Array<[number, number]>, nounEnds: Set<number>, contentStart: number, contentEnd: number): void {

    interface Near {
      form: ListedForm;
      start: number;
      end: number;
      cost: number;
      suffix: number;
    }
    const found: Near[] = [];
    for (const form of this.forms) {
      // A template's document (申請補助計畫書 for …計畫書格式) is a candidate's matter, not a near miss.
      const templateTail = form.baseKey !== undefined ? form.bare.slice(form.baseKey.length).trim() : '';
      let best: Near | undefined;
      for (const [v, variant] of form.variants.entries()) {
        const m = variant.length;
        if (m < 3) continue;
        const limit = Math.floor(m * 0.4);
        // q-gram filter: a match with k edits keeps at least (m - 1) - 2k of the pattern's bigrams.
        if (!form.variantTails[v]!.some((t) => text.includes(t))) continue;
        let shared = 0;
        for (const g of form.variantGrams[v]!) if (text.includes(g)) shared++;
        if (shared === 0 || shared < m - 1 - 2 * limit) continue;
        const { cost, start } = alignEnds(variant, text);
        for (let end = 1; end <= text.length; end++) {
          const c = cost[end]!;
          if (c === 0 || c > limit) continue;
          const s = start[end]!;
          const words = text.slice(s, end);
          if (words.length < 3 || HARD_DELIMITERS.test(words) || overlapsAny(taken, s, end)) continue;
          if (templateTail && form.baseKey && words.endsWith(form.baseKey.slice(-1))) continue;
          // The ends must agree (清查表/清查表, 通知單/通知單表), or it is another document (申請計畫書/申請計畫總表).
          if (endAgreement(words, variant) < 2) continue;
          const endsLikeForm = nounEnds.has(end) || words[words.length - 1] === variant[m - 1];
          // A whole label (a few characters of context before it at most) may omit the noun.
          const whole = s - contentStart <= 3 && end >= contentEnd;
          const ok = endsLikeForm ? c * 2 < m : whole && m >= 5 && c <= Math.floor(m * 0.25);
          if (!ok) continue;
          const suffix = commonSuffix(stripBrackets(words), stripBrackets(variant));
          if (!best || c < best.cost || (c === best.cost && end - s > best.end - best.start)) best = { form, start: s, end, cost: c, suffix };
        }
      }
      if (best) found.push(best);
    }
    // Overlapping near misses of several forms are one mention: the form that shares the most
    // ending first (主管常用決行用語表格 → …(空白表格)), then others of the same span as alternatives.
    found.sort((a, b) => b.suffix - a.suffix || a.cost - b.cost || b.end - b.start - (a.end - a.start));
    const groups: Near[][] = [];
    for (const near of found) {
      const group = groups.find((g) => g.some((o) => near.start < o.end && o.start < near.end));
      if (group) group.push(near);
      else groups.push([near]);
    }
    for (const group of groups) {
      const best = group[0]!;
      const alternatives = group.slice(1).filter((n) => n.end === best.end && n.cost <= best.cost);
      taken.push([best.start, best.end]);
      this.push({
        stepId: field.stepId,
        path: field.path,
        entry: false,
        raw: field.text.slice(best.start, best.end),
        relation: 'near',
        cost: best.cost,
        forms: [best, ...alternatives].map((n) => n.form.index),
      });
    }
  }

  private typos(field: Field, raw: string, text: string, taken: Array<[number, number]>, contentEnd: number): void {
    for (const [wrong, right] of this.lists.lookalikes) {
      for (let at = raw.indexOf(wrong); at >= 0; at = raw.indexOf(wrong, at + 1)) {
        const end = at + wrong.length;
        const after = text[end];
        if (!(end >= contentEnd || (after !== undefined && (DELIMITERS.has(after) || after === '(' || after === ' ')))) continue;
        const fixedText = text.slice(0, at) + fold(right) + text.slice(end);
        const noun = this.nounHits(fixedText).find((h) => h.index + h.word.length === at + right.length && !h.ref);
        if (!noun || overlapsAny(taken, at, end)) continue;
        const from = raw.slice(Math.max(0, at - 2), end);
        const to = from.slice(0, from.length - wrong.length) + right;
        taken.push([Math.max(0, at - 2), end]);
        this.push({ stepId: field.stepId, path: field.path, entry: false, raw: from, relation: 'typo', forms: [], corrected: to });
      }
    }
  }

  private candidates(field: Field, raw: string, text: string, nouns: NounHit[], taken: Array<[number, number]>, contentEnd: number): void {
    // Right to left: a name ends at its last noun (計畫書草案格式), so inner nouns fall inside it.
    for (const noun of [...nouns].reverse()) {
      const ns = noun.index;
      const ne = ns + noun.word.length;
      if (overlapsAny(taken, ns, ne)) continue;
      // A bracketed tail names a part: 申請單(上聯).
      let tail = ne;
      if (text[ne] === '(') {
        const close = text.indexOf(')', ne);
        if (close > ne && close - ne <= 8) tail = close + 1;
      }
      // Read backwards to punctuation, skipping bracketed groups inside the name.
      let ps = ns;
      while (ps > 0) {
        const c = text[ps - 1]!;
        if (c === ')') {
          const open = text.lastIndexOf('(', ps - 1);
          if (open >= 0 && ps - 1 - open <= 14) {
            ps = open;
            continue;
          }
          break;
        }
        if (c === '(' || DELIMITERS.has(c)) break;
        ps--;
      }
      const opening = raw[ps - 1];
      const closing = raw[tail] ?? '';
      const quoted = opening !== undefined && '「『“'.includes(opening) && '」』”'.includes(closing || raw[ne] || '-');
      const delimitedBefore = ps === 0 || opening === undefined || DELIMITERS.has(text[ps - 1]!) || text[ps - 1] === '(';
      let producing = false;
      if (!quoted) {
        // The name starts after the last cut word (a verb or particle); one right before the
        // noun is part of the name (彙整|報表).
        const head = text.slice(ps, ns);
        const cuts = hitsOf(head, this.lists.cuts).filter((h) => h.index + h.word.length < head.length);
        // A verb that also names documents (版本修訂紀錄表) is part of the name after a short word.
        while (cuts.length > 0) {
          const last = cuts[cuts.length - 1]!;
          const from = cuts.length > 1 ? cuts[cuts.length - 2]!.index + cuts[cuts.length - 2]!.word.length : 0;
          const modifier = hitAt(last.word, this.lists.modifiers, 0)?.word === last.word;
          if (!modifier || last.index - from < 1 || last.index - from > 4 || !isHan(head[last.index - 1])) break;
          cuts.pop();
        }
        const cut = cuts[cuts.length - 1];
        if (cut) {
          ps += cut.index + cut.word.length;
          producing = this.isProducing(cut.word);
        } else {
          const lead = hitAt(head, this.lists.cuts, 0);
          if (lead) {
            ps += lead.word.length;
            producing = this.isProducing(lead.word);
          }
        }
        for (;;) {
          const det = hitAt(text, this.lists.determiners, ps);
          if (!det || ps + det.word.length > ns) break;
          ps += det.word.length;
        }
        while (ps < ns && text[ps] === ' ') ps++;
      }
      if (overlapsAny(taken, ps, ne)) continue;
      const key = text.slice(ps, ne).trim();
      // In prose, a short unmarked name can neither be reported nor count as a use.
      if (field.guidance && !quoted && key.length < 4) continue;
      const words = field.text.slice(ps, tail).trim();
      const rest = text.slice(tail);
      const atEnd = tail >= contentEnd;
      const delimitedAfter = atEnd || DELIMITERS.has(text[tail] ?? '') || text[tail] === '(' || text[tail] === ')';
      let strength: number;
      if (field.guidance) {
        // Guidance is prose: only quoted names, or specific names set off by punctuation or
        // produced by a verb (…之版本修訂紀錄表內填寫: no; 按月提送落後案件彙整報表: yes).
        const specific = key.length >= 5 && !noun.ref && hitAt(noun.word, this.lists.proseNouns, 0)?.word === noun.word;
        strength = quoted ? 4 : specific && (producing || (delimitedBefore && delimitedAfter) || cut(this.lists, text, ps)) ? 1 : 0;
      } else {
        const trailing = !atEnd && this.trailingVerb.test(rest);
        const whole = field.document && ps <= text.search(/\S/) && atEnd;
        strength = quoted ? 4 : producing ? 3 : whole ? 2 : atEnd || trailing ? 1 : 0;
      }
      this.classify(field, words, key, noun, strength, taken, ps, tail);
    }
  }

  private classify(field: Field, words: string, key: string, noun: NounHit, strength: number, taken: Array<[number, number]>, start: number, end: number): void {
    const base = { stepId: field.stepId, path: field.path, entry: false, raw: words };
    const nounLength = noun.word.length;
    const mark = (): void => {
      taken.push([start, end]);
    };
    if (key.length < 3 && !hitAt(key, this.lists.standalone, 0)) return;
    const keyNoTail = key;
    const keyClass = nounClass(keyNoTail.slice(-1));
    const keyGrams = keyNoTail.length >= 4 ? bigramList(keyNoTail) : [];
    if (/^[\d\s.]+$/.test(keyNoTail)) return;
    // Short names and near spellings of listed names.
    interface Score {
      form: ListedForm;
      rank: number;
      relation: Relation;
      cost?: number;
    }
    const scores: Score[] = [];
    for (const form of this.forms) {
      // The document made from a listed template: 申請補助計畫書 for 申請補助計畫書格式.
      // (The same name or a shorter one; or the document name within a longer label name.)
      const baseKey = form.baseKey;
      if (baseKey && !keyNoTail.endsWith(form.bare.slice(baseKey.length).trim())) {
        if (keyNoTail === baseKey) {
          scores.push({ form, rank: 0, relation: 'template', cost: 0 });
          continue;
        }
        if (keyNoTail.length >= 4 && (baseKey.endsWith(keyNoTail) || isSubsequence(keyNoTail, baseKey))) {
          scores.push({ form, rank: 2.5, relation: 'template', cost: levenshtein(keyNoTail, baseKey) });
          continue;
        }
        const within = keyNoTail.length > baseKey.length && baseKey.length >= 4 ? alignWithin(baseKey, keyNoTail) : Infinity;
        if (within <= Math.max(1, Math.floor(baseKey.length * 0.2))) {
          // The cost is that of the document's name inside the label (首長核定|年度施政績效報告), not
          // of the label's other words.
          scores.push({ form, rank: 2, relation: 'template', cost: within });
          continue;
        }
      }
      for (const variant of form.variants) {
        if (variant.includes(keyNoTail)) {
          scores.push({ form, rank: 1, relation: 'short' });
          break;
        }
        // A few characters off a part of the name that ends like it (表揚事績表 in …表揚事蹟表).
        const limit = Math.max(1, Math.floor(keyNoTail.length * 0.2));
        if (keyNoTail.length >= 4 && keyGrams.filter((g) => variant.includes(g)).length >= keyNoTail.length - 1 - 2 * limit) {
          const { cost, start } = alignEnds(keyNoTail, variant);
          let best = Infinity;
          for (let end = 1; end <= variant.length; end++) {
            if (cost[end]! > limit || cost[end]! >= best) continue;
            if (nounClass(variant[end - 1]!) === keyClass && endAgreement(keyNoTail, variant.slice(start[end]!, end)) >= 1) best = cost[end]!;
          }
          if (best <= limit) {
            scores.push({ form, rank: 2, relation: 'near', cost: best });
            break;
          }
        }
        // The characters of the name in order, ending alike (計畫類列管項目表, 線上系統, 申請單/…申請表).
        const tailInName = variant.includes(keyNoTail.slice(-2));
        const sameNounAfter = nounClass(keyNoTail.slice(-1)) === nounClass(variant.slice(-1)) && variant.slice(0, -1).endsWith(keyNoTail.slice(-3, -1));
        if ((tailInName && isSubsequence(keyNoTail, variant)) || (sameNounAfter && isSubsequence(keyNoTail.slice(0, -1), variant.slice(0, -1)))) {
          scores.push({ form, rank: 3, relation: 'short' });
          break;
        }
      }
    }
    if (scores.length === 0 && !noun.ref && keyNoTail.length >= 5 && !field.guidance) {
      // Same head (管制表, 書格式) as exactly one listed form, with another pair of characters in common.
      const head = (s: string): string => s.slice(-3);
      const sameHead = this.forms.filter((f) => f.variants.some((v) => head(v) === head(keyNoTail)));
      if (sameHead.length === 1) {
        const target = sameHead[0]!;
        const grams = bigrams(keyNoTail.slice(0, -3));
        if ([...bigrams(target.bare.slice(0, -3))].some((g) => grams.has(g))) scores.push({ form: target, rank: 4, relation: 'near', cost: levenshtein(keyNoTail, target.bare) });
      }
    }
    if (field.guidance) {
      // Prose names a form loosely: only a close misspelling is worth a word.
      const close = scores.filter((x) => x.rank <= 1 || (x.rank === 2 && x.relation === 'near'));
      if (close.length === 0 && scores.length > 0) {
        mark();
        return;
      }
      scores.splice(0, scores.length, ...close);
    }
    if (scores.length > 0) {
      scores.sort((a, b) => a.rank - b.rank || (a.cost ?? 0) - (b.cost ?? 0));
      const best = scores[0]!;
      const forms = scores.filter((s) => s.rank === best.rank).map((s) => s.form.index);
      mark();
      this.push({ ...base, relation: best.relation, cost: best.cost, forms, key: keyNoTail, strength });
      return;
    }
    if (noun.ref) return;
    // An unlisted form-like name: strong enough, and more than the bare noun.
    const long = isHan(keyNoTail[0]) ? keyNoTail.length >= nounLength + 2 : keyNoTail.trim().split(/\s+/).length >= 2;
    const standalone = hitAt(keyNoTail, this.lists.standalone, 0)?.word.length === keyNoTail.length;
    if (!long && !standalone) return;
    if (strength === 0 || (!field.unquotedUnlisted && strength < 4)) return;
    mark();
    this.push({ ...base, relation: 'unlisted', forms: [], key: keyNoTail, strength });
  }

  /**
   * A template's document (申請補助計畫書 for 申請補助計畫書格式) uses the template, unless the
   * chart also draws the template itself: then it is a second document that is not listed.
   */
  private resolveTemplates(): void {
    for (const m of this.mentions) {
      if (m.relation !== 'template' || m.stepId === undefined) continue;
      const form = m.forms[0]!;
      // A step's own `forms:` entry naming the template is the template in use, not a second drawing.
      const drawn = this.mentions.some((o) => o !== m && !o.entry && o.stepId !== undefined && o.relation !== 'template' && o.relation !== 'unlisted' && o.forms[0] === form);
      if (drawn) {
        m.relation = 'unlisted';
        m.template = form;
        m.forms = [];
      }
    }
  }
}

const trailingCache = new WeakMap<readonly string[], RegExp>();

/** `<trailing verb>` and nothing after it but punctuation: 契約|簽訂. */
function trailingVerbRegex(words: readonly string[]): RegExp {
  let regex = trailingCache.get(words);
  if (!regex) {
    regex = new RegExp(`^(?:${compileWords(words)?.source ?? '(?!)'})[\\s。.]*$`, 'iu');
    trailingCache.set(words, regex);
  }
  return regex;
}

/** Whether the name at `ps` follows a cut word (a verb or particle), not just any character. */
function cut(lists: Lists, text: string, ps: number): boolean {
  if (ps === 0) return true;
  const before = text.slice(Math.max(0, ps - 4), ps);
  return hitsOf(before, lists.cuts).some((h) => h.index + h.word.length === before.length);
}

function overlapsAny(taken: Array<[number, number]>, s: number, e: number): boolean {
  return taken.some(([a, b]) => s < b && a < e);
}

/** Groups unlisted names that are the same document (equal, a suffix of the other, or within 30 % edits). */
export function groupUnlisted(mentions: FormMention[]): FormMention[][] {
  const groups: FormMention[][] = [];
  for (const m of mentions) {
    const key = m.key ?? m.raw;
    const group = groups.find((g) =>
      g.some((o) => {
        const other = o.key ?? o.raw;
        if (other === key || other.endsWith(key) || key.endsWith(other)) return true;
        return levenshtein(key, other) <= Math.floor(Math.max(key.length, other.length) * 0.3);
      }),
    );
    if (group) group.push(m);
    else groups.push([m]);
  }
  return groups;
}
