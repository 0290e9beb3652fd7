/**
 * Spelling folding for search: people type `tyokyky` for `työkyky` (foreign
 * keyboards, phones, systems that strip ä/ö), and the built HTML may carry
 * soft hyphens (U+00AD) inside long words. Folding removes both, so a query
 * and the handbook's words compare equal however they were typed or hyphenated.
 */

const SOFT_HYPHEN = /\u00ad/g;
const COMBINING_MARKS = /\p{M}/gu;

/** Soft hyphens removed: the word as written, for indexing and display. */
export function withoutSoftHyphens(text: string): string {
  return text.replace(SOFT_HYPHEN, "");
}

/** Lower case, no soft hyphens, no diacritics: ä → a, ö → o, å → a, é → e. */
export function fold(text: string): string {
  return withoutSoftHyphens(text).toLowerCase().normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
}

/** Whether the text has a letter with a diacritic (after soft hyphens are gone). */
export function hasDiacritics(text: string): boolean {
  return fold(text) !== withoutSoftHyphens(text).toLowerCase();
}
