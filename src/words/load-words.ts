// Word lists (decision verbs, document nouns, vague words, synonyms…) are data: JSON files
// under data/words/<lang>/, one per topic, each mapping list names to words, so that a user extends them in sop.config.yaml without
// writing a rule. Every language's lists apply to every SOP: a Chinese word never matches an
// English SOP and vice versa, and mixed SOPs exist.

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WordLists } from '../engine/types.js';

const wordsDir = fileURLToPath(new URL('../../data/words/', import.meta.url));

let builtIn: WordLists | undefined;

/** The built-in lists of every language, merged by list name. */
export function builtInWords(): WordLists {
  if (!builtIn) {
    const merged: WordLists = {};
    const files = readdirSync(wordsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(wordsDir + d.name).filter((f) => f.endsWith('.json')).map((f) => `${d.name}/${f}`))
      .sort();
    for (const file of files) {
      const lists = JSON.parse(readFileSync(wordsDir + file, 'utf8')) as Record<string, unknown>;
      for (const [name, words] of Object.entries(lists)) {
        if (!Array.isArray(words)) continue; // e.g. "$comment"
        merged[name] = [...(merged[name] ?? []), ...words.map(String)];
      }
    }
    builtIn = merged;
  }
  return builtIn;
}

/**
 * Built-in lists plus the config's `words` additions. The engine calls this once per config in a
 * run (engine/analysis-run.ts), so every SOP under that config shares the same lists.
 */
export function wordsFor(configWords: Record<string, string[]>): WordLists {
  const base = builtInWords();
  const lists: WordLists = { ...base };
  for (const [name, words] of Object.entries(configWords)) lists[name] = [...(base[name] ?? []), ...words];
  return lists;
}
