/**
 * The page about the query first. Pagefind ranks by where and how often words
 * occur, so `tyoton` puts three pathway pages before the situation *Työtön*,
 * and `kela` the page of Kela's service expert before Kela's own. Every page
 * carries its name and kind (data-pagefind-meta); a page whose name is
 * exactly the query outranks one whose name merely contains it, which
 * outranks the rest. Before that, pages with all of a multi-word query's
 * words come before pages with some.
 */
import { wordsOf, type WordKeys } from "./word-forms.ts";
import { fold } from "./fold.ts";
import type { WordAlternatives } from "./query.ts";

/** The kinds of page, in the order that breaks a tie between pages named alike. */
export const PAGE_KINDS = ["situation", "phase", "actor", "keyword", "pathway", "page"] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export function pageKind(value: string | undefined): PageKind {
  return (PAGE_KINDS as readonly string[]).includes(value ?? "") ? (value as PageKind) : "page";
}

/** How much a page's name says it is about the query: not at all, it contains every query word, or it is just the query's words. */
export const ABOUTNESS = { none: 0, contains: 1, named: 2 } as const;
export type Aboutness = (typeof ABOUTNESS)[keyof typeof ABOUTNESS];

export interface NameMatch {
  readonly aboutness: Aboutness;
  /** How sure the match is: the weight of the weakest alternative it needed (1 for the words as typed). */
  readonly strength: number;
}

/** A name word that merely begins with an alternative counts for less: Pagefind matches prefixes, readers mean words. */
const PREFIX_FACTOR = 0.7;
const MIN_PREFIX = 5;

/** A reading's alternatives with their keys worked out once, not once per page name. */
interface PreparedAlternative {
  readonly weight: number;
  readonly keys: readonly string[];
  /** The folded text, for prefix matches; undefined for a multi-word alternative. */
  readonly prefix: string | undefined;
}

const prepared = new WeakMap<WordAlternatives, readonly (readonly PreparedAlternative[])[]>();

function prepare(reading: WordAlternatives, keys: WordKeys): readonly (readonly PreparedAlternative[])[] {
  let words = prepared.get(reading);
  if (!words) {
    words = reading.map((alternatives) =>
      alternatives.map((alternative) => {
        const altWords = wordsOf(alternative.text);
        const folded = fold(alternative.text);
        return {
          weight: alternative.weight,
          keys: altWords.flatMap((word) => [...keys.matchKeys(word)]),
          prefix: altWords.length === 1 && folded.length >= MIN_PREFIX ? folded : undefined,
        };
      }),
    );
    prepared.set(reading, words);
  }
  return words;
}

/** How well `name` matches the best reading of the query: each query word, or one of its alternatives, against the name's words. */
export function nameMatch(name: string, readings: readonly WordAlternatives[], keys: WordKeys): NameMatch {
  const nameWords = wordsOf(name).map((word) => ({ folded: fold(word), keys: keys.matchKeys(word) }));
  let best: NameMatch = { aboutness: ABOUTNESS.none, strength: 0 };
  if (nameWords.length === 0) return best;
  for (const reading of readings) {
    const covered = new Set<number>();
    let strength = 1;
    for (const alternatives of prepare(reading, keys)) {
      let wordStrength = 0;
      for (const alternative of alternatives) {
        nameWords.forEach((nameWord, i) => {
          let weight = 0;
          if (alternative.keys.some((k) => nameWord.keys.has(k))) weight = alternative.weight;
          else if (alternative.prefix && nameWord.folded.startsWith(alternative.prefix))
            weight = alternative.weight * PREFIX_FACTOR;
          if (weight > 0) covered.add(i);
          wordStrength = Math.max(wordStrength, weight);
        });
      }
      strength = Math.min(strength, wordStrength);
    }
    if (strength === 0) continue;
    const match: NameMatch = {
      aboutness: covered.size === nameWords.length ? ABOUTNESS.named : ABOUTNESS.contains,
      strength,
    };
    if (match.aboutness > best.aboutness || (match.aboutness === best.aboutness && match.strength > best.strength))
      best = match;
  }
  return best;
}

export interface RankingFacts extends NameMatch {
  /** The share of the query's words the page has (1: all). */
  readonly coverage: number;
  readonly kind: PageKind;
  /** Pagefind's score, times the weight of the search that found the page. */
  readonly score: number;
}

/** Sort order: more of the query's words, then named after it (surer matches first), then kind (only among pages named alike), then score. */
export function compareRanking(a: RankingFacts, b: RankingFacts): number {
  return (
    b.coverage - a.coverage ||
    b.aboutness - a.aboutness ||
    b.strength - a.strength ||
    (a.aboutness > ABOUTNESS.none ? PAGE_KINDS.indexOf(a.kind) - PAGE_KINDS.indexOf(b.kind) : 0) ||
    b.score - a.score
  );
}
