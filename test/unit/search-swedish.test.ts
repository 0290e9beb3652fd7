/**
 * Swedish queries get the same care as Finnish ones (lib/search/languages/swedish.ts behind the same
 * interface): no å/ä/ö, inflected and definite forms, compound parts, compounds typed apart. One row per rule,
 * on a small dictionary in the style of a Swedish translation.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { compoundTails } from "../../lib/search/compound-split.ts";
import { openDictionary } from "../../lib/search/dictionary.ts";
import { swedish } from "../../lib/search/languages/swedish.ts";
import { planQuery } from "../../lib/search/query.ts";
import { wordKeys } from "../../lib/search/word-forms.ts";

const WORDS = [
  "företagshälsovård",
  "företagshälsovården",
  "arbetsförmåga",
  "arbetsförmågan",
  "arbetsförmågekoordinator",
  "rehabilitering",
  "rehabiliteringsbehov",
  "rehabiliteringshandledare",
  "socialarbetarnas",
  "klientens",
  "arbete",
  "arbetspensionsanstalt",
  "Folkpensionsanstalten",
  "FPA",
];
const SWEDISH = wordKeys(swedish);
const dictionary = openDictionary(
  { words: WORDS, compounds: compoundTails(WORDS, SWEDISH), synonyms: [["FPA", "Folkpensionsanstalten"]] },
  "sv",
);
const searched = (query: string) => planQuery(query, dictionary).searches.map((s) => s.query);

const FORM_ROWS: ReadonlyArray<readonly [rule: string, a: string, b: string]> = [
  ["the definite form", "företagshälsovården", "företagshälsovård"],
  ["a definite -n", "arbetsförmågan", "arbetsförmåga"],
  ["the genitive", "klientens", "klienten"],
  ["an agent noun's definite plural genitive", "socialarbetarnas", "socialarbetare"],
  ["a plural", "arbetsförmågor", "arbetsförmåga"],
  ["a doubled consonant", "programmet", "program"],
];

test("Swedish forms of one word share a key: one row per rule", () => {
  for (const [rule, a, b] of FORM_ROWS) {
    const shared = [...SWEDISH.matchKeys(a)].filter((key) => SWEDISH.matchKeys(b).has(key));
    assert.ok(shared.length > 0, `${rule}: ${a} ${[...SWEDISH.matchKeys(a)].join(",")} / ${b}`);
  }
});

const PLAN_ROWS: ReadonlyArray<readonly [rule: string, query: string, searches: string]> = [
  ["å/ä/ö restored", "foretagshalsovard", "företagshälsovård"],
  ["å/ä/ö restored in a definite form", "foretagshalsovarden", "företagshälsovården"],
  ["the indefinite form finds the definite", "arbetsförmåga", "arbetsförmågan"],
  ["a compound's tail", "hälsovård", "företagshälsovård"],
  ["a tail after a linking s", "handledare", "rehabiliteringshandledare"],
  ["a tail after a linking e", "koordinator", "arbetsförmågekoordinator"],
  ["an abbreviation's expansion", "fpa", "folkpensionsanstalten"],
];

test("Swedish query plans: one row per rule", () => {
  for (const [rule, query, search] of PLAN_ROWS)
    assert.ok(searched(query).includes(search), `${rule}: ${query} → ${searched(query).join(" | ")}`);
});

const JOIN_ROWS: ReadonlyArray<readonly [rule: string, query: string, joined: string | undefined]> = [
  ["two words the translation writes as one", "företags hälsovård", "företagshälsovård"],
  ["the first word without its linking s", "rehabilitering handledare", "rehabiliteringshandledare"],
  ["typed without å/ä/ö", "foretags halsovarden", "företagshälsovården"],
  ["words meant apart stay apart", "klientens arbete", undefined],
];

test("Swedish words typed apart are searched joined: one row per rule", () => {
  for (const [rule, query, joined] of JOIN_ROWS)
    assert.is(planQuery(query, dictionary).respelled, joined, `${rule}: ${query}`);
});

test("Swedish corrections come from the Swedish dictionary", () => {
  assert.equal(planQuery("rehabiliterng", dictionary).corrections[0], "rehabilitering");
});

test.run();
