// The SOP model: what the loader builds from a YAML file and what rules and the renderer read.
// Field names follow docs/format.md; everything here is plain data (no positions: those live in
// the loader's source map, keyed by path). Items carry their YAML path from the document root
// (e.g. ['forms', 2, 'name'], or ['forms', 2] for a form written as a plain string), so that a
// rule reports where an item is without knowing how it was written.

import type { NodePath } from '../loader/source-map.js';

export type StepKind = 'start' | 'end' | 'process' | 'decision' | 'document' | 'subprocess' | 'data';

export type Recurrence = 'none' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';

/** A parsed duration or range; minutes use the configured hours per working day. */
export interface Duration {
  /** The text as written, e.g. `1-3d` or `3工作天`. */
  text: string;
  minMinutes: number;
  maxMinutes: number;
}

/** One outgoing edge of a step. */
export interface Edge {
  from: string;
  to: string;
  /** Branch label of a decision (e.g. 是, 核可). */
  label?: string;
  /** How the edge was written: `default` = implicit next list item, `next` = explicit `next`, `branch` = decision branch. */
  via: 'default' | 'next' | 'branch';
  /** For a default edge, the index of the next list item (exact even when step ids are duplicated). */
  toIndex?: number;
  /** Where the edge is written: its branch entry, its `next` item or `next` value; none for a default edge. */
  path?: NodePath;
}

export interface Branch {
  label: string;
  target: string;
}

/** A note reference (註N) as written; `key` is the normalised number as a string ("1", "2"). */
export type NoteRef = string;

export interface Step {
  id: string;
  /** Position in the `steps` list (0-based). */
  index: number;
  kind: StepKind;
  /** Whether `kind` was written in the file (false = defaulted to process). */
  kindExplicit: boolean;
  text: string;
  owner?: string;
  support: string[];
  time?: Duration;
  /** The raw `time` value when it could not be parsed (the schema normally prevents this). */
  timeText?: string;
  schedule?: string;
  forms: string[];
  notes: NoteRef[];
  /** Explicit `next` targets, if written. */
  next?: string[];
  /** Decision branches in drawing order, if written. */
  branches?: Branch[];
  sop?: string;
  external?: string;
  controls: string[];
  /** The path of each control (`controls` may be one string or a list). */
  controlPaths: NodePath[];
  /** Outgoing edges (resolved from next/branches/default order); targets may name unknown steps. */
  successors: Edge[];
}

export interface Form {
  id?: string;
  name: string;
  file?: string;
  note?: string;
  notes: NoteRef[];
  /** The item: ['forms', i]. */
  path: NodePath;
  /** Its name: the item itself when written as a string, else ['forms', i, 'name']. */
  namePath: NodePath;
}

export interface GuidanceItem {
  text: string;
  notes: NoteRef[];
  /** The item: ['guidance', i]. */
  path: NodePath;
  /** Its text: the item itself when written as a string, else ['guidance', i, 'text']. */
  textPath: NodePath;
}

/** A note as written: its normalised number, its text, and its path (the key as written: 1, "1" or "１"). */
export interface NoteEntry {
  key: string;
  text: string;
  path: NodePath;
}

export interface Revision {
  date: string;
  summary: string;
}

export interface Sop {
  /** Absolute path of the file. */
  file: string;
  /** Path relative to the working directory, as shown to users. */
  displayPath: string;
  version: number;
  id: string;
  title: string;
  unit: string;
  code?: string;
  established?: string;
  revisions: Revision[];
  contact?: string;
  deadline?: Duration;
  recurrence: Recurrence;
  /** Whether `recurrence` was written. */
  recurrenceExplicit: boolean;
  kpis: string[];
  /** The SOP's own language (`lang`), for its rendered labels; undefined = the run's. */
  lang?: 'zh-TW' | 'en';
  /** Whether `kpis` was written at all. */
  kpisExplicit: boolean;
  steps: Step[];
  legal: string[];
  /** The path of each `legal` item. */
  legalPaths: NodePath[];
  /** The path of each `kpis` item. */
  kpiPaths: NodePath[];
  guidance: GuidanceItem[];
  forms: Form[];
  /** Note number (normalised, as a string) → text. */
  notes: Map<string, string>;
  /** Every note in the order of `notes`, with its key as written (two keys may normalise alike). */
  noteEntries: NoteEntry[];
  /** Step id → step (first occurrence when ids are duplicated). */
  stepById: Map<string, Step>;
  /** The parsed document as plain JS (for `x-` keys and tools). */
  raw: Record<string, unknown>;
}
