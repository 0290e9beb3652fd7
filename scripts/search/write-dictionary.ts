/**
 * The search dictionary the build ships beside Pagefind's index, one per
 * language: the handbook's words in that language, the compounds among them
 * split into their tails, and each abbreviated actor's abbreviation,
 * expansion and name as one synonym group. A Swedish handbook's Finnish
 * fallbacks are left out, as they are left out of the Swedish index.
 */
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { withoutFinnishFallbacks } from "../../lib/i18n/finnish-fallback.ts";
import type { Language } from "../../lib/languages.ts";
import { compoundTails } from "../../lib/search/compound-split.ts";
import { searchLanguage } from "../../lib/search/languages/all.ts";
import { wordKeys, wordsOf } from "../../lib/search/word-forms.ts";
import type { DictionaryFile } from "../../lib/search/dictionary.ts";

/**
 * The assets/ file each language's dictionary is written to, as
 * `sanasto.<hash>.json`: a published URL (the search page preloads it,
 * offline caches hold it), so it keeps its name in the language.
 */
export const DICTIONARY_NAMES: Readonly<Record<Language, string>> = { fi: "sanasto", sv: "ordlista" };

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

/**
 * The dictionary's words: every word of the handbook's text and of the names of the site's own pages (the
 * interface's, which a translation may have when the content has not: Aktörer, Ämnesord), once; the search
 * page keys them to match inflected queries.
 */
export function dictionaryWords(handbook: Handbook, pageNames: readonly string[]): string[] {
  const texts = [...stringsIn(handbook), ...pageNames]
    .map(withoutFinnishFallbacks)
    .filter((text) => !COMPOUND_ID.test(text));
  const words = new Set(texts.flatMap(wordsOf));
  return [...words].filter((w) => w.length >= 3 && !/^\d+$/.test(w)).sort();
}

/** Abbreviation, expansion and name of each actor that has an abbreviation. */
export function synonymsOf(handbook: Handbook): string[][] {
  return handbook.actors
    .filter((actor) => actor.abbreviation && actor.expansion)
    .map((actor) => [
      ...new Set([actor.abbreviation!, actor.expansion!.text, actor.name].map(withoutFinnishFallbacks).filter(Boolean)),
    ])
    .filter((group) => group.length > 1);
}

/** The dictionary of a handbook in `language` (the national one, or one localised for a translation) and its pages' names. */
export function dictionaryFileOf(handbook: Handbook, language: Language, pageNames: readonly string[]): DictionaryFile {
  const words = dictionaryWords(handbook, pageNames);
  return { words, compounds: compoundTails(words, wordKeys(searchLanguage(language))), synonyms: synonymsOf(handbook) };
}
