/**
 * The search dictionary the build ships beside Pagefind's index: the
 * handbook's words, the compounds among them split into their tails, and each
 * abbreviated actor's abbreviation, expansion and name as one synonym group.
 */
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { compoundTails } from "../../lib/search/compound-split.ts";
import { wordsOf } from "../../lib/search/finnish-forms.ts";
import type { SearchDictionary } from "../../lib/search/dictionary.ts";

/** The assets/ file the dictionary is written to, as `sanasto.<hash>.json`. */
export const VOCABULARY_NAME = "sanasto";

/** Every string anywhere in a JSON value, in document order. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Every word of the handbook's text, once: the search page keys it to match inflected queries. */
export function vocabularyOf(handbook: Handbook): string[] {
  const words = new Set(stringsIn(handbook).flatMap(wordsOf));
  return [...words].filter((w) => w.length >= 3 && !/^\d+$/.test(w)).sort();
}

/** Abbreviation, expansion and name of each actor that has an abbreviation. */
export function synonymsOf(handbook: Handbook): string[][] {
  return handbook.actors
    .filter((actor) => actor.abbreviation && actor.expansion)
    .map((actor) => [...new Set([actor.abbreviation!, actor.expansion!.text, actor.name])]);
}

export function searchDictionaryOf(handbook: Handbook): SearchDictionary {
  const words = vocabularyOf(handbook);
  return { words, compounds: compoundTails(words), synonyms: synonymsOf(handbook) };
}
