/**
 * From what was typed to the Pagefind queries that answer it. Each query word
 * gets alternatives, weighted by how sure we are the reader meant them: the
 * word itself and its spelling with ä/ö (1), the handbook's other forms of it
 * (inflection, see finnish-forms.ts), and the compounds that end in it. Terms
 * with an abbreviation or expansion (Kela ↔ Kansaneläkelaitos) give whole
 * alternative queries. A multi-word query also searches its words one by one,
 * so pages with only some of them are found, below the pages with all.
 */
import { compoundsEndingIn, splitQueryCompound, wordsEndingIn } from "./compound-split.ts";
import { matchKeys, relatedForms, wordsOf } from "./finnish-forms.ts";
import { corrections } from "./corrections.ts";
import type { Dictionary } from "./dictionary.ts";
import { fold, hasDiacritics } from "./fold.ts";

export const WEIGHTS = { literal: 1, spelling: 1, synonym: 0.9, form: 0.8, compound: 0.6, parts: 0.5 } as const;

export interface Alternative {
  readonly text: string;
  readonly weight: number;
}

/** One query's words, each with its alternatives (the word itself first). */
export type WordAlternatives = readonly (readonly Alternative[])[];

export interface PlannedSearch {
  readonly query: string;
  readonly weight: number;
  /** The share of the query's words this search requires: 1 for all of them. */
  readonly coverage: number;
}

export interface QueryPlan {
  /** The typed query and each synonym rewrite of it, as words with alternatives. */
  readonly readings: readonly WordAlternatives[];
  readonly searches: readonly PlannedSearch[];
  /** The query with ä/ö restored where it was typed without them, if that changed it. */
  readonly respelled: string | undefined;
  /** Whole-query corrections for words the handbook does not have, best first. */
  readonly corrections: readonly string[];
  /** Whether the handbook has any of the query's words: if not, what Pagefind finds are stemming accidents. */
  readonly anyKnown: boolean;
}

/** At most this many Pagefind queries for the words together, per reading. */
const MAX_COMBINATIONS = 8;
const MAX_ALTERNATIVES = 5;
const MAX_CORRECTIONS = 3;
/** A word this short (`ja`, `te`) is not searched on its own for pages with only some of the words. */
const MIN_ALONE = 3;

export function planQuery(query: string, dictionary: Dictionary): QueryPlan {
  const words = wordsOf(query);
  if (words.length === 0) return { readings: [], searches: [], respelled: undefined, corrections: [], anyKnown: false };
  const readings = [words, ...synonymReadings(words, dictionary)].map((reading) =>
    reading.map((word) => alternativesOf(word, dictionary)),
  );
  const searches = new Map<string, PlannedSearch>();
  const add = (search: PlannedSearch) => {
    const seen = searches.get(search.query);
    if (!seen || seen.coverage < search.coverage || (seen.coverage === search.coverage && seen.weight < search.weight))
      searches.set(search.query, search);
  };
  readings.forEach((reading, i) => {
    const readingWeight = i === 0 ? 1 : WEIGHTS.synonym;
    for (const combination of combinations(reading))
      add({ query: combination.text, weight: readingWeight * combination.weight, coverage: 1 });
    if (reading.length > 1) {
      for (const alternatives of reading) {
        if (alternatives[0]!.text.length < MIN_ALONE) continue;
        for (const alternative of alternatives.slice(0, 3))
          add({ query: alternative.text, weight: readingWeight * alternative.weight, coverage: 1 / reading.length });
      }
    }
  });
  const respelled = words.map((word) => respell(word, dictionary)).join(" ");
  return {
    readings,
    searches: [...searches.values()],
    respelled: respelled !== words.join(" ") ? respelled : undefined,
    corrections: queryCorrections(words, dictionary),
    anyKnown: words.some((word) => isKnownWord(word, dictionary)),
  };
}

/** The word as the handbook writes it, with ä/ö, when it was typed without them. */
function respell(word: string, dictionary: Dictionary): string {
  if (hasDiacritics(word)) return word;
  return dictionary.written.get(fold(word)) ?? word;
}

function alternativesOf(word: string, dictionary: Dictionary): Alternative[] {
  const alternatives = new Map<string, number>([[word, WEIGHTS.literal]]);
  const add = (text: string, weight: number) => {
    if (!alternatives.has(text)) alternatives.set(text, weight);
  };
  add(respell(word, dictionary), WEIGHTS.spelling);
  for (const form of relatedForms(word, dictionary.forms)) add(form, WEIGHTS.form);
  for (const compound of compoundsEndingIn(word, dictionary.compounds))
    add(dictionary.written.get(compound) ?? compound, WEIGHTS.compound);
  if (!hasWord(word, dictionary)) {
    for (const compound of wordsEndingIn(word, dictionary.forms)) add(compound, WEIGHTS.compound);
    const parts = splitQueryCompound(word, (part) => hasWord(part, dictionary));
    if (parts) add(parts.join(" "), WEIGHTS.parts);
  }
  return [...alternatives].map(([text, weight]) => ({ text, weight })).slice(0, MAX_ALTERNATIVES);
}

/** The query with a term replaced by each other term of its synonym group (kela → kansaneläkelaitos). */
function synonymReadings(words: readonly string[], dictionary: Dictionary): string[][] {
  const keys = words.map(matchKeys);
  const readings: string[][] = [];
  for (const group of dictionary.synonyms) {
    for (const term of group) {
      const termWords = wordsOf(term);
      const at = indexOfRun(keys, termWords);
      if (at < 0) continue;
      for (const other of group) {
        if (fold(other) === fold(term)) continue;
        readings.push([...words.slice(0, at), ...wordsOf(other), ...words.slice(at + termWords.length)]);
      }
    }
  }
  const unique = new Map(readings.map((r) => [r.join(" "), r]));
  unique.delete(words.join(" "));
  return [...unique.values()];
}

/** Where the run of words begins among the query words (each compared by its forms' keys), or -1. */
function indexOfRun(queryKeys: readonly ReadonlySet<string>[], run: readonly string[]): number {
  if (run.length === 0) return -1;
  const runKeys = run.map((word) => [...matchKeys(word)]);
  for (let i = 0; i + run.length <= queryKeys.length; i++) {
    if (runKeys.every((keys, j) => keys.some((key) => queryKeys[i + j]!.has(key)))) return i;
  }
  return -1;
}

/** The heaviest combinations of one alternative per word. */
function combinations(reading: WordAlternatives): Alternative[] {
  let partial: Alternative[] = [{ text: "", weight: 1 }];
  for (const alternatives of reading) {
    partial = partial
      .flatMap((p) =>
        alternatives.map((a) => ({ text: p.text ? `${p.text} ${a.text}` : a.text, weight: p.weight * a.weight })),
      )
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_COMBINATIONS);
  }
  return partial;
}

/** Whether the handbook has the word as it is or in another form. */
function hasWord(word: string, dictionary: Dictionary): boolean {
  return dictionary.written.has(fold(word)) || relatedForms(word, dictionary.forms, 1).length > 0;
}

/** Whether the handbook has the word: in some form, as a word's start, as a compound's tail or as the parts of it. */
export function isKnownWord(word: string, dictionary: Dictionary): boolean {
  const folded = fold(word);
  if (
    hasWord(word, dictionary) ||
    compoundsEndingIn(word, dictionary.compounds, 1).length > 0 ||
    wordsEndingIn(word, dictionary.forms, 1).length > 0
  )
    return true;
  if (dictionary.forms.words.some((w) => w.startsWith(folded))) return true;
  return splitQueryCompound(word, (part) => hasWord(part, dictionary)) !== undefined;
}

/** For each unknown word its nearest spellings, as whole queries; a query of known words has none. */
function queryCorrections(words: readonly string[], dictionary: Dictionary): string[] {
  const found: string[] = [];
  words.forEach((word, i) => {
    if (isKnownWord(word, dictionary)) return;
    for (const correction of corrections(word, dictionary.words, MAX_CORRECTIONS)) {
      found.push([...words.slice(0, i), correction, ...words.slice(i + 1)].join(" "));
    }
  });
  return found.slice(0, MAX_CORRECTIONS);
}
