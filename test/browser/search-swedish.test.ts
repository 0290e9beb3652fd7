/**
 * Swedish search (LANGUAGES=fi,sv with the fixture translation): /sv/haku/ searches the Swedish index with the
 * Swedish dictionary and interface; a Finnish fallback passage on a Swedish page is no Swedish hit; the Swedish
 * judged set (scripts/search/judged-queries-swedish.ts) holds success@5 ≥ 95 %, never below plain Pagefind;
 * the first Swedish search stays within the Finnish one's download budget.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { urlsIn } from "../../lib/urls.ts";
import { translate } from "../../lib/ui-text.ts";
import { PAGEFIND_SCRIPT } from "../../lib/search/pagefind-files.ts";
import { measureJudged, reciprocalRank } from "../../scripts/search/recall.ts";
import { SWEDISH_JUDGED_QUERIES } from "../../scripts/search/judged-queries-swedish.ts";
import { DICTIONARY_NAMES } from "../../scripts/search/write-dictionary.ts";
import { resultLinks, searchAnnounced, siteInBrowser } from "../helpers/browser.ts";
import { searchDownloads } from "../helpers/search-downloads.ts";
import { buildSwedishSite, SWEDISH_DIR } from "../helpers/swedish-site.ts";
import sv from "../../src/ui/sv.json" with { type: "json" };

const KB = 1024;
test.before(buildSwedishSite);
const session = siteInBrowser(test, SWEDISH_DIR);
const SEARCH = urlsIn("sv").search().slice(1);

/** Plain Pagefind's result URLs for `query` on the search page at `path` (its index is the page's language's). */
async function pagefindHits(path: string, query: string): Promise<string[]> {
  const page = await session.browser.newPage();
  await page.goto(`${session.site.url}${path}`);
  const urls = await page.evaluate(
    async (q, script) => {
      type Hit = { data(): Promise<{ url: string }> };
      const pagefind = (await import(script)) as { search(q: string): Promise<{ results: Hit[] }> };
      const response = await pagefind.search(q);
      return Promise.all(response.results.map(async (r) => (await r.data()).url));
    },
    query,
    `${session.site.url}${PAGEFIND_SCRIPT}`,
  );
  await page.close();
  return urls;
}

test("the Swedish search page searches in Swedish: its dictionary, its interface, its index", async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.site.url}${SEARCH}?q=${encodeURIComponent("foretagshalsovard")}`);
  const status = await searchAnnounced(page);
  assert.ok(status.includes(translate(sv, "search.showingFor", { q: "företagshälsovård" })), status);
  assert.ok((await resultLinks(page)).every((url) => new URL(url).pathname.startsWith("/sv/")));
  const dictionary = await page.$eval("form[data-dictionary]", (form) => form.getAttribute("data-dictionary"));
  assert.ok(dictionary?.startsWith(`${DICTIONARY_NAMES.sv}.`), `${dictionary}`);
  await page.close();
});

test("a Finnish fallback passage on a Swedish page is no Swedish search hit (and is a Finnish one)", async () => {
  // Only in Finnish: a word of an untranslated action, shown on Swedish actor pages inside lang="fi".
  const finnishOnly = "koordinoiva";
  const finnishHits = await pagefindHits(urlsIn("fi").search().slice(1), finnishOnly);
  assert.ok(finnishHits.length > 0, "the Finnish index has the word");
  assert.equal(await pagefindHits(SEARCH, finnishOnly), [], "the Swedish index has none of it");
  const swedishHits = await pagefindHits(SEARCH, "företagshälsovård");
  assert.ok(swedishHits.length > 0 && swedishHits.every((url) => url.startsWith("/sv/")), swedishHits.join(" "));
});

test("an untranslated page's Finnish title is no Swedish search hit; its result shows the title marked Finnish", async () => {
  // Pagefind 1.5 searches every metadata field: the untranslated actor's name, the title of its Swedish page
  // (found by the Swedish text of an action that mentions it), is only in Finnish.
  const finnishTitle = "vakuutusyhtiö";
  assert.ok((await pagefindHits(urlsIn("fi").search().slice(1), finnishTitle)).length > 0, "a Finnish hit");
  assert.equal(await pagefindHits(SEARCH, finnishTitle), [], "no Swedish hit");
  const page = await session.browser.newPage();
  await page.goto(`${session.site.url}${SEARCH}?q=${encodeURIComponent("försäkringsbolaget")}`);
  await searchAnnounced(page);
  const link = `#search-results a[href$="${urlsIn("sv").actor("vakuutusyhtio")}"]`;
  const title = await page.$eval(link, (a) => [a.textContent, a.querySelector("[lang]")?.getAttribute("lang")]);
  assert.equal(title, [finnishTitle, "fi"]);
  await page.close();
});

test("the Swedish judged set: success@5 ≥ 95 %, MRR@5 ≥ 0.85, never below plain Pagefind", async () => {
  assert.ok(SWEDISH_JUDGED_QUERIES.length >= 40, `only ${SWEDISH_JUDGED_QUERIES.length} Swedish judged queries`);
  const report = await measureJudged(session.browser, `${session.site.url}${SEARCH}`, SWEDISH_JUDGED_QUERIES);
  const misses = report.outcomes
    .filter((o) => reciprocalRank(o.ours, o.expect) === 0)
    .map((o) => `${o.query} → ${o.ours.join(" ")}`);
  const { ours, plain } = report.overall;
  assert.ok(ours.success >= 0.95, `success@5 ${ours.success}; misses: ${misses.join("; ")}`);
  assert.ok(ours.mrr >= 0.85, `MRR@5 ${ours.mrr}`);
  assert.ok(ours.success >= plain.success && ours.mrr >= plain.mrr, `plain Pagefind ${plain.success}/${plain.mrr}`);
});

test("the first Swedish search stays within the Finnish one's download budget (≤ 125 kB; a later one ≤ 100 kB)", async () => {
  const { first, typical } = await searchDownloads(session.browser, SWEDISH_DIR, SEARCH, DICTIONARY_NAMES.sv, {
    first: "arbetsförmåga",
    typical: "rehabilitering",
  });
  assert.ok(first > 30 * KB && first <= 125 * KB, `first search: ${(first / KB).toFixed(1)} kB`);
  assert.ok(typical > 0 && typical <= 100 * KB, `typical search: ${(typical / KB).toFixed(1)} kB`);
});

test.run();
