/** Abbreviations are explained on first use and listed on every page that uses them. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { explainAbbreviations, glossaryOf } from "../../src/lib/abbreviations.ts";
import { loadHandbook, readPage, sitePages, text } from "../helpers/site.ts";

const glossary = [
  { short: "TE", expansion: "työ- ja elinkeino" },
  { short: "STEA", expansion: "Sosiaali- ja terveysjärjestöjen avustuskeskus" },
  { short: "Kela", expansion: "Kansaneläkelaitos" },
];
const page = (main: string) => `<html><head><title>TE</title></head><body><main>${main}</main></body></html>`;

test("the first use becomes <abbr title>, later uses stay plain text", () => {
  const html = explainAbbreviations(page("<p>TE-toimisto ja TE-palvelut</p>"), glossary, "Lyhenteet");
  assert.is((html.match(/<abbr title="työ- ja elinkeino">TE<\/abbr>/g) ?? []).length, 1);
  assert.ok(html.includes("ja TE-palvelut"));
});

test("whole words and genitives only; never inside a longer word, a tag or the title", () => {
  const html = explainAbbreviations(page('<p><a href="/TE/" data-x="Kela">hankkeet (esim. STEA) ja Kelan palvelut</a></p>'), glossary, "Lyhenteet");
  assert.ok(html.includes('<abbr title="Sosiaali- ja terveysjärjestöjen avustuskeskus">STEA</abbr>'));
  assert.ok(html.includes('<abbr title="Kansaneläkelaitos">Kela</abbr>n'));
  assert.ok(html.includes('href="/TE/" data-x="Kela"'));
  assert.ok(html.includes("<title>TE</title>"));
  assert.not.ok(html.includes(">TE</abbr>"), "TE inside STEA must not match");
});

test("the page ends its main with a list of the abbreviations it uses, spelled out", () => {
  const html = explainAbbreviations(page("<p>Kela</p>"), glossary, "Lyhenteet");
  assert.match(html, /<h2 id="lyhenteet">Lyhenteet<\/h2><dl><dt>Kela<\/dt><dd>Kansaneläkelaitos<\/dd><\/dl><\/section>\n<\/main>/);
  assert.is(explainAbbreviations(page("<p>ei lyhenteitä</p>"), glossary, "Lyhenteet"), page("<p>ei lyhenteitä</p>"));
});

test("on the built site, every page that uses an abbreviation spells it out", () => {
  const all = glossaryOf(loadHandbook());
  assert.equal(all.map((a) => a.short).sort(), ["ESR", "Kela", "STEA", "TE", "TYP", "sote"]);
  for (const url of sitePages()) {
    const main = readPage(url).querySelector("main")!;
    const listed = main.querySelectorAll(".glossary dt").map(text);
    const firstUses = main.querySelectorAll("abbr[title]").map(text);
    assert.equal([...listed].sort(), [...new Set(firstUses)].sort(), url);
  }
});

test.run();
