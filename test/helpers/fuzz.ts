// Seeded mutation of SOP text for the fuzz test: a xorshift32 generator (replayable from its
// seed) and line/character mutations a clerk's editor, a copy-paste or an attacker could make.

/** xorshift32: small, fast, and the same sequence for the same seed on every machine. */
export class XorShift {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return n <= 0 ? 0 : this.next() % n;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** Characters that have broken parsers, writers and terminals elsewhere. */
export const HOSTILE = [
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  '\u202E', // right-to-left override
  '\u2066', // left-to-right isolate
  '\u0000', // NUL
  '\u0007', // BEL
  '\u001B[31m', // an ANSI escape
  '\u000B', // vertical tab
  '\u000C', // form feed
  '\uFEFF', // byte-order mark in the middle
  '\uFFFE', // a non-character
  '\u200B', // zero-width space
  '\t', // tab (YAML forbids it in indentation)
  '：', // full-width colon where a YAML colon is expected
  '\r', // a lone carriage return
  '<', '&', ']]>', '"', "'", '{', '[', '#', '*', '&a', '!!binary ', '%', '@',
  '𠀀', // outside the BMP
  'e\u0301', // combining mark
];

type Mutation = (lines: string[], rng: XorShift) => string[];

function at(lines: string[], rng: XorShift): number {
  return rng.int(Math.max(lines.length, 1));
}

const MUTATIONS: Record<string, Mutation> = {
  deleteLine: (lines, rng) => lines.filter((_, i) => i !== at(lines, rng)),
  duplicateLine: (lines, rng) => {
    const i = at(lines, rng);
    return [...lines.slice(0, i + 1), lines[i] ?? '', ...lines.slice(i + 1)];
  },
  swapLines: (lines, rng) => {
    const out = [...lines];
    const i = at(out, rng);
    const j = at(out, rng);
    [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
    return out;
  },
  insertHostile: (lines, rng) => {
    const out = [...lines];
    const i = at(out, rng);
    const line = out[i] ?? '';
    const k = rng.int(line.length + 1);
    out[i] = line.slice(0, k) + rng.pick(HOSTILE) + line.slice(k);
    return out;
  },
  longLine: (lines, rng) => {
    const out = [...lines];
    const i = at(out, rng);
    out[i] = (out[i] ?? '') + rng.pick(['流程', 'x', '審核、', 'a ']).repeat(300 + rng.int(1200));
    return out;
  },
  deepNesting: (lines, rng) => {
    const depth = 50 + rng.int(400);
    const open = rng.pick(['[', '{a: ']);
    const close = open === '[' ? ']' : '}';
    const out = [...lines];
    out.splice(at(out, rng), 0, `deep: ${open.repeat(depth)}1${close.repeat(depth)}`);
    return out;
  },
  // Inside the value of a `text:` (a step's label): the YAML stays valid more often, so the
  // character reaches the layout and the writers.
  hostileInText: (lines, rng) => {
    const labels = lines.flatMap((line, i) => (/text: [^"'\[{|>]/.test(line) ? [i] : []));
    if (labels.length === 0) return lines;
    const out = [...lines];
    const i = rng.pick(labels);
    const line = out[i]!;
    const from = line.indexOf('text: ') + 7;
    const end = line.search(/[,}]\s*$|$/);
    const k = from + rng.int(Math.max(end - from, 1));
    const char = rng.pick(HOSTILE.filter((c) => !/[\t\r#{}[\],&*!%@'"：]/.test(c) && !/^[<]/.test(c)).concat(['<', '&', '＆', '流程'.repeat(40)]));
    out[i] = line.slice(0, k) + char + line.slice(k);
    return out;
  },
  indentWithTab: (lines, rng) => {
    const out = [...lines];
    const i = at(out, rng);
    out[i] = (out[i] ?? '').replace(/^ +/, '\t');
    return out;
  },
  fullWidthColon: (lines, rng) => {
    const out = [...lines];
    const i = at(out, rng);
    out[i] = (out[i] ?? '').replace(':', '：');
    return out;
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** 1 to `most` random mutations of `text`; returns the text and what was done, for the failure message. */
export function mutate(text: string, rng: XorShift, most = 3, names: readonly string[] = MUTATION_NAMES): { text: string; applied: string[] } {
  let lines = text.split('\n');
  const applied: string[] = [];
  const count = 1 + rng.int(most);
  for (let i = 0; i < count; i++) {
    const name = rng.pick(names);
    lines = MUTATIONS[name]!(lines, rng);
    applied.push(name);
  }
  return { text: lines.join('\n'), applied };
}
