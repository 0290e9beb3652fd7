/**
 * Page weight budgets, in bytes: every reading page's HTML ≤ 8 kB gzip, the
 * CSS ≤ 8 kB gzip, reading needs no JavaScript; on the search page our own
 * JavaScript before the first keystroke ≤ 10 kB gzip, and a typical query
 * downloads ≤ 100 kB.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Browser } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { serveStatic } from "../../scripts/serve/static-server.ts";
import { searchAnnounced, siteInBrowser } from "../helpers/browser.ts";
import { pagePath, readPage, SITE_DIR, sitePages, text } from "../helpers/site.ts";
import { SOFT_HYPHEN } from "../../lib/hyphenate.ts";

const KB = 1024;
const gzipped = (page: string) => gzipSync(readFileSync(pagePath(page))).length;
const pages = sitePages();

const session = siteInBrowser(test);

test("every page's HTML is at most 8 kB gzipped", () => {
  const over = pages.map((p) => [p, gzipped(p)] as const).filter(([, bytes]) => bytes > 8 * KB);
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
    const shown = (await page.$eval("main", (main) => (main as HTMLElement).innerText)).replaceAll(SOFT_HYPHEN, "").replace(/\s+/g, " ");
    const expected = readPage(url).querySelectorAll("main p, main li").map(text).find((t) => t.length > 0) ?? "";
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
    if (response.request().resourceType() === "script" && !url.pathname.includes("/pagefind/")) scripts.push(url.pathname);
  });
  await page.goto(`${session.site.url}haku/`, { waitUntil: "networkidle0" });
  assert.ok(scripts.length >= 2, scripts.join(", "));
  const bytes = scripts.reduce((sum, path) => sum + gzipped(path), 0);
  assert.ok(bytes <= 10 * KB, `${bytes} B: ${scripts.join(", ")}`);
  await context.close();
});

test("search downloads: a typical query ≤ 100 kB, the first one (loading Pagefind) ≤ 125 kB", async () => {
  // Bytes on the wire, counted by a server that compresses like a host.
  let bytes = 0;
  const counting = await serveStatic({ root: SITE_DIR, onSent: (_path, sent) => (bytes += sent) });
  const context = await session.browser.createBrowserContext();
  const page = await context.newPage();
  // The queries alone: no service worker filling the offline cache meanwhile.
  await page.evaluateOnNewDocument(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  await page.goto(`${counting.url}haku/`, { waitUntil: "networkidle0" });
  const query = async (words: string): Promise<number> => {
    bytes = 0;
    await page.$eval("#search-q", (el) => ((el as HTMLInputElement).value = ""));
    await page.type("#search-q", words);
    await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, {}, words);
    await searchAnnounced(page);
    await page.waitForNetworkIdle();
    return bytes;
  };
  const first = await query("työkyky");
  const typical = await query("kuntoutus");
  assert.ok(first <= 125 * KB, `first query: ${(first / KB).toFixed(1)} kB`);
  assert.ok(typical > 0 && typical <= 100 * KB, `typical query: ${(typical / KB).toFixed(1)} kB`);
  await context.close();
  await counting.close();
});

test.run();
