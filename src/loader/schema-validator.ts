// The JSON Schemas, compiled once per process with ajv, and their errors turned into
// positioned, readable messages (one per problem, "did you mean" for misspelt keys).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { closest } from '../analysis/text/similarity.js';
import type { NodePath } from './source-map.js';

const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

export const SOP_SCHEMA_PATH = `${schemaDir}sop.schema.json`;
export const CONFIG_SCHEMA_PATH = `${schemaDir}sop-config.schema.json`;

let ajv: Ajv | undefined;
const newAjv = (): Ajv => new Ajv({ allErrors: true, verbose: true, strict: false });
const compiled = new Map<string, ValidateFunction>();

function validatorFor(schemaPath: string): ValidateFunction {
  let validate = compiled.get(schemaPath);
  if (!validate) {
    ajv ??= newAjv();
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    validate = ajv.compile(schema);
    compiled.set(schemaPath, validate);
  }
  return validate;
}

/** A schema problem: a message id of the `schema` rule, its data, and where. */
export interface SchemaProblem {
  messageId: string;
  data: Record<string, string>;
  path: NodePath;
  /** Point at the key rather than its value (an unknown key). */
  atKey?: boolean;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function displayPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
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

/** The expected types in both languages: each message template picks its own. */
function typeData(types: string[]): { expectedZh: string; expectedEn: string } {
  return {
    expectedZh: types.map((t) => TYPE_NAMES[t]?.zh ?? t).join('或'),
    expectedEn: types.map((t) => TYPE_NAMES[t]?.en ?? t).join(' or '),
  };
}

/** Validates data against a schema; returns readable problems, most specific first, one per place. */
export function validateAgainst(schemaPath: string, data: unknown): SchemaProblem[] {
  const validate = validatorFor(schemaPath);
  if (validate(data)) return [];
  return explain(validate.errors ?? [], data);
}

const compiledSchemas = new WeakMap<object, ValidateFunction>();

/**
 * Validates data against a schema given as an object (a rule's optionsSchema), compiled once per
 * schema object per process; problems have paths relative to the data.
 */
export function validateAgainstSchema(schema: Record<string, unknown>, data: unknown): SchemaProblem[] {
  let validate = compiledSchemas.get(schema);
  if (!validate) {
    ajv ??= newAjv();
    validate = ajv.compile(schema);
    compiledSchemas.set(schema, validate);
  }
  if (validate(data)) return [];
  return explain(validate.errors ?? [], data);
}

export function validateSop(data: unknown): SchemaProblem[] {
  return validateAgainst(SOP_SCHEMA_PATH, data);
}

export function validateConfig(data: unknown): SchemaProblem[] {
  return validateAgainst(CONFIG_SCHEMA_PATH, data);
}

function explain(errors: ErrorObject[], data: unknown): SchemaProblem[] {
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
    if (error.keyword === 'type' && parentPattern?.includes('分鐘')) {
      // A number where a duration belongs: the unit is what is missing.
      const path = pointerToPath(error.instancePath);
      problems.push({ messageId: 'duration', data: { path: displayPath(path), value: String(valueAt(data, path)) }, path });
      continue;
    }
    if (error.keyword === 'type') {
      const list = typeErrors.get(error.instancePath) ?? [];
      const expected = ([] as string[]).concat(error.params.type as string | string[]);
      for (const t of expected) if (!list.includes(t)) list.push(t);
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
  for (const [pointer, types] of typeErrors) {
    const path = pointerToPath(pointer);
    problems.push({ messageId: 'type', data: { path: displayPath(path), ...typeData(types) }, path });
  }
  return problems;
}

function describe(error: ErrorObject, data: unknown): SchemaProblem {
  const path = pointerToPath(error.instancePath);
  const shown = displayPath(path);
  const value = valueAt(data, path);
  const valueText = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const schemaPath = error.schemaPath;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const parent = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const suggestion = closest(key, Object.keys(parent?.properties ?? {}), 0.5);
      return suggestion
        ? { messageId: 'unknownKeySuggest', data: { key, suggestion }, path: [...path, key], atKey: true }
        : { messageId: 'unknownKey', data: { key }, path: [...path, key], atKey: true };
    }
    case 'required': {
      const key = String(error.params.missingProperty);
      if (/allOf\/1\/then/.test(schemaPath)) return { messageId: 'branchesRequired', data: {}, path };
      return { messageId: 'missingKey', data: { key }, path };
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
      return { messageId: 'invalid', data: { path: shown, detail: error.message ?? '' }, path };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? closest(value, allowed, 0.5) : undefined;
      return suggestion
        ? { messageId: 'enumSuggest', data: { path: shown, value: valueText, suggestion }, path }
        : { messageId: 'enum', data: { path: shown, value: valueText, allowed: allowed.join(', ') }, path };
    }
    case 'const':
      return { messageId: 'version', data: { value: valueText }, path };
    case 'pattern': {
      const pattern = String(error.params.pattern);
      if (pattern.includes('分鐘')) return { messageId: 'duration', data: { path: shown, value: valueText }, path };
      if (pattern.startsWith('^[a-z0-9]')) return { messageId: 'sopIdPattern', data: { path: shown, value: valueText }, path };
      if (pattern.startsWith('^[A-Za-z0-9]')) return { messageId: 'stepIdPattern', data: { path: shown, value: valueText }, path };
      if (pattern.startsWith('^\\d{4}')) return { messageId: 'datePattern', data: { path: shown, value: valueText }, path };
      if (pattern.startsWith('^[0-9')) return { messageId: 'notePattern', data: { path: shown, value: valueText }, path };
      return { messageId: 'invalid', data: { path: shown, detail: error.message ?? '' }, path };
    }
    case 'propertyNames': {
      return { messageId: 'invalid', data: { path: shown, detail: error.message ?? '' }, path };
    }
    case 'minItems':
    case 'minLength':
      return { messageId: 'empty', data: { path: shown }, path };
    default:
      return { messageId: 'invalid', data: { path: shown, detail: error.message ?? error.keyword }, path };
  }
}
