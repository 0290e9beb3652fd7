/** Ranking: the page about the query first. One row per rule. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ABOUTNESS, compareRanking, nameMatch, type RankingFacts } from "../../lib/search/ranking.ts";
import type { WordAlternatives } from "../../lib/search/query.ts";
import { finnish } from "../../lib/search/languages/finnish.ts";
import { wordKeys } from "../../lib/search/word-forms.ts";

const FINNISH = wordKeys(finnish);

const reading = (...words: Array<string | Array<[string, number]>>): WordAlternatives =>
  words.map((w) => (typeof w === "string" ? [{ text: w, weight: 1 }] : w.map(([text, weight]) => ({ text, weight }))));

const NAME_ROWS: ReadonlyArray<readonly [rule: string, name: string, readings: WordAlternatives[], aboutness: number]> =
  [
    ["the name is the query", "Kela", [reading("kela")], ABOUTNESS.named],
    ["the name is the query in another form", "työtön", [reading("työttömien")], ABOUTNESS.named],
    [
      "… or through one of the word's alternatives",
      "työkykykoordinaattori",
      [
        reading([
          ["koordinaattori", 1],
          ["työkykykoordinaattori", 0.6],
        ]),
      ],
      ABOUTNESS.named,
    ],
    ["folded: no ä/ö needed", "Työtön", [reading("tyoton")], ABOUTNESS.named],
    [
      "the name has the query and more",
      "Kelan kuntoutuksen palveluasiantuntija",
      [reading("kela")],
      ABOUTNESS.contains,
    ],
    ["every query word must be in the name", "Kela", [reading("kela", "psykologi")], ABOUTNESS.none],
    ["a multi-word name", "Työtön primaarivaihe", [reading("tyoton", "primaarivaihe")], ABOUTNESS.named],
    ["a synonym reading counts", "Kela", [reading("kansaneläkelaitos"), reading("kela")], ABOUTNESS.named],
    [
      "a name word that begins with the query, long enough",
      "kuntoutusohjaaja",
      [reading("kuntoutusohja")],
      ABOUTNESS.named,
    ],
    ["no match", "psykologi", [reading("kela")], ABOUTNESS.none],
  ];

test("name matching: one row per rule", () => {
  for (const [rule, name, readings, aboutness] of NAME_ROWS)
    assert.is(nameMatch(name, readings, FINNISH).aboutness, aboutness, rule);
});

test("a match through a weaker alternative is less sure", () => {
  const literal = nameMatch(
    "Toimijat",
    [
      reading([
        ["toimijat", 1],
        ["kuntoutustoimijat", 0.6],
      ]),
    ],
    FINNISH,
  );
  const compound = nameMatch(
    "kuntoutustoimijat",
    [
      reading([
        ["toimijat", 1],
        ["kuntoutustoimijat", 0.6],
      ]),
    ],
    FINNISH,
  );
  assert.is(literal.aboutness, compound.aboutness);
  assert.ok(literal.strength > compound.strength);
});

const facts = (over: Partial<RankingFacts>): RankingFacts => ({
  coverage: 1,
  aboutness: ABOUTNESS.none,
  strength: 0,
  kind: "page",
  score: 1,
  ...over,
});

const ORDER_ROWS: ReadonlyArray<readonly [rule: string, first: RankingFacts, second: RankingFacts]> = [
  [
    "all the words before some of them",
    facts({ coverage: 1 }),
    facts({ coverage: 0.5, aboutness: ABOUTNESS.named, strength: 1, score: 9 }),
  ],
  [
    "named after the query before containing it",
    facts({ aboutness: ABOUTNESS.named, strength: 1 }),
    facts({ aboutness: ABOUTNESS.contains, strength: 1, score: 9 }),
  ],
  ["containing it before not naming it", facts({ aboutness: ABOUTNESS.contains, strength: 1 }), facts({ score: 9 })],
  [
    "a surer match first",
    facts({ aboutness: ABOUTNESS.named, strength: 1 }),
    facts({ aboutness: ABOUTNESS.named, strength: 0.6, score: 9 }),
  ],
  [
    "among pages named alike, a situation before a keyword",
    facts({ aboutness: ABOUTNESS.named, strength: 1, kind: "situation" }),
    facts({ aboutness: ABOUTNESS.named, strength: 1, kind: "keyword", score: 9 }),
  ],
  ["otherwise Pagefind's score", facts({ kind: "keyword", score: 2 }), facts({ kind: "situation", score: 1 })],
];

test("ranking order: one row per rule", () => {
  for (const [rule, first, second] of ORDER_ROWS) {
    assert.ok(compareRanking(first, second) < 0, rule);
    assert.ok(compareRanking(second, first) > 0, `${rule} (reversed)`);
  }
});

test.run();
