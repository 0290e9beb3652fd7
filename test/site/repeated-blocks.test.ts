/**
 * Blocks that repeat what another page introduces are marked, so the search
 * ranks the page that introduces them first: every mark names a page and
 * section that exist and hold the same text unmarked, the services list and
 * the network groups are marked wherever they are repeated, and the index
 * step weighs the marked blocks down.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { urls } from "../../lib/urls.ts";
import { REPEATED_FROM, REPEATED_WEIGHT, weighRepeatedBlocks } from "../../scripts/search/repeated-blocks.ts";
import { loadHandbook, readPage, sitePages, text } from "../helpers/site.ts";

const handbook = loadHandbook();
/** The words of a block, without the spacing and soft hyphens that differ between its copies. */
const words = (html: string) =>
  html
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim();

const marks = sitePages().flatMap((url) =>
  readPage(url)
    .querySelectorAll(`[${REPEATED_FROM}]`)
    .map((element) => ({ url, element, origin: element.getAttribute(REPEATED_FROM)! })),
);

test("every repeated block names a page and section that hold its text unmarked", () => {
  assert.ok(marks.length >= 30, `only ${marks.length} repeated blocks`);
  const wrong: string[] = [];
  for (const { url, element, origin } of marks) {
    const [originUrl, anchor] = origin.split("#") as [string, string | undefined];
    if (originUrl === url) wrong.push(`${url}: marks its own content as repeated`);
    const originPage = readPage(originUrl).querySelector("main")!;
    if (anchor && !originPage.querySelector(`[id="${anchor}"]`)) wrong.push(`${url}: ${origin} has no such section`);
    if (originPage.querySelector(`[${REPEATED_FROM}]`)?.getAttribute(REPEATED_FROM)?.startsWith(`${originUrl}#`))
      wrong.push(`${originUrl}: its own section is marked as a copy`);
    // Each list item of the copy stands on the origin page too.
    for (const item of element.querySelectorAll("li").map(text).map(words))
      if (!words(text(originPage)).includes(item)) wrong.push(`${url}: "${item}" is not on ${originUrl}`);
  }
  assert.equal(wrong, []);
});

test("the services list and the network groups are marked on every page that repeats them", () => {
  const servicesFrom = urls.networkPart("palvelut");
  const pagesWith = (origin: string) => new Set(marks.filter((m) => m.origin === origin).map((m) => m.url));
  const situations = handbook.situations.map((s) => urls.situation(s.id));
  const pathways = handbook.situations.flatMap((s) => handbook.phases.map((p) => urls.pathway(s.id, p.id)));
  assert.equal([...pagesWith(servicesFrom)].sort(), [...situations, ...pathways].sort());
  for (const situation of handbook.situations) {
    const repeatedGroups = readPage(urls.situation(situation.id))
      .querySelectorAll(`section[${REPEATED_FROM}]`)
      .map((s) => s.getAttribute(REPEATED_FROM));
    assert.equal(repeatedGroups, situation.networkGroups.map(urls.networkPart), situation.id);
  }
  // The text that is repeated is still on the page, for readers and for excerpts.
  const pathway = readPage(pathways[0]!);
  const item = handbook.network.networks.services.items[0]!;
  assert.ok(text(pathway.querySelector(`[${REPEATED_FROM}="${servicesFrom}"]`)).includes(item.text));
});

test("the index step weighs repeated blocks down and leaves the rest alone", () => {
  const html = `<main><p>oma</p><div class="x" ${REPEATED_FROM}="/a/#b"><p>toisto</p></div></main>`;
  assert.is(
    weighRepeatedBlocks(html),
    `<main><p>oma</p><div class="x" ${REPEATED_FROM}="/a/#b" data-pagefind-weight="${REPEATED_WEIGHT}"><p>toisto</p></div></main>`,
  );
  assert.ok(REPEATED_WEIGHT > 0 && REPEATED_WEIGHT < 1, "a copy still matches, below the original");
});

test.run();
