/**
 * What the build ships to the search page besides Pagefind's index
 * (`assets/sanasto.<hash>.json`): the handbook's words, its compounds' tails
 * and the abbreviations with their expansions. The page turns it into look-up
 * tables once, on the first search.
 */
import { compoundIndex, type CompoundIndex } from "./compound-split.ts";
import { buildFormTable, foldedKeys, type FormTable } from "./finnish-forms.ts";
import { fold, hasDiacritics } from "./fold.ts";
import { inSlices } from "./time-slices.ts";

export interface SearchDictionary {
  /** Every word of the handbook's text, once. */
  readonly words: readonly string[];
  /** Compound (folded) → the tails it splits into (see compound-split.ts). */
  readonly compounds: Readonly<Record<string, readonly string[]>>;
  /** Terms that name the same thing: an abbreviation, its expansion, the actor's name. */
  readonly synonyms: readonly (readonly string[])[];
}

export interface SearchTables {
  readonly words: readonly string[];
  readonly forms: FormTable;
  readonly compounds: CompoundIndex;
  readonly synonyms: readonly (readonly string[])[];
  /** Folded spelling → the spelling the handbook writes, with ä/ö where it has them. */
  readonly written: ReadonlyMap<string, string>;
}

export function searchTables(dictionary: SearchDictionary): SearchTables {
  const written = new Map<string, string>();
  for (const word of dictionary.words) {
    const key = fold(word);
    if (!written.has(key) || hasDiacritics(word)) written.set(key, word);
  }
  return {
    words: dictionary.words,
    forms: buildFormTable(dictionary.words),
    compounds: compoundIndex(dictionary.compounds),
    synonyms: dictionary.synonyms,
    written,
  };
}

/**
 * The same tables, built without blocking the page: the costly part, every
 * word's form keys (remembered by finnish-forms.ts), is computed a slice at a
 * time first, so that building the tables from them is quick.
 */
export async function searchTablesInSlices(
  dictionary: SearchDictionary,
  pause: () => Promise<void>,
): Promise<SearchTables> {
  await inSlices(dictionary.words, foldedKeys, pause);
  return searchTables(dictionary);
}
