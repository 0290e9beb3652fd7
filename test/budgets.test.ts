/**
 * Page weight budgets, in bytes: every reading page's HTML ≤ 8 kB gzip, the
 * CSS ≤ 8 kB gzip, reading needs no JavaScript; on the search page our own
 * JavaScript before the first keystroke ≤ 10 kB gzip, and a typical query
 * downloads ≤ 100 kB.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { serveStatic, type RunningServer } from "../scripts/serve/static-server.ts";
import { launchBrowser } from "./helpers/browser.ts";
import { readPage, SITE_DIR, sitePages, text } from "./helpers/site.ts";

const KB = 1024;
const gzipped = (path: string) => gzipSync(readFileSync(join(SITE_DIR, path))).length;
const fileOf = (page: string) => (page.endsWith("/") ? `${page}index.html` : page);
const pages = sitePages();

let site: RunningServer;
let browser: Browser;
test.before(async () => {
  site = await serveStatic({ root: SITE_DIR });
  browser = await launchBrowser();
});
test.after(async () => {
  await browser.close();
  await site.close();
});

test("every page's HTML is at most 8 kB gzipped", () => {
  const over = pages.map((p) => [p, gzipped(fileOf(p))] as const).filter(([, bytes]) => bytes > 8 * KB);
  assert.equal(over, [], over.map(([p, b]) => `${p}: ${b} B`).join("\n"));
});

test("the stylesheet is at most 8 kB gzipped", () => {
  const css = readPage("/").querySelector('link[rel="stylesheet"]')!.getAttribute("href")!;
  const bytes = gzipped(css);
  assert.ok(bytes <= 8 * KB, `${css}: ${bytes} B`);
});

test("reading needs no JavaScript: with it off, every page shows all of its main content", async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setJavaScriptEnabled(false);
  for (const url of pages) {
    await page.goto(`${site.url}${url.slice(1)}`);
    const shown = (await page.$eval("main", (main) => (main as HTMLElement).innerText)).replace(/\s+/g, " ");
    const expected = text(readPage(url).querySelector("main .actions, main h1"));
    assert.ok(shown.length > 100 && shown.includes(expected.slice(0, 60)), url);
  }
  await context.close();
});

test("the search page loads at most 10 kB gzipped of our own JavaScript before the first keystroke", async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (response.request().resourceType() === "script" && !url.pathname.includes("/pagefind/")) scripts.push(url.pathname);
  });
  await page.goto(`${site.url}haku/`, { waitUntil: "networkidle0" });
  assert.ok(scripts.length >= 2, scripts.join(", "));
  const bytes = scripts.reduce((sum, path) => sum + gzipped(path), 0);
  assert.ok(bytes <= 10 * KB, `${bytes} B: ${scripts.join(", ")}`);
  await context.close();
});

test("a typical query downloads at most 100 kB", async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${site.url}haku/`, { waitUntil: "networkidle0" });
  // Bytes on the wire, as the browser counts them (the test server compresses like a host).
  let bytes = 0;
  const cdp = await page.createCDPSession();
  await cdp.send("Network.enable");
  cdp.on("Network.loadingFinished", (event) => {
    bytes += event.encodedDataLength;
  });
  await page.type("#search-q", "kuntoutus");
  await page.waitForFunction(() => (document.querySelector("#hakutila")?.textContent ?? "") !== "", { timeout: 15_000 });
  await page.waitForNetworkIdle();
  assert.ok(bytes > 0, "the query downloaded nothing");
  assert.ok(bytes <= 100 * KB, `${(bytes / KB).toFixed(1)} kB`);
  await context.close();
});

test.run();
