/**
 * Page weight budgets, in bytes: every reading page's HTML ≤ 8 kB gzip (the
 * whole-handbook print page ≤ 16 kB), the CSS ≤ 8 kB gzip, reading needs no JavaScript; on the search page our own
 * JavaScript before the first keystroke ≤ 10 kB gzip, and a typical query
 * downloads ≤ 100 kB.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { DICTIONARY_NAMES } from "../../scripts/search/write-dictionary.ts";
import { searchAnnounced, siteInBrowser } from "../helpers/browser.ts";
import { pageWithoutServiceWorker, searchDownloads } from "../helpers/search-downloads.ts";
import { pagePath, readPage, SITE_DIR, sitePages, text } from "../helpers/site.ts";
import { SOFT_HYPHEN } from "../../lib/hyphenate.ts";
import { urls } from "../../lib/urls.ts";
import { PAGEFIND_DIR, PAGEFIND_SCRIPT } from "../../lib/search/pagefind-files.ts";

const KB = 1024;
const gzipped = (page: string) => gzipSync(readFileSync(pagePath(page))).length;
const pages = sitePages();

const session = siteInBrowser(test);

test("every page's HTML is at most 8 kB gzipped; the whole handbook's print page at most 16 kB", () => {
  // The print page is every other page's content in one, read once, on paper.
  const budget = (page: string) => (page === urls.print() ? 16 : 8) * KB;
  const over = pages.map((p) => [p, gzipped(p)] as const).filter(([p, bytes]) => bytes > budget(p));
  assert.equal(over, [], over.map(([p, b]) => `${p}: ${b} B`).join("\n"));
});

test("the stylesheet is at most 8 kB gzipped", () => {
  const css = readPage("/").querySelector('link[rel="stylesheet"]')!.getAttribute("href")!;
  const bytes = gzipped(css);
  assert.ok(bytes <= 8 * KB, `${css}: ${bytes} B`);
});

test("reading needs no JavaScript: with it off, every page shows all of its main content", async () => {
  const context = await session.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setJavaScriptEnabled(false);
  for (const url of pages) {
    await page.goto(`${session.site.url}${url.slice(1)}`);
    const shown = (await page.$eval("main", (main) => main.innerText)).replaceAll(SOFT_HYPHEN, "").replace(/\s+/g, " ");
    const expected =
      readPage(url)
        .querySelectorAll("main p, main li")
        .map(text)
        .find((t) => t.length > 0) ?? "";
    assert.ok(shown.length > 100 && shown.includes(expected.slice(0, 60)), url);
  }
  await context.close();
});

test("the search page loads at most 10 kB gzipped of our own JavaScript before the first keystroke", async () => {
  const context = await session.browser.createBrowserContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (response.request().resourceType() === "script" && !url.pathname.includes(`/${PAGEFIND_DIR}/`))
      scripts.push(url.pathname);
  });
  await page.goto(`${session.site.url}haku/`, { waitUntil: "networkidle0" });
  assert.ok(scripts.length >= 2, scripts.join(", "));
  const bytes = scripts.reduce((sum, path) => sum + gzipped(path), 0);
  assert.ok(bytes <= 10 * KB, `${bytes} B: ${scripts.join(", ")}`);
  await context.close();
});

test("search downloads: the first search (Pagefind, its index, the dictionary) ≤ 125 kB, a typical later one ≤ 100 kB", async () => {
  const { first, typical } = await searchDownloads(session.browser, SITE_DIR, "haku/", DICTIONARY_NAMES.fi, {
    first: "työkyky",
    typical: "kuntoutus",
  });
  assert.ok(first > 70 * KB && first <= 125 * KB, `first search: ${(first / KB).toFixed(1)} kB`);
  assert.ok(typical > 0 && typical <= 100 * KB, `typical search: ${(typical / KB).toFixed(1)} kB`);
});

test("the search page's preloads are what its first search uses: each is fetched by the page and downloaded once", async () => {
  const page = await pageWithoutServiceWorker(session.browser);
  await page.evaluateOnNewDocument(() => {
    // What the page's own code fetches, Pagefind's included.
    const fetched: string[] = ((window as unknown as { fetched: string[] }).fetched = []);
    const fetchOriginal = window.fetch.bind(window);
    window.fetch = (input, init) => {
      fetched.push(new URL(input instanceof Request ? input.url : String(input), location.href).href);
      return fetchOriginal(input, init);
    };
  });
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto(`${session.site.url}haku/?q=${encodeURIComponent("työkyky")}`, { waitUntil: "networkidle0" });
  await searchAnnounced(page);
  const fetched = await page.evaluate(() => (window as unknown as { fetched: string[] }).fetched);
  const preloads = await page.$$eval("link[rel=preload], link[rel=modulepreload]", (links) =>
    links.map((link) => [link.getAttribute("rel"), link.href] as const),
  );
  assert.ok(preloads.length >= 5, preloads.join(", "));
  for (const [rel, url] of preloads) {
    const downloads = requested.filter((r) => r === url).length;
    assert.equal(downloads, 1, `${url} downloaded ${downloads} times: the page did not use the preloaded response`);
    if (rel === "preload") assert.ok(fetched.includes(url), `${url} is preloaded but the page never fetches it`);
  }
  assert.ok(
    await page.evaluate(
      (script) => performance.getEntriesByType("resource").some((entry) => entry.name.endsWith(`/${script}`)),
      PAGEFIND_SCRIPT,
    ),
    "Pagefind's script was loaded",
  );
  await page.browserContext().close();
});

test.run();
