/** Compound splitting, corrections, query planning and excerpts: one row per rule. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import {
  compoundIndex,
  compoundsEndingIn,
  compoundTails,
  splitQueryCompound,
  wordsEndingIn,
} from "../../lib/search/compound-split.ts";
import { excerptRuns } from "../../lib/search/excerpt.ts";
import { corrections } from "../../lib/search/corrections.ts";
import { openDictionary } from "../../lib/search/dictionary.ts";
import { planQuery } from "../../lib/search/query.ts";
import { finnish } from "../../lib/search/languages/finnish.ts";
import { wordKeys } from "../../lib/search/word-forms.ts";

/** A small dictionary in the handbook's style: words, their forms, compounds. */
const WORDS = [
  "työkyky",
  "työkyvyn",
  "koordinaattori",
  "työkykykoordinaattori",
  "kuntoutus",
  "kuntoutusohjaaja",
  "ohjaaja",
  "sairaus",
  "sairauspoissaolot",
  "osa",
  "osasairauspäivärahan",
  "työterveys",
  "työterveyshoitaja",
  "työ",
  "yhteistyö",
  "psykologi",
  "psykologin",
  "kela",
  "kansaneläkelaitos",
  "elinkeino",
  "toimisto",
  "te-toimisto",
  "päivä",
  "raha",
  "elämäntapaohjauksen",
  "ohjaus",
  "ohjaajan",
  "kuntoutusohjaajan",
  "korvaava",
  "työtön",
  "primaarivaihe",
  "mikä",
  "lääkinnällisen",
];
const FINNISH = wordKeys(finnish);
const tails = compoundTails(WORDS, FINNISH);
const index = compoundIndex(tails, FINNISH);

const SPLIT_ROWS: ReadonlyArray<readonly [rule: string, query: string, finds: string | undefined]> = [
  ["a known word before the tail", "koordinaattori", "tyokykykoordinaattori"],
  ["the tail in another form", "koordinaattorin", "tyokykykoordinaattori"],
  ["a head in its linking form", "poissaolot", "sairauspoissaolot"],
  ["a chain of known heads", "päiväraha", "osasairauspaivarahan"],
  ["one unknown part that ends like a word", "hoitaja", "tyoterveyshoitaja"],
  ["a tail too short to be its own word", "työ", undefined],
  ["no known head: not a compound", "teistyö", undefined],
];

test("compound tails derived from the dictionary: one row per rule", () => {
  for (const [rule, query, finds] of SPLIT_ROWS) {
    const found = compoundsEndingIn(query, index);
    if (finds === undefined) assert.equal(found, [], rule);
    else assert.ok(found.includes(finds), `${rule}: ${query} → ${found.join(", ")}`);
  }
});

test("a query compound the handbook writes apart splits into known words", () => {
  const known = new Set(["elinkeino", "toimisto", "tyo"]);
  assert.equal(
    splitQueryCompound("elinkeinotoimisto", (w) => known.has(w)),
    ["elinkeino", "toimisto"],
  );
  assert.is(
    splitQueryCompound("elinkeinotomisto", (w) => known.has(w)),
    undefined,
  );
});

const CORRECTION_ROWS: ReadonlyArray<readonly [rule: string, typed: string, first: string | undefined]> = [
  ["a letter missing", "kuntotus", "kuntoutus"],
  ["a wrong letter", "psykoloki", "psykologi"],
  ["a doubled letter", "sairauss", "sairaus"],
  ["written form with ä/ö is offered", "tyokykykordinaattori", "työkykykoordinaattori"],
  ["short words allow one edit only", "kelx", "kela"],
  ["too far: nothing", "xyzzyqq", undefined],
  ["too short to correct", "ty", undefined],
];

test("corrections: one row per rule", () => {
  for (const [rule, typed, first] of CORRECTION_ROWS) assert.is(corrections(typed, WORDS)[0], first, rule);
  assert.ok(corrections("psykoloki", WORDS).length <= 3);
});

const dictionary = openDictionary(
  {
    words: WORDS,
    compounds: tails,
    synonyms: [
      ["Kela", "Kansaneläkelaitos"],
      ["TE", "työ- ja elinkeino", "TE-toimisto"],
    ],
  },
  "fi",
);
const searched = (query: string) => planQuery(query, dictionary).searches.map((s) => s.query);

const PLAN_ROWS: ReadonlyArray<readonly [rule: string, query: string, searches: string]> = [
  ["the query itself", "kela", "kela"],
  ["ä/ö restored", "tyokyky", "työkyky"],
  ["other forms of the word", "työkyvyn", "työkyky"],
  ["compounds that end in the word", "koordinaattori", "työkykykoordinaattori"],
  ["an abbreviation's expansion", "kela", "kansaneläkelaitos"],
  ["an expansion's abbreviation, in another form", "kansaneläkelaitoksen", "kela"],
  ["a multi-word expansion", "työ- ja elinkeino", "te"],
  ["a multi-word query's words one by one", "kela psykologi", "psykologi"],
  ["a compound written apart", "elinkeinotoimisto", "elinkeino toimisto"],
  ["a word's tail after parts the handbook never writes alone", "tapaohjaus", "elämäntapaohjauksen"],
];

test("query plans: one row per rule", () => {
  for (const [rule, query, search] of PLAN_ROWS)
    assert.ok(searched(query).includes(search), `${rule}: ${query} → ${searched(query).join(" | ")}`);
});

const JOIN_ROWS: ReadonlyArray<readonly [rule: string, query: string, joined: string | undefined]> = [
  ["two words the handbook writes as one", "kuntoutus ohjaaja", "kuntoutusohjaaja"],
  ["three words", "työ terveys hoitaja", "työterveyshoitaja"],
  ["the first word in a linking form of its own", "työkyvyn koordinaattori", "työkykykoordinaattori"],
  ["the last word inflected", "kuntoutus ohjaajan", "kuntoutusohjaajan"],
  ["typed without ä/ö: shown as the handbook writes it", "tyokyky koordinaattori", "työkykykoordinaattori"],
  ["only the words that join: the others stay", "kela kuntoutus ohjaaja", "kela kuntoutusohjaaja"],
  ["words meant apart stay apart", "korvaava työ", undefined],
  ["… and a query of page names", "työtön primaarivaihe", undefined],
  ["an ending is not a word: `mikä on` is not a form of mikä", "mikä on", undefined],
];

test("words typed apart that the handbook writes as one word are searched joined: one row per rule", () => {
  for (const [rule, query, joined] of JOIN_ROWS) {
    const plan = planQuery(query, dictionary);
    assert.is(plan.respelled, joined, `${rule}: ${query} → ${plan.respelled}`);
    if (joined === undefined) continue;
    const search = plan.searches.find((s) => s.query === joined);
    assert.ok(search, `${rule}: ${query} → ${plan.searches.map((s) => s.query).join(" | ")}`);
    assert.is(search.weight, 1, `${rule}: as sure as a respelling`);
    assert.is(search.coverage, 1, `${rule}: it stands for every word typed`);
  }
  assert.is(JOIN_ROWS.length, 9);
});

test("a search covers only the words the index has: Pagefind drops the others and finds pages without them", () => {
  const coverage = (query: string, search: string) =>
    planQuery(query, dictionary).searches.find((s) => s.query === search)?.coverage;
  assert.is(coverage("lääkinnällinen kuntoutus", "lääkinnällinen kuntoutus"), 0.5);
  assert.is(coverage("lääkinnällinen kuntoutus", "lääkinnällisen kuntoutus"), 1);
  assert.is(coverage("kela psykologi", "kela psykologi"), 1);
  assert.is(coverage("kuka on psykologi", "psykologi"), 1, "a question's function words need not be on the page");
  assert.is(coverage("kuka on psykologi", "kuka"), 0, "… and a function word alone covers nothing");
});

test("a tail found inside a longer word: only for a long enough query, never for the whole word itself", () => {
  assert.equal(wordsEndingIn("tapaohjausta", dictionary.forms), ["elämäntapaohjauksen"]);
  assert.equal(
    wordsEndingIn("ohjaus", dictionary.forms),
    [],
    "shorter than 7 letters: the dictionary's own splits decide",
  );
  assert.equal(wordsEndingIn("elämäntapaohjaus", dictionary.forms), [], "the word itself is not its own tail");
  assert.ok(planQuery("tapaohjaus", dictionary).anyKnown, "a known tail is not a typo");
});

test("the plan respells a query typed without ä/ö, and offers corrections only for unknown words", () => {
  assert.is(planQuery("tyokyky", dictionary).respelled, "työkyky");
  assert.is(planQuery("työkyky", dictionary).respelled, undefined);
  assert.equal(planQuery("psykoloki", dictionary).corrections, ["psykologi", "psykologin"]);
  assert.equal(planQuery("psykologi", dictionary).corrections, []);
  assert.not.ok(planQuery("psykoloki", dictionary).anyKnown);
});

const EXCERPT_ROWS: ReadonlyArray<readonly [rule: string, excerpt: string, runs: Array<[string, boolean]>]> = [
  ["plain text", "Tue työkykyä", [["Tue työkykyä", false]]],
  [
    "a mark",
    "Ota <mark>Kela</mark> mukaan",
    [
      ["Ota ", false],
      ["Kela", true],
      [" mukaan", false],
    ],
  ],
  ["escaped characters are decoded", "a &amp; b &lt;c&gt; &#228; &#xe4;", [["a & b <c> ä ä", false]]],
  ["a tag-like text stays text", "&lt;script&gt;", [["<script>", false]]],
];

test("excerpts split into text and marked runs: one row per rule", () => {
  for (const [rule, excerpt, runs] of EXCERPT_ROWS)
    assert.equal(
      excerptRuns(excerpt).map((r) => [r.text, r.marked]),
      runs,
      rule,
    );
});

test.run();
