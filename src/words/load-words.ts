// Word lists (decision verbs, document nouns, vague words, synonyms…) are data: JSON files
// under data/words/<lang>/, one per topic, each mapping list names to words, so that a user
// extends them in sop.config.yaml without writing a rule. Every language's lists apply to every
// SOP: a Chinese word never matches an English SOP and vice versa, and mixed SOPs exist.
// The list names are a known set (list-names.ts, generated from these files): a data file with
// a name outside it is an error here, a config with one is a config error (engine/rule-contract).

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WORD_LIST_NAMES, type WordListName, type WordListAdditions, type WordLists } from './list-names.js';

const wordsDir = fileURLToPath(new URL('../../data/words/', import.meta.url));

/** One data file: its path under data/words/ (e.g. `zh-TW/forms.json`) and its lists in file order. */
export interface WordDataFile {
  file: string;
  lists: Array<[name: string, words: string[]]>;
}

/** Every data file under data/words/, in path order; keys that are not lists (`$comment`) left out. */
export function readWordData(): WordDataFile[] {
  return readdirSync(wordsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(wordsDir + d.name).filter((f) => f.endsWith('.json')).map((f) => `${d.name}/${f}`))
    .sort()
    .map((file) => {
      const content = JSON.parse(readFileSync(wordsDir + file, 'utf8')) as Record<string, unknown>;
      const lists = Object.entries(content).flatMap(([name, words]): WordDataFile['lists'] => (Array.isArray(words) ? [[name, words.map(String)]] : []));
      return { file, lists };
    });
}

const KNOWN: ReadonlySet<string> = new Set(WORD_LIST_NAMES);

function isListName(name: string): name is WordListName {
  return KNOWN.has(name);
}

/** The lists of the data files merged by name; throws on a name outside the known set or a known name no file has. */
export function mergeWordData(files: readonly WordDataFile[]): WordLists {
  const merged: Partial<Record<WordListName, string[]>> = {};
  for (const { file, lists } of files) {
    for (const [name, words] of lists) {
      if (!isListName(name)) throw new Error(`data/words/${file}: "${name}" is not a known word list (run \`npm run words:names\` after adding one)`);
      merged[name] = [...(merged[name] ?? []), ...words];
    }
  }
  const missing = WORD_LIST_NAMES.filter((name) => merged[name] === undefined);
  if (missing.length > 0) throw new Error(`data/words/: no data file holds the word list(s) ${missing.join(', ')} (run \`npm run words:names\`)`);
  return merged as WordLists;
}

let builtIn: WordLists | undefined;

/** The built-in lists of every language, merged by list name. */
export function builtInWords(): WordLists {
  builtIn ??= mergeWordData(readWordData());
  return builtIn;
}

/**
 * Built-in lists plus the config's `words` additions. The engine calls this once per config in a
 * run (engine/analysis-run.ts), so every SOP under that config shares the same lists. The lists
 * named in `withoutBuiltIn` keep only the config's additions (a built-in list switched off).
 */
export function wordsFor(configWords: WordListAdditions, withoutBuiltIn: readonly WordListName[] = []): WordLists {
  const base: Record<WordListName, readonly string[]> = { ...builtInWords() };
  for (const name of withoutBuiltIn) base[name] = [];
  const lists: Record<WordListName, readonly string[]> = { ...base };
  for (const [name, words] of Object.entries(configWords) as Array<[WordListName, string[]]>) lists[name] = [...base[name], ...words];
  return lists;
}
