/** Spelling folding and the Finnish-aware edit distance: one row per rule. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fold, hasDiacritics, withoutSoftHyphens } from "../../lib/search/fold.ts";
import { editDistance } from "../../lib/suggest.ts";
import { spellingDistance } from "../../lib/search/corrections.ts";

const FOLD_ROWS: ReadonlyArray<readonly [rule: string, input: string, folded: string]> = [
  ["lower case", "Kela", "kela"],
  ["ä → a", "läheiset", "laheiset"],
  ["ö → o", "työtön", "tyoton"],
  ["å → a", "Åland", "aland"],
  ["other accents go too", "café", "cafe"],
  ["soft hyphens (U+00AD) vanish", "työ\u00adkyky\u00adkoordinaattori", "tyokykykoordinaattori"],
  ["already folded stays", "tyokyky", "tyokyky"],
  ["punctuation and spaces stay", "TE-toimisto, sote", "te-toimisto, sote"],
];

test("fold: one row per rule", () => {
  for (const [rule, input, folded] of FOLD_ROWS) assert.is(fold(input), folded, rule);
});

test("soft hyphens are removed without folding; diacritics are detected", () => {
  assert.is(withoutSoftHyphens("Työ\u00adkyky"), "Työkyky");
  assert.ok(hasDiacritics("työkyky"));
  assert.not.ok(hasDiacritics("tyo\u00adkyky"));
});

const DISTANCE_ROWS: ReadonlyArray<readonly [rule: string, a: string, b: string, plain: number, finnish: number]> = [
  ["equal words", "kela", "kela", 0, 0],
  ["one substitution", "psykoloki", "psykologi", 1, 1],
  ["one letter missing", "kuntotus", "kuntoutus", 1, 1],
  ["a doubled consonant added costs half", "moniammattillinen", "moniammatillinen", 1, 0.5],
  ["a doubled consonant dropped costs half", "erikoisairaanhoito", "erikoissairaanhoito", 1, 0.5],
  ["a long vowel shortened costs half", "kuntoutusohjaja", "kuntoutusohjaaja", 1, 0.5],
  ["ö and o are the same letter to search", "tyoterveyshuolto", "työterveyshuolto", 1, 0],
  ["a transposition is two edits", "kela", "klea", 2, 2],
];

test("edit distance: plain for the data step, Finnish-aware for search; one row per rule", () => {
  for (const [rule, a, b, plain, finnish] of DISTANCE_ROWS) {
    assert.is(editDistance(a, b), plain, `${rule} (plain)`);
    assert.is(spellingDistance(a, b), finnish, `${rule} (search)`);
  }
});

test.run();
