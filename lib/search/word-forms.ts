/**
 * Word forms for search, in the language of the pages searched
 * (languages/: its endings and stem changes). `formKeys` gives every
 * plausible base of a word form; two forms of one word share a key. The
 * build keys the handbook's dictionary; the search page keys the query and
 * also searches the dictionary words that share its keys. Keys are folded
 * (no å/ä/ö), so a query typed without diacritics meets the same words. Runs
 * in Node and in the browser.
 */
import { fold } from "./fold.ts";
import type { SearchLanguage } from "./languages/search-language.ts";

const MIN_KEY_LENGTH = 4;
/** An ending is stripped only where a stem this long remains. */
const MIN_STEM = 3;

/**
 * Keys are asked for the same words again and again (every query word, every
 * result's name, every candidate split), and each costs a few dozen regular
 * expressions: remember them. The words are the handbook's and the reader's,
 * so the memo stays small.
 */
function remembered<T>(compute: (word: string) => T): (word: string) => T {
  const memo = new Map<string, T>();
  return (word) => {
    let value = memo.get(word);
    if (value === undefined) memo.set(word, (value = compute(word)));
    return value;
  };
}

/** A language's keys for words: what forms of one word share. */
export interface WordKeys {
  readonly language: SearchLanguage;
  /** Every plausible base of the word form (lower-cased, not folded). */
  readonly formKeys: (word: string) => string[];
  /** The keys of a word and of its folded spelling, folded: what the dictionary's form table is keyed by. */
  readonly foldedKeys: (word: string) => string[];
  /** What two words share when one is a form of the other: the folded word itself (even a short one: `ja`, `te`) and its keys. */
  readonly matchKeys: (word: string) => ReadonlySet<string>;
}

const keysOfLanguage = new Map<SearchLanguage, WordKeys>();

/** The language's word keys, made once per language (their memos are shared by every caller). */
export function wordKeys(language: SearchLanguage): WordKeys {
  let keys = keysOfLanguage.get(language);
  if (!keys) {
    const formKeys = remembered((word) => baseForms(word.toLowerCase(), language));
    const foldedKeys = remembered((word) => [...new Set([...formKeys(word), ...formKeys(fold(word))].map(fold))]);
    const matchKeys = remembered((word): ReadonlySet<string> => new Set([fold(word), ...foldedKeys(word)]));
    keysOfLanguage.set(language, (keys = { language, formKeys, foldedKeys, matchKeys }));
  }
  return keys;
}

function baseForms(form: string, { endings, alternations }: SearchLanguage): string[] {
  const stems = new Set([form]);
  for (const ending of endings) {
    if (form.endsWith(ending) && form.length - ending.length >= MIN_STEM) stems.add(form.slice(0, -ending.length));
  }
  const keys = new Set<string>();
  for (const stem of stems) {
    keys.add(stem);
    for (const [pattern, replacement] of alternations) {
      if (pattern.test(stem)) keys.add(stem.replace(pattern, replacement));
    }
  }
  return [...keys].filter((key) => key.length >= MIN_KEY_LENGTH);
}

/** The words of a text, lower-cased: Finnish letters and digits, split at anything else. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The dictionary keyed by folded form: key → the dictionary words that have it. */
export interface FormTable {
  readonly keys: WordKeys;
  readonly byKey: ReadonlyMap<string, readonly string[]>;
  /** Folded and sorted, for prefix look-ups. */
  readonly words: readonly string[];
}

export function buildFormTable(dictionaryWords: Iterable<string>, keys: WordKeys): FormTable {
  const byKey = new Map<string, string[]>();
  const unique = [...new Set(dictionaryWords)];
  const words = [...new Set(unique.map(fold))].sort();
  for (const word of unique) {
    for (const key of keys.foldedKeys(word)) {
      const list = byKey.get(key);
      if (list) list.push(word);
      else byKey.set(key, [word]);
    }
  }
  return { keys, byKey, words };
}

/** Keys this long that begin a dictionary word are searched too: Pagefind matches word prefixes. */
const MIN_PREFIX_KEY = 5;

/**
 * Other forms of `query`'s word to search as well: dictionary words sharing a
 * key with it, and its keys that begin a dictionary word (sairauden → sairaus,
 * which begins sairausperusteiset). The query itself is excluded.
 */
export function relatedForms(query: string, table: FormTable, limit = 6): string[] {
  const lower = query.toLowerCase();
  const related = new Set<string>();
  for (const key of table.keys.foldedKeys(lower)) {
    for (const word of table.byKey.get(key) ?? []) related.add(word);
    if (key.length >= MIN_PREFIX_KEY && key !== fold(lower) && beginsAWord(key, table.words)) related.add(key);
  }
  related.delete(lower);
  return [...related].sort((a, b) => a.length - b.length).slice(0, limit);
}

/** Whether a word of the sorted list begins with `prefix`. */
export function beginsAWord(prefix: string, sortedWords: readonly string[]): boolean {
  let low = 0;
  let high = sortedWords.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sortedWords[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return sortedWords[low]?.startsWith(prefix) ?? false;
}
