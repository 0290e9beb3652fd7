/** Abbreviations: which words become <abbr>, one row per rule of the whole-word guard. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { explainAbbreviations } from "../../src/eleventy/abbreviations.ts";

const glossary = [
  { short: "TE", expansion: "työ- ja elinkeino" },
  { short: "STEA", expansion: "Sosiaali- ja terveysjärjestöjen avustuskeskus" },
  { short: "Kela", expansion: "Kansaneläkelaitos" },
];
const page = (main: string) => `<html><head><title>TE</title></head><body><main>${main}</main></body></html>`;
/** The abbreviations explained in a paragraph, in order. */
const explained = (paragraph: string) =>
  [
    ...explainAbbreviations(page(`<p>${paragraph}</p>`), glossary, "Lyhenteet").matchAll(
      /<abbr title="[^"]*">([^<]*)<\/abbr>/g,
    ),
  ].map((m) => m[1]);

const WORD_ROWS: ReadonlyArray<readonly [string, string, string[]]> = [
  ["a whole word", "TE-toimisto", ["TE"]],
  ["at the end of the text", "asiakas ja Kela", ["Kela"]],
  ["before punctuation", "Kela.", ["Kela"]],
  ["its genitive", "Kelan palvelut", ["Kela"]],
  ["not another case", "Kelaa ei", []],
  ["not after a letter", "KATE", []],
  ["not after a non-ASCII letter", "ÄTE", []],
  ["not before a letter", "TEHO", []],
  ["not inside a longer abbreviation", "hankkeet (esim. STEA)", ["STEA"]],
  ["the first use only", "TE ja TE", ["TE"]],
];

for (const [rule, paragraph, expected] of WORD_ROWS) {
  test(`whole words: ${rule} (${paragraph})`, () => {
    assert.equal(explained(paragraph), expected);
  });
}

test("the first use becomes <abbr title>, later uses stay plain text", () => {
  const html = explainAbbreviations(page("<p>TE-toimisto ja TE-palvelut</p>"), glossary, "Lyhenteet");
  assert.is((html.match(/<abbr title="työ- ja elinkeino">TE<\/abbr>/g) ?? []).length, 1);
  assert.ok(html.includes("ja TE-palvelut"));
});

test("never inside a tag's attributes or the page title", () => {
  const html = explainAbbreviations(
    page('<p><a href="/TE/" data-x="Kela">Kelan palvelut</a></p>'),
    glossary,
    "Lyhenteet",
  );
  assert.ok(html.includes('href="/TE/" data-x="Kela"'));
  assert.ok(html.includes("<title>TE</title>"));
});

test("the page ends its main with a list of the abbreviations it uses, spelled out", () => {
  const html = explainAbbreviations(page("<p>Kela</p>"), glossary, "Lyhenteet");
  assert.match(
    html,
    /<h2 id="lyhenteet">Lyhenteet<\/h2><dl><dt>Kela<\/dt><dd>Kansaneläkelaitos<\/dd><\/dl><\/section>\n<\/main>/,
  );
  assert.is(explainAbbreviations(page("<p>ei lyhenteitä</p>"), glossary, "Lyhenteet"), page("<p>ei lyhenteitä</p>"));
});

test.run();
