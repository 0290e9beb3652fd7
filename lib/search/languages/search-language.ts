/**
 * What the search needs to know about the language of the pages it searches:
 * how its words inflect and how they join into compounds. Everything else —
 * folding, the form table, compound splitting, corrections, query plans,
 * ranking — is the same code for every language (lib/search/word-forms.ts
 * and the modules that use it). One module per language implements this:
 * finnish.ts, swedish.ts; all.ts finds them by code.
 */
export interface SearchLanguage {
  /** The page language it is for (`<html lang>`, Pagefind's index). */
  readonly code: string;
  /** Inflectional endings, longest first: each is stripped where at least three letters remain. */
  readonly endings: readonly string[];
  /**
   * Stem-end changes, each tried on every stem: a weak grade or an
   * inflectional stem back to the base form. Two forms of one word then share
   * a key; a wrong guess costs little (it only widens a search).
   */
  readonly alternations: readonly (readonly [pattern: RegExp, replacement: string])[];
  /** What a base form may add or change to stand first in a compound (Finnish genitive `työkyvyn`, Swedish `arbets-`). */
  linkingForms(base: string): string[];
  /** A compound part the dictionary lacks may still be a word when it ends like this. */
  readonly partEnd: RegExp;
  /**
   * Words that ask or link rather than name what is asked about (folded: `kuka`, `mita`; `vem`, `ar`): a
   * question's page need not have them, so they do not count in how much of the query a page covers.
   */
  readonly functionWords: ReadonlySet<string>;
}
