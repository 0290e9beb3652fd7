/** What searching downloads, for the budgets of each language's search page. */
import type { Browser, Page } from "puppeteer-core";
import { PAGEFIND_DIR } from "../../lib/search/pagefind-files.ts";
import { serveStatic } from "../../scripts/serve/static-server.ts";
import { searchAnnounced } from "./browser.ts";

/** A page of its own whose downloads are the searches' alone: no service worker filling the offline cache meanwhile. */
export async function pageWithoutServiceWorker(browser: Browser): Promise<Page> {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.evaluateOnNewDocument(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  return page;
}

/**
 * The bytes on the wire of a first search (the page preloads the engine and searches at once, as the header's
 * search form sends a reader there) and of a typical later one, on the search page at `searchPath` of the
 * site in `root`, counted by a server that compresses like a host.
 */
export async function searchDownloads(
  browser: Browser,
  root: string,
  searchPath: string,
  dictionaryName: string,
  queries: { first: string; typical: string },
): Promise<{ first: number; typical: number }> {
  const sent: { path: string; bytes: number }[] = [];
  const counting = await serveStatic({ root, onSent: (path, bytes) => sent.push({ path, bytes }) });
  const page = await pageWithoutServiceWorker(browser);
  // The page's own HTML, stylesheet, scripts and icons are weighed above; the rest is what searching costs.
  const searchBytes = () =>
    sent
      .filter(({ path }) => path.includes(`/${PAGEFIND_DIR}/`) || path.includes(`/${dictionaryName}.`))
      .reduce((sum, { bytes }) => sum + bytes, 0);
  await page.goto(`${counting.url}${searchPath}?q=${encodeURIComponent(queries.first)}`, { waitUntil: "networkidle0" });
  await searchAnnounced(page);
  const first = searchBytes();
  sent.length = 0;
  await page.$eval("#search-q", (el) => ((el as HTMLInputElement).value = ""));
  await page.type("#search-q", queries.typical);
  await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, {}, queries.typical);
  await page.waitForFunction(
    (q) => document.querySelector("#search-results")?.getAttribute("data-query") === q,
    {},
    queries.typical,
  );
  await page.waitForNetworkIdle();
  await page.browserContext().close();
  await counting.close();
  return { first, typical: searchBytes() };
}
