// What an SOP's text names and where: step ids and the `next`/`branches` that point to them,
// the SOP's own id and the `sop:` references to others, 註 notes and their marks (`notes: [1]`
// lists and (註1) marks in texts, read as the note-refs rule reads them). Read from the YAML
// alone, so that navigation works while the file does not yet pass the schema.

import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { normalizeNoteRef } from '../model/build.js';
import { noteMarks } from '../model/note-marks.js';

export type OccurrenceKind = 'step' | 'sop' | 'note';

export interface Occurrence {
  kind: OccurrenceKind;
  /** Step id, SOP id or normalised note number. */
  name: string;
  /** Offsets in the text, end exclusive (inside the quotes of a quoted scalar). */
  start: number;
  end: number;
  definition: boolean;
}

export interface StepInfo {
  id: string;
  index: number;
  kind?: string;
  text?: string;
  owner?: string;
  time?: string;
}

export interface DocumentSymbols {
  occurrences: Occurrence[];
  steps: StepInfo[];
  sopId?: string;
  /** Note number → text. */
  notes: Map<string, string>;
  /** Names (and ids) of the forms listed in `forms`. */
  forms: { name: string; id?: string }[];
}

function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function pairs(node: unknown): Pair[] {
  return isMap(node) ? (node as YAMLMap).items.filter((item): item is Pair => isPair(item)) : [];
}

function items(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

function stringOf(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

class Collector {
  readonly symbols: DocumentSymbols = { occurrences: [], steps: [], notes: new Map(), forms: [] };

  constructor(private readonly text: string) {}

  /** Records a scalar as an occurrence. */
  scalar(node: unknown, kind: OccurrenceKind, definition: boolean, normalize: (value: string) => string = (v) => v): void {
    if (!isScalar(node) || !node.range || node.value === null) return;
    let [start, end] = node.range;
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') {
      start += 1;
      end -= 1;
    }
    this.symbols.occurrences.push({ kind, name: normalize(String(node.value)), start, end, definition });
  }

  /** Records the (註N) marks written in a scalar's source. */
  marks(node: unknown): void {
    if (!isScalar(node) || !node.range) return;
    const [start, end] = node.range;
    for (const mark of noteMarks(this.text.slice(start, end))) {
      this.symbols.occurrences.push({ kind: 'note', name: mark.note, start: start + mark.start, end: start + mark.end, definition: false });
    }
  }

  noteList(node: unknown): void {
    for (const item of items(node)) this.scalar(item, 'note', false, normalizeNoteRef);
  }

  step(node: unknown, index: number): void {
    const info: Partial<StepInfo> = { index };
    for (const pair of pairs(node)) {
      const value = pair.value;
      switch (keyText(pair)) {
        case 'id':
          this.scalar(value, 'step', true);
          info.id = stringOf(value);
          break;
        case 'next':
          if (isSeq(value)) for (const item of value.items) this.scalar(item, 'step', false);
          else this.scalar(value, 'step', false);
          break;
        case 'branches':
          for (const branch of pairs(value)) this.scalar(branch.value, 'step', false);
          break;
        case 'sop':
          this.scalar(value, 'sop', false);
          break;
        case 'notes':
          this.noteList(value);
          break;
        case 'text':
          this.marks(value);
          info.text = stringOf(value);
          break;
        case 'kind':
        case 'owner':
        case 'time':
          info[keyText(pair) as 'kind' | 'owner' | 'time'] = stringOf(value);
          break;
      }
    }
    if (info.id !== undefined) this.symbols.steps.push(info as StepInfo);
  }

  /** A guidance item or a form: a string, or a map with texts and a `notes` list. */
  listItem(node: unknown, textKeys: string[]): void {
    if (isScalar(node)) this.marks(node);
    for (const pair of pairs(node)) {
      const key = keyText(pair);
      if (key === 'notes') this.noteList(pair.value);
      else if (key && textKeys.includes(key)) this.marks(pair.value);
    }
  }

  form(node: unknown): void {
    this.listItem(node, ['name', 'note']);
    const name = isScalar(node) ? stringOf(node) : stringOf(pairs(node).find((p) => keyText(p) === 'name')?.value);
    const id = stringOf(pairs(node).find((p) => keyText(p) === 'id')?.value);
    if (name !== undefined) this.symbols.forms.push(id === undefined ? { name } : { name, id });
  }

  root(node: Node | null): void {
    for (const pair of pairs(node)) {
      const value = pair.value;
      switch (keyText(pair)) {
        case 'id':
          this.scalar(value, 'sop', true);
          this.symbols.sopId = stringOf(value);
          break;
        case 'steps':
          items(value).forEach((step, index) => this.step(step, index));
          break;
        case 'guidance':
          for (const item of items(value)) this.listItem(item, ['text']);
          break;
        case 'forms':
          for (const item of items(value)) this.form(item);
          break;
        case 'legal':
          for (const item of items(value)) this.marks(item);
          break;
        case 'notes':
          for (const note of pairs(value)) {
            this.scalar(note.key, 'note', true, normalizeNoteRef);
            const text = stringOf(note.value);
            if (isScalar(note.key) && text !== undefined) this.symbols.notes.set(normalizeNoteRef((note.key as Scalar).value), text);
          }
          break;
      }
    }
  }
}

/** The symbols of an SOP's text (as far as its YAML parses). */
export function documentSymbols(text: string): DocumentSymbols {
  const collector = new Collector(text);
  collector.root(parseDocument(text, { uniqueKeys: false }).contents);
  return collector.symbols;
}

/** The occurrence under an offset (a cursor touching either end counts). */
export function occurrenceAt(symbols: DocumentSymbols, offset: number): Occurrence | undefined {
  return symbols.occurrences.find((o) => offset >= o.start && offset <= o.end);
}
