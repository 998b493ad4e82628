// form-name: a form named differently in the chart (or a guidance item) and in the top-level
// `forms` list (四、使用表格): a near miss ("did you mean"), a shorter name, a qualified name,
// a look-alike typo; and, at the same severity but under their own message ids (option
// `formatting`), differences of writing only: brackets of another width, 記錄/紀錄; and a web
// address the forms list names one way and a label or guidance item another (addresses.ts).

import type { Report, Rule } from '../engine/types.js';
import { pathKey } from '../loader/source-map.js';
import type { Sop } from '../model/types.js';
import { addressNames, listedName, otherName } from '../analysis/forms/addresses.js';
import { formAnalysis } from '../analysis/forms/form-analysis.js';
import { formLists } from '../analysis/forms/form-lists.js';
import type { FormMention, ListedForm } from '../analysis/forms/types.js';
import { fold, type Spellings } from '../analysis/text/fold.js';

interface Options {
  formatting: boolean;
  prefix: boolean;
  shortNames: boolean;
}

/** A listed name that mixes bracket widths or uses the small-form ﹙﹚: the first odd group. */
function oddBrackets(name: string): string | undefined {
  const small = /﹙[^﹚]*﹚/.exec(name);
  if (small) return small[0];
  if (/[（）]/.test(name)) {
    const half = /\([^)]*\)/.exec(name);
    if (half) return half[0];
  }
  return undefined;
}

const toFullWidth = (group: string): string => group.replace(/[﹙(]/g, '（').replace(/[﹚)]/g, '）');

/** The listed spelling to put in place of `raw`: with the city prefix only if `raw` has one. */
function spellingFor(raw: string, form: ListedForm, spellings: Spellings): string {
  const prefix = form.display.slice(0, form.display.length - form.bareDisplay.length);
  return prefix && fold(raw, spellings).startsWith(fold(prefix, spellings)) ? form.display : form.bareDisplay;
}

/** The noun a name ends with (表, 單, 書…), for telling a short name from another document. */
const lastChar = (s: string): string => s.trim().slice(-1);

/** Relations of a mention that form-name reports as a name differing from the list's. */
const NAMING = new Set(['near', 'short', 'qualified', 'typo', 'template', 'paired']);

/** A web address of the forms list that a step label or guidance item gives another name (研考會管考系統 for 基本設施管考系統). */
function* addressesNamedOtherwise(sop: Sop, leadIns: ReadonlySet<string>, mentions: readonly FormMention[]): Iterable<Report> {
  const listed = new Map<string, string>();
  for (const form of sop.forms) for (const a of addressNames(form.name)) if (!listed.has(a.key)) listed.set(a.key, a.before);
  if (listed.size === 0) return;
  const texts: Array<{ text: string; at: Pick<Report, 'stepId' | 'path'> }> = [
    ...sop.steps.map((step) => ({ text: step.text, at: { stepId: step.id, path: ['text'] } })),
    ...sop.guidance.map((item) => ({ text: item.text, at: { path: item.textPath } })),
  ];
  for (const { text, at } of texts) {
    for (const a of addressNames(text)) {
      const listedBefore = listed.get(a.key);
      const mention = listedBefore === undefined ? undefined : otherName(a.before, listedBefore, leadIns);
      // A name the form analysis already reports in this text is that finding's (one defect, one finding).
      if (mention === undefined || mentions.some((m) => NAMING.has(m.relation) && (at.stepId !== undefined ? m.stepId === at.stepId : m.stepId === undefined && pathKey(m.path) === pathKey(at.path ?? [])))) continue;
      yield { messageId: 'sameAddress', data: { mention, form: listedName(listedBefore!), url: a.url }, ...at };
    }
  }
}

/** What form-name reports of one mention. */
function* mentionReports(m: FormMention, forms: readonly ListedForm[], options: Options, spellings: Spellings): Iterable<Report> {
  const form = m.forms.length > 0 ? forms[m.forms[0]!]! : undefined;
  const at = { stepId: m.stepId, path: m.path };
  switch (m.relation) {
    case 'typo':
      yield { messageId: 'typo', data: { mention: m.raw, fixed: m.corrected! }, ...at, fix: { from: m.raw, to: m.corrected! } };
      break;
    case 'format':
    case 'prefix':
      if (!form) break;
      if (m.entry) {
        yield { messageId: 'entryName', data: { mention: m.raw, form: form.name }, ...at, fix: { from: m.raw, to: form.name } };
      } else if (m.relation === 'format' && options.formatting && m.stepId !== undefined) {
        const to = spellingFor(m.raw, form, spellings);
        yield { messageId: 'formatOnly', data: { mention: m.raw, form: form.display }, ...at, ...(m.raw !== to ? { fix: { from: m.raw, to } } : {}) };
      } else if (m.relation === 'prefix' && options.prefix && m.stepId !== undefined) {
        yield { messageId: 'prefixOnly', data: { mention: m.raw, form: form.display }, ...at };
      }
      break;
    case 'near': {
      if (!form) break;
      if (m.forms.length > 1) {
        yield { messageId: 'ambiguous', data: { mention: m.raw, form: form.display, other: forms[m.forms[1]!]!.display }, ...at };
        break;
      }
      const to = m.entry ? form.name : spellingFor(m.raw, form, spellings);
      // Replace only a close spelling of the whole name that ends like a form: not a short
      // name (處理通知單) that the label may keep, nor a whole different name.
      const close = (m.cost ?? Infinity) <= Math.max(2, Math.floor(to.length * 0.25)) && m.raw.trim().length >= to.length * 0.75;
      const safe = m.entry || (close && /[表單書格式]$/.test(m.raw.trim()));
      yield { messageId: 'nearMiss', data: { mention: m.raw, form: form.display }, ...at, ...(safe && m.stepId !== undefined ? { fix: { from: m.raw, to } } : {}) };
      break;
    }
    case 'template':
      // The document of a listed template, named differently (計畫類…月執行進度清查表 for …清查表填表說明).
      if (form && m.stepId !== undefined && (m.cost ?? 0) > 0) yield { messageId: 'nearMiss', data: { mention: m.raw, form: form.display }, ...at };
      break;
    case 'short': {
      if (!form || m.stepId === undefined || !options.shortNames) break;
      if (m.entry) {
        yield { messageId: 'entryName', data: { mention: m.raw, form: form.name }, ...at, ...(m.forms.length === 1 ? { fix: { from: m.raw, to: form.name } } : {}) };
        break;
      }
      // A short name worth a word: a specific one (4+ characters), or one with another noun (申請單 for …申請表).
      const key = m.key ?? m.raw;
      const target = form.baseKey ?? form.bare;
      // The short name of two listed forms (教師聘書 for 本校專任教師聘書 and 本校兼任教師聘書): which one?
      if (m.forms.length > 1 && key.length >= 4) {
        yield { messageId: 'ambiguous', data: { mention: m.raw, form: form.display, other: forms[m.forms[1]!]!.display }, ...at };
        break;
      }
      if (key.length >= 4 || (key.length >= 3 && lastChar(key) !== lastChar(target))) yield { messageId: 'shortName', data: { mention: m.raw, form: form.display }, ...at };
      break;
    }
    case 'qualified':
      if (form) yield { messageId: 'qualified', data: { mention: m.raw, form: form.display }, ...at };
      break;
    case 'paired':
      // An unlisted document and a listed form nothing names, most likely one form (pairing.ts).
      if (form) yield { messageId: 'sameForm', data: { mention: m.raw, form: form.display }, ...at };
      break;
    default:
      break;
  }
}

export const formName: Rule = {
  meta: {
    id: 'form-name',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: true,
    docs: {
      description: {
        'zh-TW': '流程圖與「四、使用表格」的表單名稱應一致（近似名稱、簡稱、錯字、寫法差異）。',
        en: 'A form has the same name in the chart and in the forms list (四、使用表格): near misses, short names, typos, differences of writing.',
      },
      page: 'docs/rules/form-name.md',
    },
    messages: {
      nearMiss: {
        'zh-TW': '「{mention}」與「四、使用表格」所列名稱不一致，您是指「{form}」嗎？',
        en: '"{mention}" does not match the forms list (四、使用表格): did you mean "{form}"?',
      },
      ambiguous: {
        'zh-TW': '「{mention}」與「四、使用表格」所列名稱不一致：指的是「{form}」還是「{other}」？',
        en: '"{mention}" does not match the forms list (四、使用表格): is it "{form}" or "{other}"?',
      },
      shortName: {
        'zh-TW': '「{mention}」是「{form}」的簡稱嗎？流程圖與「四、使用表格」的表單名稱宜一致',
        en: 'Is "{mention}" short for "{form}"? Name the form in the chart as the forms list (四、使用表格) does',
      },
      sameForm: {
        'zh-TW': '「{mention}」未列於「四、使用表格」，清單的「{form}」又沒有其他地方提到：兩者是同一份表單嗎？若是，名稱宜一致；若否，請將「{mention}」列入清單',
        en: '"{mention}" is not in the forms list (四、使用表格), and nothing else names the listed "{form}": are they one form? If so, use one name; if not, add "{mention}" to the list',
      },
      qualified: {
        'zh-TW': '「{mention}」與「四、使用表格」的「{form}」名稱不同：是同一份表單嗎？若是不同表單，請分別列出',
        en: '"{mention}" differs from "{form}" in the forms list (四、使用表格): is it the same form? If not, list each one',
      },
      typo: {
        'zh-TW': '「{mention}」疑為「{fixed}」之誤植',
        en: '"{mention}" looks like a typo for "{fixed}"',
      },
      entryName: {
        'zh-TW': '步驟 forms 的「{mention}」與清單名稱不完全相同，請寫成「{form}」（或其代號）',
        en: 'The step\'s forms entry "{mention}" is not exactly a listed name: write "{form}" (or its id)',
      },
      formatOnly: {
        'zh-TW': '「{mention}」與「四、使用表格」的「{form}」只有寫法差異（括號、記錄/紀錄），宜統一為清單的寫法',
        en: '"{mention}" differs from "{form}" in the forms list (四、使用表格) only in writing (brackets, 記錄/紀錄): write it as the list does',
      },
      prefixOnly: {
        'zh-TW': '「{mention}」省略了「四、使用表格」名稱「{form}」的機關前綴',
        en: '"{mention}" leaves out the prefix of "{form}" in the forms list (四、使用表格)',
      },
      sameAddress: {
        'zh-TW': '「{mention}」與「四、使用表格」的「{form}」是同一網址（{url}），名稱宜一致',
        en: '"{mention}" and "{form}" in the forms list (四、使用表格) are the same address ({url}): use one name',
      },
      bracketStyle: {
        'zh-TW': '「四、使用表格」的「{name}」混用不同寬度的括號（「{group}」），宜統一為全形括號',
        en: 'The listed form "{name}" mixes bracket widths ("{group}"): use full-width brackets throughout',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        formatting: { type: 'boolean', description: '回報寫法差異（括號寬度、記錄/紀錄）。Report differences of writing only (bracket widths, 記錄/紀錄).' },
        prefix: { type: 'boolean', description: '流程圖文字省略機關前綴（嘉義市政府…）時也回報。Also report a label that leaves out the city prefix (嘉義市政府…).' },
        shortNames: { type: 'boolean', description: '回報表單簡稱。Report shorter names of listed forms.' },
      },
    },
    defaultOptions: { formatting: true, prefix: false, shortNames: true },
  },
  *check(sop, context): Iterable<Report> {
    const options = context.options as unknown as Options;
    const analysis = context.analysis.get(formAnalysis);
    const { spellings } = context.analysis.get(formLists);
    const forms = analysis.forms;
    for (const m of analysis.mentions) yield* mentionReports(m, forms, options, spellings);

    yield* addressesNamedOtherwise(sop, context.analysis.get(formLists).addressLeadIns, analysis.mentions);

    if (options.formatting) {
      for (const form of forms) {
        const group = oddBrackets(form.name);
        if (!group) continue;
        const path = sop.forms[form.index]!.namePath;
        yield { messageId: 'bracketStyle', data: { name: form.display, group }, path, fix: { from: group, to: toFullWidth(group) } };
      }
    }
  },
};
