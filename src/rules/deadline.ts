// deadline: the SOP's 限辦期限 must be reachable and stated once. Checks that the longest
// start-to-end path's standard time fits `deadline`; that no label states another limit for
// the whole case (5日內 vs deadline 15d); that a calendar point for an action (每月5日前查填)
// does not differ from another text's point for the same action (4月15日前…建檔); that SOPs of
// one series (（一）（二）（三）) do not set different limits without saying how they relate;
// and that an SOP with a step that tells the applicant the outcome (analysis/steps/outcome-notices.ts)
// sets a limit for the case somewhere.

import type { ProjectIndex, Report, Rule, WordLists } from '../engine/types.js';
import { listsAnalysis, projectAnalysis } from '../analysis/memo.js';
import { numerals, parseNumber, type Numerals } from '../analysis/text/numerals.js';
import { formatMinutes } from '../model/duration.js';
import { pathWeights } from '../model/graph.js';
import { sopTextList } from '../analysis/sop-texts.js';
import { STEP_TEXT_FIELDS, type SopText } from '../model/texts.js';
import type { Sop } from '../model/types.js';
import { compileWords, firstWord } from '../analysis/text/word-match.js';
import { caseLimitStated, limitStated, noticeGrammar, outcomeNotices, type NoticeGrammar } from '../analysis/steps/outcome-notices.js';

/** The first group that took part in the match (each entry of the date lists has exactly one). */
function captured(match: RegExpExecArray): string | undefined {
  return match.slice(1).find((group) => group !== undefined);
}

/** The date patterns of a config's word lists (data: deadlineDaysWithin, deadlineDayPoints, deadlineSeriesTitles). */
interface DatePatterns {
  /** 「15日內」「三十天內」「5個工作天內」, "within 5 days". */
  daysWithin: RegExp | null;
  /** A day of a month: 「每月5日前」「4月15日前」「次月5日以前」, "by the 5th". */
  dayPoint: RegExp | null;
  /** SOPs of one series: the title before 「（一）」「(2)」. */
  series: RegExp | null;
  numerals: Numerals;
  /** Groups of verbs for the same action (deadlineActions, "查填|填報"). */
  actionGroups: string[][];
}

const datePatterns = listsAnalysis('deadline patterns', ({ words }, analyses): DatePatterns => ({
  daysWithin: compileWords(words.deadlineDaysWithin),
  dayPoint: compileWords(words.deadlineDayPoints),
  series: compileWords(words.deadlineSeriesTitles),
  numerals: analyses.get(numerals),
  actionGroups: words.deadlineActions.map((entry) => entry.split('|').map((w) => w.trim()).filter((w) => w.length > 0)),
}));

/** An action belongs to a point when it follows within this many characters in the same sentence. */
const ACTION_REACH = 30;
const SENTENCE_END = /[。；;\n]/u;

interface DayLimit {
  days: number;
  written: string;
}

function dayLimits(text: string, patterns: DatePatterns): DayLimit[] {
  const out: DayLimit[] = [];
  const regex = patterns.daysWithin;
  if (!regex) return out;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const days = parseNumber(captured(m) ?? '', patterns.numerals);
    if (days !== undefined) out.push({ days, written: m[0] });
  }
  return out;
}

interface DayPoint {
  day: number;
  group: number;
  /** The point and its action as written, e.g. 每月5日前查填, 4月15日前…建檔. */
  written: string;
  item: SopText;
}

function dayPoints(item: SopText, patterns: DatePatterns): DayPoint[] {
  const out: DayPoint[] = [];
  const { text } = item;
  const regex = patterns.dayPoint;
  if (!regex) return out;
  const groups = patterns.actionGroups;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    const day = Number(captured(m));
    const end = m.index + m[0].length;
    let reach = text.slice(end, end + ACTION_REACH);
    const stop = reach.search(SENTENCE_END);
    if (stop >= 0) reach = reach.slice(0, stop);
    let best: { group: number; index: number; word: string } | undefined;
    groups.forEach((group, g) => {
      const hit = firstWord(reach, group);
      if (hit && (!best || hit.index < best.index)) best = { group: g, index: hit.index, word: hit.word };
    });
    if (!best) continue;
    const written = `${m[0]}${best.index === 0 ? '' : '…'}${best.word}`;
    out.push({ day, group: best.group, written, item });
  }
  return out;
}

function seriesKey(title: string, patterns: DatePatterns): string | undefined {
  const regex = patterns.series;
  if (!regex) return undefined;
  regex.lastIndex = 0;
  const m = regex.exec(title);
  return m ? captured(m)?.trim() : undefined;
}

/** What this rule tells the checks of other SOPs (see `summarize`). */
interface DeadlineFacts {
  series?: string;
  limitDays?: number;
  limitText?: string;
}

interface SeriesMember {
  file: string;
  title: string;
  facts: DeadlineFacts;
}

/** Series key → its SOPs, built once per project from the facts `summarize` left there. */
const seriesIndex = projectAnalysis('deadline series', (project: ProjectIndex): ReadonlyMap<string, SeriesMember[]> => {
  const index = new Map<string, SeriesMember[]>();
  for (const summaries of project.sopsById.values()) {
    for (const summary of summaries) {
      const facts = summary.facts.deadline as DeadlineFacts | undefined;
      if (!facts?.series) continue;
      const members = index.get(facts.series) ?? [];
      members.push({ file: summary.file, title: summary.title, facts });
      index.set(facts.series, members);
    }
  }
  return index;
});

/** The case limit in days: `deadline`, or else a whole-case limit written in a label. */
function caseLimit(sop: Sop, words: WordLists, patterns: DatePatterns, hoursPerDay: number): { days: number; written: string; stepId?: string } | undefined {
  if (sop.deadline) return { days: sop.deadline.maxMinutes / (hoursPerDay * 60), written: sop.deadline.text };
  const wholeCase = words.deadlineWholeCase;
  for (const step of sop.steps) {
    if (!firstWord(step.text, wholeCase)) continue;
    const limit = dayLimits(step.text, patterns)[0];
    if (limit) return { days: limit.days, written: limit.written, stepId: step.id };
  }
  return undefined;
}

function at(item: SopText): Pick<Report, 'stepId' | 'path'> {
  return item.stepId === undefined ? { path: item.path } : { stepId: item.stepId, path: item.path };
}

function quote(text: string, length = 24): string {
  const chars = Array.from(text.trim());
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : chars.join('');
}

/** noDeadline on each step that tells the outcome, unless some text states a limit for the case or the step its own. */
function* withoutLimit(sop: Sop, texts: readonly SopText[], grammar: NoticeGrammar, units: readonly string[]): Iterable<Report> {
  if (texts.some((t) => t.field !== 'title' && caseLimitStated(t.text, grammar))) return;
  const notices = outcomeNotices(sop, grammar, units);
  if (notices.some((step) => limitStated(step.text, grammar))) return;
  for (const step of notices) yield { messageId: 'noDeadline', data: { text: quote(step.text) }, stepId: step.id, path: ['text'] };
}

export const deadline: Rule = {
  meta: {
    id: 'deadline',
    type: 'problem',
    defaultSeverity: 'warn',
    docs: {
      description: {
        'zh-TW': '限辦期限須明確且前後一致：各步驟標準工時合計不超過限辦期限，同一件事不可寫兩種期限。',
        en: 'The deadline is stated once and can be met: the standard times add up within it, and one thing has one time limit.',
      },
      page: 'docs/rules/deadline.md',
    },
    messages: {
      tooLong: {
        'zh-TW': '最長路徑的標準工時合計 {total}，超過限辦期限 {deadline}：請調整步驟的標準工時或限辦期限',
        en: 'The longest path takes {total} of standard time, more than the deadline {deadline}: adjust the steps\' times or the deadline',
      },
      labelConflict: {
        'zh-TW': '步驟寫「{written}」，與本 SOP 的限辦期限 {deadline} 不一致：請統一期限',
        en: 'The step says "{written}", but the SOP\'s deadline is {deadline}: state one time limit',
      },
      pointConflictGuidance: {
        'zh-TW': '流程圖寫「{written}」，作業注意事項第{n}項寫「{other}」，兩者所述似有歧異：請確認是否為同一作業並統一期限',
        en: 'The chart says "{written}" but guidance item {n} says "{other}": check whether this is the same action and state one date',
      },
      pointConflictStep: {
        'zh-TW': '「{written}」與步驟「{step}」的「{other}」期限不同，兩者所述似有歧異：請確認是否為同一作業並統一期限',
        en: '"{written}" and "{other}" in step "{step}" give different dates for what looks like the same action: check and state one date',
      },
      seriesConflict: {
        'zh-TW': '同系列的「{other}」限辦期限為 {otherLimit}，本 SOP 為 {limit}：各單位或各管道期限不同時應如何規範（例如依最短期限），請於作業注意事項敘明',
        en: '"{other}" of the same series has the time limit {otherLimit}, this SOP {limit}: say in the guidance how different limits apply (e.g. the shortest one)',
      },
      noDeadline: {
        'zh-TW': '步驟「{text}」告知辦理結果，但本 SOP 未訂處理期限：完成期限為何？請設定 deadline（限辦期限），或於作業注意事項敘明全案於幾日內辦結',
        en: 'Step "{text}" tells the outcome of the case, but the SOP sets no time limit for it: by when? Set deadline, or say in the guidance within how many days the case is closed',
      },
    },
  },
  summarize(sop, context): DeadlineFacts {
    const patterns = context.analysis.get(datePatterns);
    const limit = caseLimit(sop, context.words, patterns, context.settings.hoursPerDay);
    return { series: seriesKey(sop.title, patterns), limitDays: limit?.days, limitText: limit?.written };
  },
  *check(sop, context): Iterable<Report> {
    const words = context.words;
    const patterns = context.analysis.get(datePatterns);
    const hoursPerDay = context.settings.hoursPerDay;
    const dayMinutes = hoursPerDay * 60;

    // 1. The standard times along the longest path (each loop once, ranges at their upper bound).
    if (sop.deadline && sop.steps.some((s) => s.time)) {
      const weights = pathWeights(sop, (step) => ({ min: step.time?.maxMinutes ?? 0, max: step.time?.maxMinutes ?? 0 }));
      if (weights && weights.max > sop.deadline.maxMinutes) {
        yield { messageId: 'tooLong', data: { total: formatMinutes(weights.max, 'en', hoursPerDay), deadline: sop.deadline.text }, path: ['deadline'] };
      }
    }

    const texts = context.analysis.get(sopTextList);
    const stepTexts = texts.filter((t) => STEP_TEXT_FIELDS.has(t.field));

    // 2. A label that states another limit for the whole case (or a limit longer than the case's).
    if (sop.deadline) {
      const wholeCase = compileWords(words.deadlineWholeCase);
      const maxDays = sop.deadline.maxMinutes / dayMinutes;
      const minDays = sop.deadline.minMinutes / dayMinutes;
      for (const item of stepTexts) {
        for (const limit of dayLimits(item.text, patterns)) {
          if (limit.days >= minDays && limit.days <= maxDays) continue;
          if (wholeCase) wholeCase.lastIndex = 0;
          const aboutCase = wholeCase ? wholeCase.test(item.text) : false;
          if (limit.days > maxDays || aboutCase) {
            yield { messageId: 'labelConflict', data: { written: limit.written, deadline: sop.deadline.text }, ...at(item) };
            break;
          }
        }
      }
    }

    // 3. Two dates for the same action: a step's point against the guidance's or an earlier step's.
    if (patterns.actionGroups.length > 0) {
      const points = texts.filter((t) => STEP_TEXT_FIELDS.has(t.field) || t.field === 'guidance').flatMap((t) => dayPoints(t, patterns));
      for (const [i, point] of points.entries()) {
        if (point.item.stepId === undefined) continue;
        const other = points.find((o, j) => o.group === point.group && o.day !== point.day && (o.item.stepId === undefined || j < i));
        if (!other) continue;
        const index = other.item.path[1];
        yield other.item.stepId === undefined
          ? { messageId: 'pointConflictGuidance', data: { written: point.written, other: other.written, n: typeof index === 'number' ? index + 1 : 1 }, ...at(point.item) }
          : { messageId: 'pointConflictStep', data: { written: point.written, other: other.written, step: quote(sop.stepById.get(other.item.stepId)?.text ?? other.item.stepId) }, ...at(point.item) };
      }
    }

    // 4. Another SOP of the same series with another limit.
    const limit = caseLimit(sop, words, patterns, hoursPerDay);
    const key = seriesKey(sop.title, patterns);
    if (limit && key) {
      const other = (context.analysis.get(seriesIndex).get(key) ?? []).find((o) => o.file !== sop.file && o.facts.limitDays !== undefined && o.facts.limitDays !== limit.days);
      if (other) {
        const anchor = limit.stepId ?? stepTexts.find((t) => dayLimits(t.text, patterns).some((l) => l.days === limit.days))?.stepId;
        const data = { other: quote(other.title, 40), otherLimit: other.facts.limitText ?? '', limit: limit.written };
        yield anchor === undefined ? { messageId: 'seriesConflict', data, path: ['deadline'] } : { messageId: 'seriesConflict', data, stepId: anchor, path: ['text'] };
      }
    }

    // 5. The applicant is told the outcome, but no limit is set for the case anywhere.
    if (!limit) yield* withoutLimit(sop, texts, context.analysis.get(noticeGrammar), context.settings.units);
  },
};
