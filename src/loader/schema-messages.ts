// ajv's errors turned into the `schema` rule's messages: one per problem, at the offending key
// or value, naming the place as a clerk counts it (「第 1 步（receive）的 time」, "step 1
// (receive): time"), "did you mean" for near misses, and no follow-on findings of one mistake
// (a misspelt `kind` is not also "branches only on a decision").

import type { ErrorObject } from 'ajv';
import { closest, typoDistance } from '../analysis/text/similarity.js';
import type { NodePath } from './source-map.js';

/** A schema problem: a message id of the `schema` rule, its data, and where. */
export interface SchemaProblem {
  messageId: string;
  data: Record<string, string>;
  path: NodePath;
  /** Point at the key rather than its value (an unknown key). */
  atKey?: boolean;
}

const MAX_VALUE_SHOWN = 30;

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function shownValue(value: unknown): string {
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const chars = Array.from(text);
  return chars.length > MAX_VALUE_SHOWN ? `${chars.slice(0, MAX_VALUE_SHOWN).join('')}…` : text;
}

/**
 * The place at `path`, in both languages, as a clerk counts: steps by number from 1 and id,
 * other list items by number from 1 (「forms 第 2 項的 name」, "forms item 2: name"). The Chinese
 * ends with a space after a key name, so that a message goes on without one.
 */
export function placeOf(path: NodePath, data: unknown): { whereZh: string; whereEn: string } {
  if (path.length === 0) return { whereZh: '檔案', whereEn: 'the file' };
  const zh: string[] = [];
  const en: string[] = [];
  let keys: string[] = [];
  const flush = (index?: number) => {
    const name = keys.join('.');
    if (index !== undefined && keys.length === 1 && keys[0] === 'steps' && zh.length === 0) {
      const id = (valueAt(data, ['steps', index]) as { id?: unknown } | undefined)?.id;
      const named = typeof id === 'string' && id ? id : undefined;
      zh.push(`第 ${index + 1} 步${named ? `（${named}）` : ''}`);
      en.push(`step ${index + 1}${named ? ` (${named})` : ''}`);
    } else if (index !== undefined) {
      zh.push(name ? `${name} 第 ${index + 1} 項` : `第 ${index + 1} 項`);
      en.push(name ? `${name} item ${index + 1}` : `item ${index + 1}`);
    } else if (name) {
      zh.push(name);
      en.push(name);
    }
    keys = [];
  };
  for (const segment of path) {
    if (typeof segment === 'number') flush(segment);
    else keys.push(segment);
  }
  flush();
  // Chinese needs no spaces, except between a key name and the words around it.
  const whereZh = zh.reduce((all, part) => `${all}${/^[\w-]/.test(part) ? '的 ' : '的'}${part}`);
  return { whereZh: /[\w-]$/.test(whereZh) ? `${whereZh} ` : whereZh, whereEn: en.join(': ') };
}

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文字', en: 'a string' },
  integer: { zh: '整數', en: 'an integer' },
  number: { zh: '數字', en: 'a number' },
  array: { zh: '清單', en: 'a list' },
  object: { zh: '對照表（鍵: 值）', en: 'a mapping (key: value)' },
  boolean: { zh: '是非值', en: 'true or false' },
  null: { zh: '空值', en: 'null' },
};

/** The message of values of the wrong type at one place, with a hint when the value shows why. */
function typeProblem(path: NodePath, types: string[], data: unknown): SchemaProblem {
  const value = valueAt(data, path);
  const where = placeOf(path, data);
  const expected = {
    expectedZh: types.map((t) => TYPE_NAMES[t]?.zh ?? t).join('或'),
    expectedEn: types.map((t) => TYPE_NAMES[t]?.en ?? t).join(' or '),
  };
  if (typeof value === 'string' && types.includes('array') && /^[［【[].*[］】\]]$/s.test(value.trim()) && /[［【］】]/.test(value)) {
    return { messageId: 'listBrackets', data: { ...where, value: shownValue(value) }, path };
  }
  if (typeof value === 'string' && (types.includes('object') || types.includes('array')) && /^[A-Za-z][\w-]*[ \u3000]*(?:：|:(?=\S))/.test(value)) {
    return { messageId: 'typeColon', data: { ...where, ...expected, value: shownValue(value) }, path };
  }
  return { messageId: 'type', data: { ...where, ...expected }, path };
}

/** Validation errors → readable problems, most specific first, one per place, no follow-ons. */
export function explain(errors: ErrorObject[], data: unknown): SchemaProblem[] {
  // Branch-selection errors (anyOf, if) only say that a sub-schema failed; the sub-errors say why.
  let useful = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if');
  // Within an anyOf, a type mismatch of one branch is noise when another branch matched the
  // type and failed on content at the same place or deeper.
  const contentPaths = useful.filter((e) => e.keyword !== 'type').map((e) => e.instancePath);
  useful = useful.filter(
    (e) => e.keyword !== 'type' || !contentPaths.some((p) => p === e.instancePath || p.startsWith(`${e.instancePath}/`)),
  );
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const typeErrors = new Map<string, string[]>();
  for (const error of useful) {
    const parentPattern = (error.parentSchema as { pattern?: string } | undefined)?.pattern;
    if (error.keyword === 'type' && !parentPattern?.includes('分鐘')) {
      const list = typeErrors.get(error.instancePath) ?? [];
      for (const t of ([] as string[]).concat(error.params.type as string | string[])) if (!list.includes(t)) list.push(t);
      typeErrors.set(error.instancePath, list);
      continue;
    }
    const problem = describe(error, data);
    const key = `${JSON.stringify(problem.path)}|${problem.messageId}|${JSON.stringify(problem.data)}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  for (const [pointer, types] of typeErrors) problems.push(typeProblem(pointerToPath(pointer), types, data));
  return withoutFollowOns(problems);
}

/** The message of a value that does not match its pattern, by what the pattern is for. */
function patternProblem(pattern: string, path: NodePath, data: Record<string, string>): SchemaProblem {
  if (pattern.includes('分鐘')) return { messageId: 'duration', data, path };
  if (pattern.startsWith('^[a-z0-9]')) return { messageId: 'sopIdPattern', data, path };
  if (pattern.startsWith('^[A-Za-z0-9]')) return { messageId: 'stepIdPattern', data, path };
  if (pattern.startsWith('^\\d{4}')) return { messageId: 'datePattern', data, path };
  if (pattern.startsWith('^[0-9')) return { messageId: 'notePattern', data, path };
  return { messageId: 'invalid', data: { ...data, detail: pattern }, path };
}

/** The problem at a key that is not in the schema, with "did you mean" (full-width letters, typos). */
function unknownKeyProblem(key: string, path: NodePath, known: string[]): SchemaProblem {
  const at = [...path, key];
  const halfWidth = key.normalize('NFKC').trim();
  if (halfWidth !== key && known.includes(halfWidth)) return { messageId: 'unknownKeyFullWidth', data: { key, suggestion: halfWidth }, path: at, atKey: true };
  const suggestion = closest(halfWidth, known, 0.5, typoDistance);
  return suggestion
    ? { messageId: 'unknownKeySuggest', data: { key, suggestion }, path: at, atKey: true }
    : { messageId: 'unknownKey', data: { key }, path: at, atKey: true };
}

function describe(error: ErrorObject, data: unknown): SchemaProblem {
  // Inside propertyNames, the error is about a key of the object at instancePath.
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  const path = propertyName === undefined ? pointerToPath(error.instancePath) : [...pointerToPath(error.instancePath), propertyName];
  const value = propertyName ?? valueAt(data, path);
  const shown = { ...placeOf(path, data), value: shownValue(value) };
  const schemaPath = error.schemaPath;
  switch (error.keyword) {
    case 'type':
      return { messageId: 'duration', data: shown, path }; // a number where a duration belongs: the unit is missing
    case 'additionalProperties': {
      const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
      return unknownKeyProblem(String(error.params.additionalProperty), path, Object.keys(parent?.properties ?? {}));
    }
    case 'required': {
      const key = String(error.params.missingProperty);
      if (/allOf\/1\/then/.test(schemaPath)) return { messageId: 'branchesRequired', data: {}, path };
      return { messageId: 'missingKey', data: { ...placeOf(path, data), key }, path };
    }
    case 'not': {
      if (/allOf\/0\/then/.test(schemaPath)) {
        const kind = String(valueAt(data, [...path, 'kind']));
        return { messageId: 'nextNotAllowed', data: { kind }, path: [...path, 'next'] };
      }
      if (/allOf\/1\/else/.test(schemaPath)) return { messageId: 'branchesNotAllowed', data: {}, path: [...path, 'branches'] };
      if (/allOf\/2\/then/.test(schemaPath)) {
        const key = valueAt(data, [...path, 'sop']) !== undefined ? 'sop' : 'external';
        return { messageId: 'subprocessOnly', data: {}, path: [...path, key] };
      }
      return { messageId: 'invalid', data: { ...shown, detail: error.message ?? '' }, path };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed, 0.5, typoDistance) : undefined;
      return suggestion
        ? { messageId: 'enumSuggest', data: { ...shown, suggestion }, path }
        : { messageId: 'enum', data: { ...shown, allowed: allowed.join(', ') }, path };
    }
    case 'const':
      return { messageId: 'version', data: { value: shown.value }, path };
    case 'pattern':
      return patternProblem(String(error.params.pattern), path, shown);
    case 'minItems':
    case 'minLength':
      return { messageId: 'empty', data: shown, path };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'maxItems':
      return { messageId: error.keyword, data: { ...shown, limit: String(error.params.limit) }, path };
    default:
      return { messageId: 'invalid', data: { ...shown, detail: error.message ?? error.keyword }, path };
  }
}

/** The keys of an object a problem follows from, when those keys are themselves wrong. */
function dependsOn(problem: SchemaProblem): { object: NodePath; keys: string[] } | undefined {
  const parent = problem.path.slice(0, -1);
  switch (problem.messageId) {
    case 'missingKey':
      return { object: problem.path, keys: [problem.data.key!] };
    case 'branchesRequired':
      return { object: problem.path, keys: ['kind', 'branches'] };
    case 'nextNotAllowed':
    case 'branchesNotAllowed':
    case 'subprocessOnly':
      return { object: parent, keys: ['kind'] };
    default:
      return undefined;
  }
}

const VALUE_PROBLEMS = new Set(['type', 'typeColon', 'listBrackets', 'enum', 'enumSuggest', 'duration', 'empty', 'invalid']);

/**
 * Drops the findings that one mistake causes elsewhere: a key misspelt (`knid`, `txet`) is also
 * "missing", a `kind` misspelt or mistyped makes `branches`, `next` or `sop` look misplaced.
 */
function withoutFollowOns(problems: SchemaProblem[]): SchemaProblem[] {
  const doubtful = new Set<string>();
  for (const p of problems) {
    const object = JSON.stringify(p.path.slice(0, -1));
    if (p.messageId === 'unknownKeySuggest' || p.messageId === 'unknownKeyFullWidth') doubtful.add(`${object}|${p.data.suggestion}`);
    else if (VALUE_PROBLEMS.has(p.messageId) && typeof p.path.at(-1) === 'string') doubtful.add(`${object}|${String(p.path.at(-1))}`);
  }
  return problems.filter((p) => {
    const cause = dependsOn(p);
    return !cause || !cause.keys.some((key) => doubtful.has(`${JSON.stringify(cause.object)}|${key}`));
  });
}
