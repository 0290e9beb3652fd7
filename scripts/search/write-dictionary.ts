/**
 * The search dictionary the build ships beside Pagefind's index: the
 * handbook's words, the compounds among them split into their tails, and each
 * abbreviated actor's abbreviation, expansion and name as one synonym group.
 */
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { compoundTails } from "../../lib/search/compound-split.ts";
import { wordsOf } from "../../lib/search/finnish-forms.ts";
import type { DictionaryFile } from "../../lib/search/dictionary.ts";

/**
 * The assets/ file the dictionary is written to, as `sanasto.<hash>.json`:
 * a published URL (the search page preloads it, offline caches hold it), so
 * it keeps its Finnish name.
 */
export const DICTIONARY_NAME = "sanasto";

/** Every string anywhere in a JSON value, in document order. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/**
 * An id of more than one word (`laakinnallinen-kuntoutus`): not text. Its
 * words, folded and in the id's form rather than the text's (the text says
 * lääkinnällisen), are on no page, and the search takes the dictionary for
 * what the index has.
 */
const COMPOUND_ID = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/** The dictionary's words: every word of the handbook's text, once; the search page keys them to match inflected queries. */
export function dictionaryWords(handbook: Handbook): string[] {
  const texts = stringsIn(handbook).filter((text) => !COMPOUND_ID.test(text));
  const words = new Set(texts.flatMap(wordsOf));
  return [...words].filter((w) => w.length >= 3 && !/^\d+$/.test(w)).sort();
}

/** Abbreviation, expansion and name of each actor that has an abbreviation. */
export function synonymsOf(handbook: Handbook): string[][] {
  return handbook.actors
    .filter((actor) => actor.abbreviation && actor.expansion)
    .map((actor) => [...new Set([actor.abbreviation!, actor.expansion!.text, actor.name])]);
}

export function dictionaryFileOf(handbook: Handbook): DictionaryFile {
  const words = dictionaryWords(handbook);
  return { words, compounds: compoundTails(words), synonyms: synonymsOf(handbook) };
}
