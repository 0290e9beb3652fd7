/**
 * From what was typed to the Pagefind queries that answer it. Each query word
 * gets alternatives, weighted by how sure we are the reader meant them: the
 * word itself and its spelling with ä/ö (1), the handbook's other forms of it
 * (inflection, see word-forms.ts and the language's rules in languages/), and the compounds that end in it. Terms
 * with an abbreviation or expansion (Kela ↔ Kansaneläkelaitos) give whole
 * alternative queries, and so do adjacent words that the handbook writes as
 * one compound (`kuntoutus ohjaaja` → kuntoutusohjaaja). A multi-word query
 * also searches its words one by one, so pages with only some of them are
 * found, below the pages with all.
 */
import { compoundsEndingIn, linkingForms, splitQueryCompound, wordsEndingIn } from "./compound-split.ts";
import { beginsAWord, relatedForms, wordsOf, type WordKeys } from "./word-forms.ts";
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
  /** The typed query, its words joined into compounds and each synonym rewrite, as words with alternatives. */
  readonly readings: readonly WordAlternatives[];
  readonly searches: readonly PlannedSearch[];
  /** The query as the handbook writes it — ä/ö restored, words joined into its compounds — if that changed it. */
  readonly respelled: string | undefined;
  /** Whole-query corrections for words the handbook does not have, best first. */
  readonly corrections: readonly string[];
  /** Whether the handbook has any of the query's words: if not, what Pagefind finds are stemming accidents. */
  readonly anyKnown: boolean;
}

/** A way to read the query: its words, how many typed words each stands for, and how sure the reading is. */
interface Reading {
  readonly words: readonly string[];
  readonly spans: readonly number[];
  readonly weight: number;
}

/** At most this many Pagefind queries for the words together, per reading. */
const MAX_COMBINATIONS = 8;
const MAX_ALTERNATIVES = 5;
const MAX_CORRECTIONS = 3;
/** A word this short (`ja`, `te`) is not searched on its own for pages with only some of the words. */
const MIN_ALONE = 3;
/** At most this many typed words are joined into one compound (`työ terveys hoitaja`). */
const MAX_JOINED = 3;
/** Nor is a joined word shorter than this: two short words rarely make a compound the reader meant. */
const MIN_JOINED = 6;
/** A joined word's form must reach this far into its last word (or all of it, if shorter). */
const MIN_HEAD = 3;

export function planQuery(query: string, dictionary: Dictionary): QueryPlan {
  const words = wordsOf(query);
  if (words.length === 0) return { readings: [], searches: [], respelled: undefined, corrections: [], anyKnown: false };
  // A function word (`kuka`, `on`) stands for nothing a page must have; a query of function words only counts them all.
  const significant = words.map((word) => (dictionary.keys.language.functionWords.has(fold(word)) ? 0 : 1));
  const typed: Reading = {
    words,
    spans: significant.some((count) => count > 0) ? significant : words.map(() => 1),
    weight: 1,
  };
  const total = sum(typed.spans);
  const joined = joinedReading(typed, dictionary);
  const readings = [typed, ...(joined ? [joined] : [])].flatMap((reading) => [
    reading,
    ...synonymReadings(reading, dictionary),
  ]);
  const wordAlternatives = readings.map((reading) => reading.words.map((word) => alternativesOf(word, dictionary)));
  const searches = new Map<string, PlannedSearch>();
  const add = (search: PlannedSearch) => {
    const seen = searches.get(search.query);
    if (!seen || seen.coverage < search.coverage || (seen.coverage === search.coverage && seen.weight < search.weight))
      searches.set(search.query, search);
  };
  readings.forEach((reading, i) => {
    const alternatives = wordAlternatives[i]!;
    for (const combination of combinations(reading, alternatives, dictionary))
      add({
        query: combination.text,
        weight: reading.weight * combination.weight,
        coverage: combination.covered / total,
      });
    if (reading.words.length > 1) {
      alternatives.forEach((wordAlternatives, j) => {
        if (wordAlternatives[0]!.text.length < MIN_ALONE) return;
        const coverage = reading.spans[j]! / total;
        for (const alternative of wordAlternatives.slice(0, 3))
          add({ query: alternative.text, weight: reading.weight * alternative.weight, coverage });
      });
    }
  });
  const shown = joined ?? typed;
  const respelled = shown.words.map((word) => respell(word, dictionary)).join(" ");
  return {
    readings: wordAlternatives,
    searches: [...searches.values()],
    respelled: respelled !== words.join(" ") ? respelled : undefined,
    corrections: queryCorrections(shown.words, dictionary),
    anyKnown: joined !== undefined || words.some((word) => isKnownWord(word, dictionary)),
  };
}

/**
 * The query with each run of adjacent words that the handbook writes as one
 * word joined (`kuntoutus ohjaaja` → kuntoutusohjaaja, `työ terveys hoitaja`
 * → työterveyshoitaja), the longest run first; undefined if none joins. A
 * word before the last of a run may stand in any of its linking forms
 * (`työkyvyn koordinaattori` → työkykykoordinaattori). A typing slip, not a
 * rewrite: the reading is as sure as a respelling.
 */
function joinedReading(typed: Reading, dictionary: Dictionary): Reading | undefined {
  const { words } = typed;
  const out: string[] = [];
  const spans: number[] = [];
  for (let i = 0; i < words.length;) {
    let span = 1;
    let word = words[i]!;
    for (let end = Math.min(words.length, i + MAX_JOINED); end > i + 1 && span === 1; end--) {
      const compound = joinedWord(words.slice(i, end), dictionary);
      if (compound) [word, span] = [compound, end - i];
    }
    out.push(word);
    spans.push(sum(typed.spans.slice(i, i + span)));
    i += span;
  }
  return out.length < words.length ? { words: out, spans, weight: WEIGHTS.spelling } : undefined;
}

/**
 * The run of words written as one — the last word as typed, the others in a
 * linking form — if the handbook has that word in some form. The form must
 * reach into the last word: `mikä on` is not `mikäon`, a form of mikä.
 */
function joinedWord(run: readonly string[], dictionary: Dictionary): string | undefined {
  if (run.some((word) => word.length < 2 || /\d/.test(word))) return undefined;
  let heads = [""];
  for (const word of run.slice(0, -1))
    heads = heads.flatMap((head) => [fold(word), ...linkingForms(word, dictionary.keys)].map((form) => head + form));
  const last = fold(run[run.length - 1]!);
  const reach = Math.min(last.length, MIN_HEAD);
  // The words as typed first: their join is the likeliest meaning.
  for (const head of new Set(heads)) {
    const candidate = head + last;
    if (candidate.length < MIN_JOINED) continue;
    if (dictionary.written.has(candidate)) return dictionary.written.get(candidate);
    if (
      dictionary.keys
        .foldedKeys(candidate)
        .some((key) => key.length >= head.length + reach && dictionary.forms.byKey.has(key))
    )
      return candidate;
  }
  return undefined;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

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

/**
 * The reading with a term replaced by each other term of its synonym group
 * (kela → kansaneläkelaitos); the new words share the typed words the term stood for.
 */
function synonymReadings(reading: Reading, dictionary: Dictionary): Reading[] {
  const { words, spans } = reading;
  const keys = words.map(dictionary.keys.matchKeys);
  const readings = new Map<string, Reading>();
  for (const group of dictionary.synonyms) {
    for (const term of group) {
      const termWords = wordsOf(term);
      const at = indexOfRun(keys, termWords, dictionary.keys);
      if (at < 0) continue;
      const end = at + termWords.length;
      const covered = sum(spans.slice(at, end));
      for (const other of group) {
        if (fold(other) === fold(term)) continue;
        const otherWords = wordsOf(other);
        readings.set([...words.slice(0, at), ...otherWords, ...words.slice(end)].join(" "), {
          words: [...words.slice(0, at), ...otherWords, ...words.slice(end)],
          spans: [...spans.slice(0, at), ...otherWords.map(() => covered / otherWords.length), ...spans.slice(end)],
          weight: reading.weight * WEIGHTS.synonym,
        });
      }
    }
  }
  readings.delete(words.join(" "));
  return [...readings.values()];
}

/** Where the run of words begins among the query words (each compared by its forms' keys), or -1. */
function indexOfRun(queryKeys: readonly ReadonlySet<string>[], run: readonly string[], keys: WordKeys): number {
  if (run.length === 0) return -1;
  const runKeys = run.map((word) => [...keys.matchKeys(word)]);
  for (let i = 0; i + run.length <= queryKeys.length; i++) {
    if (runKeys.every((keys, j) => keys.some((key) => queryKeys[i + j]!.has(key)))) return i;
  }
  return -1;
}

/** The heaviest combinations of one alternative per word. */
/**
 * The heaviest combinations of one alternative per word, each with how many
 * typed words its indexed words stand for: Pagefind drops a word the index
 * does not have and finds the pages with the others, so `lääkinnällinen
 * kuntoutus` (the handbook writes lääkinnällisen) covers only one word of two.
 */
function combinations(reading: Reading, alternatives: WordAlternatives, dictionary: Dictionary): Combination[] {
  let partial: Combination[] = [{ text: "", weight: 1, covered: 0 }];
  alternatives.forEach((wordAlternatives, j) => {
    partial = partial
      .flatMap((p) =>
        wordAlternatives.map((a) => ({
          text: p.text ? `${p.text} ${a.text}` : a.text,
          weight: p.weight * a.weight,
          covered: p.covered + (isIndexed(a.text, dictionary) ? reading.spans[j]! : 0),
        })),
      )
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_COMBINATIONS);
  });
  return partial;
}

interface Combination extends Alternative {
  readonly covered: number;
}

/**
 * Whether Pagefind's index surely has every word of `text`: the word begins
 * a handbook word. (Its stemmer finds some other forms too, but not all:
 * `lääkinnällinen` finds nothing though `lääkinnällisen` is there; the other
 * forms are searched as alternatives of their own.)
 */
function isIndexed(text: string, dictionary: Dictionary): boolean {
  return wordsOf(text).every((word) => beginsAWord(fold(word), dictionary.forms.words));
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
