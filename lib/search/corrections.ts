/**
 * Did-you-mean for search: the dictionary words nearest a query word that the
 * handbook does not contain. Finnish-aware: compared folded (ä/a, ö/o cost
 * nothing) and a doubled letter added or dropped costs half an edit, so
 * `moniammattillinen` is 1 from `moniammatillinen` and `kuntotus` 1 from
 * `kuntoutus`. The same edit distance serves the data step's did-you-mean.
 */
import { editDistance } from "../suggest.ts";
import { fold, hasDiacritics } from "./fold.ts";

const FINNISH_COSTS = { doubling: 0.5 } as const;

/** Edits allowed: one for short words, two from this length on. */
const TWO_EDITS_FROM = 7;
const MIN_WORD = 4;

/** Distance between two words as search sees them: folded, doubled letters cheap. */
export function spellingDistance(a: string, b: string): number {
  return editDistance(fold(a), fold(b), FINNISH_COSTS);
}

/**
 * Up to `limit` dictionary words within reach of `word`, nearest first; each
 * spelling once, in its written form (`työkyky`, not the folded `tyokyky`).
 */
export function corrections(word: string, dictionaryWords: readonly string[], limit = 3): string[] {
  const wanted = fold(word);
  if (wanted.length < MIN_WORD) return [];
  const reach = wanted.length >= TWO_EDITS_FROM ? 2 : 1;
  const best = new Map<string, { written: string; distance: number }>();
  for (const candidate of dictionaryWords) {
    const folded = fold(candidate);
    if (folded === wanted || Math.abs(folded.length - wanted.length) > reach) continue;
    const distance = editDistance(wanted, folded, FINNISH_COSTS);
    if (distance > reach) continue;
    const seen = best.get(folded);
    if (!seen || (hasDiacritics(candidate) && !hasDiacritics(seen.written)))
      best.set(folded, { written: candidate, distance });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        Math.abs(a.written.length - word.length) - Math.abs(b.written.length - word.length) ||
        a.written.localeCompare(b.written, "fi"),
    )
    .slice(0, limit)
    .map((c) => c.written);
}
