// What the templates of `sop init` and `sop new` share: where the package and its schemas are,
// and the skeleton of a new SOP, whose words each language gives (templates.ts, templates-en.ts).

import { padToWidth, displayWidth } from '../i18n/display-width.js';
import { packageInfo } from '../package-info.js';

/** The npm package that provides `sop` (and its schemas under node_modules): package.json's name. */
export const PACKAGE_NAME = packageInfo().name;

/** Where the schemas live in a repository that installed the package, relative to its root. */
export const SCHEMA_DIR = `node_modules/${PACKAGE_NAME}/schemas`;

export interface ScaffoldFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

type SkeletonNote = 'title' | 'unit' | 'code' | 'established' | 'contact' | 'deadline' | 'kpis' | 'steps' | 'owner' | 'time' | 'legal' | 'guidance' | 'forms';

/** The words of a new SOP's skeleton in one language. */
export interface NewSopTexts {
  /** Placeholders for a title and unit not given. */
  title: string;
  unit: string;
  /** The comment that explains each key. */
  notes: Record<SkeletonNote, string>;
  /** Example values of the keys left commented out. */
  examples: { code: string; contact: string; owner: string };
  /** The three steps' texts. */
  steps: { receive: string; handle: string; done: string };
}

export interface SkeletonOptions {
  id: string;
  /** YAML scalars, quoted where needed. */
  title: string;
  unit: string;
  schemaPath: string;
}

/** The column where comments start (wider lines push theirs two cells to the right). */
const NOTE_COLUMN = 33;

/** The skeleton of a new SOP: valid against the schema, with comments after the keys. */
export function skeleton(options: SkeletonOptions, texts: NewSopTexts): string {
  const { notes, examples, steps } = texts;
  const lines: [string, string?][] = [
    [`# yaml-language-server: $schema=${options.schemaPath}`],
    ['sop: 1'],
    [`id: ${options.id}`],
    [`title: ${options.title}`, notes.title],
    [`unit: ${options.unit}`, notes.unit],
    [`# code: ${examples.code}`, notes.code],
    ['# established: 2025-01', notes.established],
    [`# contact: ${examples.contact}`, notes.contact],
    ['# deadline: 5d', notes.deadline],
    ['kpis: []', notes.kpis],
    ['steps:', notes.steps],
    ['  - id: receive'],
    ['    kind: start'],
    [`    text: ${steps.receive}`],
    [`    # owner: ${examples.owner}`, notes.owner],
    ['    # time: 30m', notes.time],
    ['  - id: handle'],
    [`    text: ${steps.handle}`],
    [`    # owner: ${examples.owner}`],
    ['    # time: 1d'],
    ['  - id: done'],
    ['    kind: end'],
    [`    text: ${steps.done}`],
    ['legal: []', notes.legal],
    ['guidance: []', notes.guidance],
    ['forms: []', notes.forms],
  ];
  return lines
    .map(([yaml, note]) => (note === undefined ? yaml : `${padToWidth(yaml, Math.max(NOTE_COLUMN, displayWidth(yaml) + 2))}# ${note}`))
    .join('\n')
    .concat('\n');
}
