// A compact index of a parsed YAML document for the source map (source-map.ts): what finding
// positions need of it (each node's kind and range, each mapping's keys, each sequence's items),
// in a few flat arrays of numbers. A lint run holds every file it loaded until its checks are
// done; the `yaml` Document's node objects held that long cost the garbage collector more than
// parsing them did. Built once per file, by one walk of the document without recursion (a
// document may nest as deeply as the parser allowed).

import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/** A null node (`key:` with nothing after it), or no key. */
export const NO_NODE = -1;
export const KIND_OTHER = 0;
export const KIND_MAP = 1;
export const KIND_SEQ = 2;

/** Fields of a node, NODE_FIELDS numbers each: kind, range start, range end (-1: none), first child, child count. */
const NODE_FIELDS = 5;

/** A mapping key as the source map compares it: the scalar's value as a string, else the key node (stringified when asked). */
type KeyText = string | undefined | { node: unknown };

export class NodeIndex {
  /** Node fields, NODE_FIELDS per node. */
  private readonly nodes: number[] = [];
  /** Per pair of a mapping: its key as text, and its key and value nodes (2 per pair). */
  private readonly keys: KeyText[] = [];
  private readonly pairNodes: number[] = [];
  /** Per item of a sequence: its node. */
  private readonly items: number[] = [];
  /** The document's contents (NO_NODE when empty). */
  readonly root: number;

  /**
   * From a `yaml` document's contents; or, with `build`, filled by `build` through addNode,
   * addPairs and addItems (fast-yaml.ts), which returns the root.
   */
  constructor(contents: unknown, build?: (index: NodeIndex) => number) {
    if (build) {
      this.root = build(this);
      return;
    }
    const queue: [unknown, number][] = [];
    this.root = this.add(contents, queue);
    for (let head = 0; head < queue.length; head++) {
      const [node, at] = queue[head]!;
      const base = at * NODE_FIELDS;
      if (isMap(node)) {
        this.nodes[base + 3] = this.keys.length;
        for (const item of node.items) this.addPair(item, queue);
        this.nodes[base + 4] = node.items.length;
      } else if (isSeq(node)) {
        this.nodes[base + 3] = this.items.length;
        // Added first, filled in after: the items' own children are added later from the queue.
        for (const item of node.items) this.items.push(this.add(item, queue));
        this.nodes[base + 4] = node.items.length;
      }
    }
  }

  /** Adds a node (its children are added when the queue reaches it); NO_NODE for null. */
  private add(node: unknown, queue: [unknown, number][] | undefined): number {
    if (node === null || node === undefined) return NO_NODE;
    const at = this.nodes.length / NODE_FIELDS;
    const kind = isMap(node) ? KIND_MAP : isSeq(node) ? KIND_SEQ : KIND_OTHER;
    const range = (node as Partial<Node>).range;
    this.nodes.push(kind, range ? range[0] : -1, range ? range[1] : -1, 0, 0);
    if (kind !== KIND_OTHER && queue) queue.push([node, at]);
    return at;
  }

  private addPair(item: unknown, queue: [unknown, number][]): void {
    if (!isPair(item)) {
      this.keys.push(undefined);
      this.pairNodes.push(NO_NODE, NO_NODE);
      return;
    }
    const key = item.key as unknown;
    this.keys.push(isScalar(key) ? String(key.value) : key === null ? undefined : { node: key });
    // A key is only ever pointed at, never walked into.
    this.pairNodes.push(this.add(key, undefined), this.add(item.value, queue));
  }

  /** A node whose children (pairs from addPairs, items from addItems) start at `first`. */
  addNode(kind: number, start: number, end: number, first = 0, count = 0): number {
    const at = this.nodes.length / NODE_FIELDS;
    this.nodes.push(kind, start, end, first, count);
    return at;
  }

  /** A mapping's pairs, as key text, key node and value node, three entries each; returns the first pair. */
  addPairs(pairs: readonly (string | number)[]): number {
    const first = this.keys.length;
    for (let i = 0; i < pairs.length; i += 3) {
      this.keys.push(pairs[i] as string);
      this.pairNodes.push(pairs[i + 1] as number, pairs[i + 2] as number);
    }
    return first;
  }

  /** A sequence's items; returns the first. */
  addItems(items: readonly number[]): number {
    const first = this.items.length;
    for (const item of items) this.items.push(item);
    return first;
  }

  kind(node: number): number {
    return node === NO_NODE ? -1 : this.nodes[node * NODE_FIELDS]!;
  }

  /** The node's [start, end) offsets, if it has a range. */
  range(node: number): [number, number] | undefined {
    if (node === NO_NODE) return undefined;
    const start = this.nodes[node * NODE_FIELDS + 1]!;
    return start < 0 ? undefined : [start, this.nodes[node * NODE_FIELDS + 2]!];
  }

  /** The first pair of a mapping whose key reads `name`; -1 when none. */
  pairNamed(map: number, name: string): number {
    const base = map * NODE_FIELDS;
    const first = this.nodes[base + 3]!;
    const end = first + this.nodes[base + 4]!;
    for (let pair = first; pair < end; pair++) {
      const key = this.keys[pair];
      const text = typeof key === 'object' ? String(key.node) : key;
      if (text === name) return pair;
    }
    return -1;
  }

  /** The first pair of a mapping; -1 when it is empty. */
  firstPair(map: number): number {
    const base = map * NODE_FIELDS;
    return this.nodes[base + 4]! > 0 ? this.nodes[base + 3]! : -1;
  }

  pairKey(pair: number): number {
    return this.pairNodes[pair * 2]!;
  }

  pairValue(pair: number): number {
    return this.pairNodes[pair * 2 + 1]!;
  }

  /** The item of a sequence at `position` (NO_NODE for a null item); undefined when there is none. */
  item(seq: number, position: number): number | undefined {
    const base = seq * NODE_FIELDS;
    if (!Number.isInteger(position) || position < 0 || position >= this.nodes[base + 4]!) return undefined;
    return this.items[this.nodes[base + 3]! + position];
  }
}
