// The JSON Schemas, validated with ajv; their errors become readable problems in
// schema-messages.ts. The two schemas of schemas/ are compiled at build time into standalone
// validators (scripts/build-validators.mjs, dist/validators/): loading one takes a millisecond,
// compiling it 100–170 ms per process and per lint worker. A schema without an up-to-date
// compiled validator (a rule's options, tests run before a build) is compiled here, with the same
// options, once per process; ajv itself is loaded only then.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, ValidateFunction } from 'ajv';
import { DURATION_PATTERN, parseDuration } from '../model/duration.js';
import { explain, placeOf, type SchemaProblem } from './schema-messages.js';
import type { NodePath } from './source-map.js';

export type { SchemaProblem } from './schema-messages.js';

const schemaDir = fileURLToPath(new URL('../../schemas/', import.meta.url));
/** Where the build puts the compiled validators (the same place from src/ and from dist/). */
const compiledDir = fileURLToPath(new URL('../../dist/validators/', import.meta.url));

export const SOP_SCHEMA_PATH = `${schemaDir}sop.schema.json`;
export const CONFIG_SCHEMA_PATH = `${schemaDir}sop-config.schema.json`;

const require = createRequire(import.meta.url);
let ajv: Ajv | undefined;
/** The options of every validator, also those compiled at build time (scripts/build-validators.mjs). */
function newAjv(): Ajv {
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  return new AjvClass({ allErrors: true, verbose: true, strict: false });
}
const compiled = new Map<string, ValidateFunction>();

/** The build's validator for a schema file, if there is one made from the schema's current text. */
function prebuilt(schemaPath: string, text: string): ValidateFunction | undefined {
  const module = `${compiledDir}${schemaPath.slice(schemaDir.length).replace(/\.json$/, '.cjs')}`;
  if (!existsSync(module)) return undefined;
  const validate = require(module) as ValidateFunction & { schemaHash?: string };
  return validate.schemaHash === createHash('sha256').update(text).digest('hex') ? validate : undefined;
}

function validatorFor(schemaPath: string): ValidateFunction {
  let validate = compiled.get(schemaPath);
  if (!validate) {
    const text = readFileSync(schemaPath, 'utf8');
    validate = prebuilt(schemaPath, text);
    if (!validate) {
      ajv ??= newAjv();
      validate = ajv.compile(JSON.parse(text) as Record<string, unknown>);
    }
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
