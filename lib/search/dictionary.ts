/**
 * The search dictionary: what the build ships to the search page besides
 * Pagefind's index (scripts/search/write-dictionary.ts, as
 * `assets/sanasto.<hash>.json`) — the handbook's words, its compounds' tails
 * and the abbreviations with their expansions. The page opens it once, on the
 * first search: the file's lists become the look-up maps queries use.
 */
import { compoundIndex, type CompoundIndex } from "./compound-split.ts";
import { fold, hasDiacritics } from "./fold.ts";
import { searchLanguage } from "./languages/all.ts";
import { buildFormTable, wordKeys, type FormTable, type WordKeys } from "./word-forms.ts";
import type { Language } from "../languages.ts";
import { inSlices } from "./time-slices.ts";

/** The dictionary as the build writes it (JSON). */
export interface DictionaryFile {
  /** Every word of the handbook's text, once. */
  readonly words: readonly string[];
  /** Compound (folded) → the tails it splits into (see compound-split.ts). */
  readonly compounds: Readonly<Record<string, readonly string[]>>;
  /** Terms that name the same thing: an abbreviation, its expansion, the actor's name. */
  readonly synonyms: readonly (readonly string[])[];
}

/** The dictionary opened for look-ups: what query plans are made from. */
export interface Dictionary {
  /** How the words of the dictionary's language inflect: its pages' language, the search page's `<html lang>`. */
  readonly keys: WordKeys;
  readonly words: readonly string[];
  readonly forms: FormTable;
  readonly compounds: CompoundIndex;
  readonly synonyms: readonly (readonly string[])[];
  /** Folded spelling → the spelling the handbook writes, with ä/ö where it has them. */
  readonly written: ReadonlyMap<string, string>;
}

export function openDictionary(file: DictionaryFile, language: Language): Dictionary {
  const keys = wordKeys(searchLanguage(language));
  const written = new Map<string, string>();
  for (const word of file.words) {
    const key = fold(word);
    if (!written.has(key) || hasDiacritics(word)) written.set(key, word);
  }
  return {
    keys,
    words: file.words,
    forms: buildFormTable(file.words, keys),
    compounds: compoundIndex(file.compounds, keys),
    synonyms: file.synonyms,
    written,
  };
}

/**
 * The same, opened without blocking the page: the costly part, every word's
 * form keys (remembered by word-forms.ts), is computed a slice at a time
 * first, so that opening the dictionary from them is quick.
 */
export async function openDictionaryInSlices(
  file: DictionaryFile,
  language: Language,
  pause: () => Promise<void>,
): Promise<Dictionary> {
  await inSlices(file.words, wordKeys(searchLanguage(language)).foldedKeys, pause);
  return openDictionary(file, language);
}
