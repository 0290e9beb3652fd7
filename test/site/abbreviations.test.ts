/** On the built site, abbreviations are explained on first use and listed on every page that uses them. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { glossaryOf } from "../../src/eleventy/abbreviations.ts";
import { loadHandbook, readPage, sitePages, text } from "../helpers/site.ts";

test("every page that uses an abbreviation spells it out", () => {
  const all = glossaryOf(loadHandbook());
  assert.equal(all.map((a) => a.short).sort(), ["ESR", "Kela", "STEA", "TE", "TYP", "sote"]);
  const pages = sitePages();
  let explaining = 0;
  for (const url of pages) {
    const main = readPage(url).querySelector("main")!;
    const listed = main.querySelectorAll(".glossary dt").map(text);
    const firstUses = main.querySelectorAll("abbr[title]").map(text);
    assert.equal([...listed].sort(), [...new Set(firstUses)].sort(), url);
    if (listed.length) explaining++;
  }
  assert.ok(pages.length >= 60, `pages: ${pages.length}`);
  // Most pages name an actor with an abbreviation; far fewer would mean the glossary is not applied.
  assert.ok(explaining >= 30, `pages with a glossary: ${explaining} of ${pages.length}`);
});

test.run();
