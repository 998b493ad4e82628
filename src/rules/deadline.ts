// deadline: the SOP's 限辦期限 must be reachable and stated once. Checks that the longest
// start-to-end path's standard time fits `deadline`; that no label states another limit for
// the whole case (5日內 vs deadline 15d); that a calendar point for an action (每月5日前查填)
// does not differ from another text's point for the same action (4月15日前…建檔); that SOPs of
// one series (（一）（二）（三）) do not set different limits without saying how they relate;
// and that an SOP that tells the applicant the case is done states its limit at all.

import type { ProjectIndex, Report, Rule, WordLists } from '../engine/types.js';
import { formatMinutes } from '../model/duration.js';
import { pathWeights } from '../model/graph.js';
import { sopTexts, STEP_TEXT_FIELDS, type SopText } from '../model/texts.js';
import type { Sop } from '../model/types.js';
import { compileWords, firstWord } from '../analysis/text/word-match.js';

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 5, 15, 十五, 三十, 二十一 → a number (undefined when it is not one). */
export function parseNumber(text: string): number | undefined {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in NUMERALS) digit = NUMERALS[ch]!;
    else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else return undefined;
  }
  return total + digit;
}

/** 「15日內」「三十天內」「5個工作天內」, "within 5 days". */
const DAYS_WITHIN = /(\d+(?:\.\d+)?|[一二兩三四五六七八九十百]+)\s*個?\s*(?:工作)?\s*(?:日|天)\s*(?:以)?內|\bwithin\s+(\d+(?:\.\d+)?)\s+(?:working\s+|business\s+|calendar\s+)?days?\b/giu;
/** A day of a month: 「每月5日前」「4月15日前」「次月5日以前」, "by the 5th". */
const DAY_POINT = /(?:每月|次月|隔月|\d{1,2}\s*月)\s*(\d{1,2})\s*日\s*(?:以)?前|\bby\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/giu;
/** An action belongs to a point when it follows within this many characters in the same sentence. */
const ACTION_REACH = 30;
const SENTENCE_END = /[。；;\n]/u;

interface DayLimit {
  days: number;
  written: string;
}

function dayLimits(text: string): DayLimit[] {
  const out: DayLimit[] = [];
  DAYS_WITHIN.lastIndex = 0;
  for (let m = DAYS_WITHIN.exec(text); m; m = DAYS_WITHIN.exec(text)) {
    const days = parseNumber(m[1] ?? m[2] ?? '');
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

const actionGroups = new WeakMap<readonly string[], string[][]>();

function groupsOf(words: WordLists): string[][] {
  const list = words.deadlineActions ?? [];
  let groups = actionGroups.get(list);
  if (!groups) {
    groups = list.map((entry) => entry.split('|').map((w) => w.trim()).filter((w) => w.length > 0));
    actionGroups.set(list, groups);
  }
  return groups;
}

function dayPoints(item: SopText, groups: string[][]): DayPoint[] {
  const out: DayPoint[] = [];
  const { text } = item;
  DAY_POINT.lastIndex = 0;
  for (let m = DAY_POINT.exec(text); m; m = DAY_POINT.exec(text)) {
    const day = Number(m[1] ?? m[2]);
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

/** SOPs of one series: the title before 「（一）」「(2)」. */
const SERIES = /^(.{4,}?)\s*[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]/u;

function seriesKey(title: string): string | undefined {
  return SERIES.exec(title)?.[1]?.trim();
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
const seriesIndexes = new WeakMap<ProjectIndex, Map<string, SeriesMember[]>>();

function seriesMembers(project: ProjectIndex, key: string): SeriesMember[] {
  let index = seriesIndexes.get(project);
  if (!index) {
    index = new Map();
    for (const summaries of project.sopsById.values()) {
      for (const summary of summaries) {
        const facts = summary.facts.deadline as DeadlineFacts | undefined;
        if (!facts?.series) continue;
        const members = index.get(facts.series) ?? [];
        members.push({ file: summary.file, title: summary.title, facts });
        index.set(facts.series, members);
      }
    }
    seriesIndexes.set(project, index);
  }
  return index.get(key) ?? [];
}

/** The case limit in days: `deadline`, or else a whole-case limit written in a label. */
function caseLimit(sop: Sop, words: WordLists, hoursPerDay: number): { days: number; written: string; stepId?: string } | undefined {
  if (sop.deadline) return { days: sop.deadline.maxMinutes / (hoursPerDay * 60), written: sop.deadline.text };
  const wholeCase = words.deadlineWholeCase ?? [];
  for (const step of sop.steps) {
    if (!firstWord(step.text, wholeCase)) continue;
    const limit = dayLimits(step.text)[0];
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
        'zh-TW': '步驟「{text}」通知申請人辦理完成，但本 SOP 未訂限辦期限：完成期限為何？請設定 deadline',
        en: 'Step "{text}" tells the applicant the work is done, but the SOP sets no deadline: by when? Set deadline',
      },
    },
  },
  summarize(sop, context): DeadlineFacts {
    const limit = caseLimit(sop, context.words, context.config.hoursPerDay);
    return { series: seriesKey(sop.title), limitDays: limit?.days, limitText: limit?.written };
  },
  *check(sop, context): Iterable<Report> {
    const words = context.words;
    const hoursPerDay = context.config.hoursPerDay;
    const dayMinutes = hoursPerDay * 60;

    // 1. The standard times along the longest path (each loop once, ranges at their upper bound).
    if (sop.deadline && sop.steps.some((s) => s.time)) {
      const weights = pathWeights(sop, (step) => ({ min: step.time?.maxMinutes ?? 0, max: step.time?.maxMinutes ?? 0 }));
      if (weights && weights.max > sop.deadline.maxMinutes) {
        yield { messageId: 'tooLong', data: { total: formatMinutes(weights.max, 'en', hoursPerDay), deadline: sop.deadline.text }, path: ['deadline'] };
      }
    }

    const texts = sopTexts(sop);
    const stepTexts = texts.filter((t) => STEP_TEXT_FIELDS.has(t.field));

    // 2. A label that states another limit for the whole case (or a limit longer than the case's).
    if (sop.deadline) {
      const wholeCase = compileWords(words.deadlineWholeCase ?? []);
      const maxDays = sop.deadline.maxMinutes / dayMinutes;
      const minDays = sop.deadline.minMinutes / dayMinutes;
      for (const item of stepTexts) {
        for (const limit of dayLimits(item.text)) {
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
    const groups = groupsOf(words);
    if (groups.length > 0) {
      const points = texts.filter((t) => STEP_TEXT_FIELDS.has(t.field) || t.field === 'guidance').flatMap((t) => dayPoints(t, groups));
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
    const limit = caseLimit(sop, words, hoursPerDay);
    const key = seriesKey(sop.title);
    if (limit && key) {
      const other = seriesMembers(context.project, key).find((o) => o.file !== sop.file && o.facts.limitDays !== undefined && o.facts.limitDays !== limit.days);
      if (other) {
        const anchor = limit.stepId ?? stepTexts.find((t) => dayLimits(t.text).some((l) => l.days === limit.days))?.stepId;
        const data = { other: quote(other.title, 40), otherLimit: other.facts.limitText ?? '', limit: limit.written };
        yield anchor === undefined ? { messageId: 'seriesConflict', data, path: ['deadline'] } : { messageId: 'seriesConflict', data, stepId: anchor, path: ['text'] };
      }
    }

    // 5. The applicant is told the case is done, but no limit is set anywhere.
    if (!limit) {
      const notify = words.deadlineNotify ?? [];
      const completion = words.deadlineCompletion ?? [];
      const step = sop.steps.find((s) => firstWord(s.text, notify) && firstWord(s.text, completion));
      if (step) yield { messageId: 'noDeadline', data: { text: quote(step.text) }, stepId: step.id, path: ['text'] };
    }
  },
};
