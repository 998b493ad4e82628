// The JSON Schemas, compiled once per process with ajv; their errors become readable problems
// in schema-messages.ts.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { DURATION_PATTERN, parseDuration } from '../model/duration.js';
import { explain, placeOf, type SchemaProblem } from './schema-messages.js';
import type { NodePath } from './source-map.js';

export type { SchemaProblem } from './schema-messages.js';

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
  return [...validateAgainst(SOP_SCHEMA_PATH, data), ...descendingRanges(data)];
}

const DURATION = new RegExp(DURATION_PATTERN, 'u');

/** Duration ranges must ascend: `3-1d` has the pattern's form but is no range. */
function descendingRanges(data: unknown): SchemaProblem[] {
  if (typeof data !== 'object' || data === null) return [];
  const record = data as { deadline?: unknown; steps?: unknown };
  const places: [NodePath, unknown][] = [[['deadline'], record.deadline]];
  if (Array.isArray(record.steps)) {
    record.steps.forEach((step: unknown, i) => {
      if (typeof step === 'object' && step !== null) places.push([['steps', i, 'time'], (step as { time?: unknown }).time]);
    });
  }
  return places
    .filter(([, value]) => typeof value === 'string' && DURATION.test(value.trim()) && parseDuration(value) === undefined)
    .map(([path, value]) => ({ messageId: 'durationOrder', data: { ...placeOf(path, data), value: String(value) }, path }));
}

export function validateConfig(data: unknown): SchemaProblem[] {
  return validateAgainst(CONFIG_SCHEMA_PATH, data);
}
