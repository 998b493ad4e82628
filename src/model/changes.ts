// What changed in an SOP since an older version, as `sop render --compare` marks it on the chart:
// how each step changed (and which of its printed fields), how each edge changed, and the number
// each step prints in the new version. diff/merge-versions.ts works it out; the chart layout
// (render/layout) draws it. Unchanged steps and edges are absent from the maps.

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ChangeMarks {
  /** Step id → how it changed. */
  steps: ReadonlyMap<string, ChangeKind>;
  /** For changed steps: the printed fields that differ (`text`, `owner`, `time`, `forms`, `notes`…). */
  fields: ReadonlyMap<string, ReadonlySet<string>>;
  /** edgeKey(from, to) → how the edge changed ('changed': its branch label). */
  edges: ReadonlyMap<string, ChangeKind>;
  /** The number each step of the new version prints (its place in the new list); removed steps have none. */
  numbers: ReadonlyMap<string, number>;
}

/** The key of the edge from → to in ChangeMarks.edges. */
export function edgeKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}
