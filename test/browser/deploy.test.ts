/**
 * Deploy anywhere: a build under PATH_PREFIX=/tyokyky/ served only there,
 * the strict Content-Security-Policy of `_headers` applied in Chromium,
 * cache headers, the sitemap and each page's metadata.
 */
import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { HASHED_FOLDERS, headerRules, headersFor, SECURITY_HEADERS } from "../../scripts/deploy/headers.ts";
import { serveStatic, type RunningServer } from "../../scripts/serve/static-server.ts";
import { listFiles } from "../../lib/list-files.ts";
import { urls } from "../../lib/urls.ts";
import { absoluteUrl, deployment } from "../../lib/site-config.ts";
import { collectProblems, launchBrowser, resultLinks, searchAnnounced } from "../helpers/browser.ts";
import { LinkChecker } from "../helpers/link-check.ts";
import { buildPrefixedSite, PREFIX, PREFIXED_DIR, PREFIXED_ORIGIN } from "../helpers/prefixed-site.ts";
import { readPage, SITE_DIR, sitePages } from "../helpers/site.ts";

const pages = sitePages();
let browser: Browser;
let root: RunningServer;
let prefixed: RunningServer;

test.before(async () => {
  await buildPrefixedSite();
  root = await serveStatic({ root: SITE_DIR, hostHeaders: true });
  prefixed = await serveStatic({ root: PREFIXED_DIR, pathPrefix: PREFIX, hostHeaders: true });
  browser = await launchBrowser();
});
test.after(async () => {
  await browser.close();
  await root.close();
  await prefixed.close();
});

async function waitForResults(page: Page): Promise<string[]> {
  await searchAnnounced(page);
  return resultLinks(page);
}

test("under /tyokyky/: every internal link and asset of every page resolves inside the prefix", () => {
  const checker = new LinkChecker(PREFIXED_DIR, PREFIX);
  assert.equal(sitePages(PREFIXED_DIR), pages);
  for (const page of pages) assert.equal(checker.brokenOn(page), [], page);
});

test("under /tyokyky/: nothing is served outside the prefix", async () => {
  assert.is((await fetch(prefixed.url.replace(PREFIX, "/tilanteet/tyoton/"))).status, 404);
  assert.is((await fetch(`${prefixed.url}tilanteet/tyoton/`)).status, 200);
});

test("under /tyokyky/: search returns results whose links open, and the service worker's scope is the prefix", async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${prefixed.url}haku/?q=kuntoutus`);
  const hrefs = await waitForResults(page);
  assert.ok(hrefs.length > 0);
  for (const href of hrefs.slice(0, 5)) {
    assert.ok(new URL(href).pathname.startsWith(PREFIX), href);
    assert.is((await fetch(href)).status, 200, href);
  }
  await page.click("#search-results > li > h2 > a");
  await page.waitForFunction((prefix) => !location.pathname.endsWith(`${prefix}haku/`), {}, PREFIX);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.is(new URL(scope).pathname, PREFIX);
  await context.close();
});

test("with the CSP from _headers, no page violates it and search works", async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = await collectProblems(page);
  for (const url of pages.filter((p) => p !== "/404.html")) {
    const response = await page.goto(`${root.url}${url.slice(1)}`, { waitUntil: "load" });
    assert.is(response?.headers()["content-security-policy"], SECURITY_HEADERS["Content-Security-Policy"], url);
  }
  await page.goto(`${root.url}haku/?q=Kela`);
  const hrefs = await waitForResults(page);
  assert.ok(
    hrefs.some((h) => h.endsWith("/toimijat/kela/")),
    hrefs.join(", "),
  );
  assert.equal(problems, []);
  await context.close();
});

test("the preview sends the host's headers: security everywhere, a year for hashed assets, revalidation for HTML", async () => {
  const html = await fetch(root.url);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.is(html.headers.get(name), value, name);
  assert.is(html.headers.get("cache-control"), "no-cache");
  const home = readPage("/");
  const assets = [
    home.querySelector('link[rel="stylesheet"]')!.getAttribute("href")!,
    home.querySelector("script[src]")!.getAttribute("src")!,
  ];
  for (const asset of assets) {
    assert.match(asset, /^\/assets\/[\w-]+\.[\w-]{8,}\.(css|js)$/, "asset names carry a content hash");
    const response = await fetch(new URL(asset.slice(1), root.url));
    assert.is(response.status, 200);
    assert.is(response.headers.get("cache-control"), "public, max-age=31536000, immutable");
  }
  assert.is((await fetch(`${root.url}sw.js`)).headers.get("cache-control"), "no-cache");
});

/** Every file of a built site as its URL path under `prefix`. */
function sitePaths(dir: string, prefix: string): string[] {
  return listFiles(dir).map((file) => `${prefix}${relative(dir, file).split(sep).join("/")}`);
}

test("every file cached for a year carries a content hash in its name", () => {
  const yearLong = headerRules("/").filter((rule) => rule.headers["Cache-Control"]?.includes("immutable"));
  assert.is(yearLong.length, HASHED_FOLDERS.length);
  const cachedForAYear = sitePaths(SITE_DIR, "/").filter((path) => Object.keys(headersFor(path, yearLong)).length > 0);
  assert.ok(cachedForAYear.length > 20, `${cachedForAYear.length} files`);
  // site.02203eb88c.css, search.CCNIZEHY.js, and Pagefind's fi_39e5ec2 filter
  for (const path of cachedForAYear) assert.match(path, /[._-][0-9A-Za-z]{7,}\.[a-z_]+$/, path);
});

test("no two header rules give one path the same header (Cloudflare Pages would join their values)", () => {
  const rules = headerRules(PREFIX);
  const paths = sitePaths(PREFIXED_DIR, PREFIX);
  for (const path of paths) {
    const names = rules.flatMap((rule) => Object.keys(headersFor(path, [rule])));
    assert.is(new Set(names).size, names.length, `${path}: ${names.join(", ")}`);
  }
  assert.ok(paths.length > 100, `${paths.length} files`);
});

// accessibility-statement: sitemap
test("sitemap.xml lists exactly the built pages, as absolute URLs", () => {
  const sitemap = readFileSync(`${PREFIXED_DIR}/sitemap.xml`, "utf8");
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
  const unlisted = [urls.notFound(), urls.offline()];
  const expected = pages
    .filter((p) => !unlisted.includes(p))
    .map((p) => `${PREFIXED_ORIGIN}${PREFIX}${p.slice(1)}`)
    .sort();
  assert.equal(listed, expected);
  assert.ok(
    readFileSync(`${PREFIXED_DIR}/robots.txt`, "utf8").includes(`Sitemap: ${PREFIXED_ORIGIN}${PREFIX}sitemap.xml`),
    "robots.txt names the sitemap at its public address",
  );
});

test("every page has a title, a description, a canonical URL and Open Graph tags", () => {
  const titles = new Set<string>();
  for (const url of pages.filter((p) => p !== "/404.html")) {
    const html = readPage(url, PREFIXED_DIR);
    const meta = (selector: string) => html.querySelector(selector)?.getAttribute("content") ?? "";
    const title = html.querySelector("title")?.textContent ?? "";
    assert.ok(title && !titles.has(title), `${url}: title "${title}" missing or repeated`);
    titles.add(title);
    assert.ok(meta('meta[name="description"]').length > 20, url);
    assert.is(
      html.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      absoluteUrl(url, deployment({ SITE_URL: PREFIXED_ORIGIN, PATH_PREFIX: PREFIX }).url),
    );
    assert.ok(meta('meta[property="og:title"]') && meta('meta[property="og:description"]'), url);
    assert.ok(html.querySelector('meta[name="theme-color"]'), url);
    assert.ok(html.querySelector('link[rel="icon"][type="image/svg+xml"]'), url);
  }
});

test("the web app manifest names the handbook in Finnish and works under the prefix", () => {
  const manifest = JSON.parse(readFileSync(`${PREFIXED_DIR}/manifest.webmanifest`, "utf8")) as {
    name: string;
    lang: string;
    start_url: string;
    icons: { src: string }[];
  };
  assert.is(manifest.name, "Työkyvyn tuen käsikirja");
  assert.is(manifest.lang, "fi");
  assert.is(manifest.start_url, "./");
  assert.ok(
    manifest.icons.some((icon: { src: string }) => new LinkChecker(PREFIXED_DIR, PREFIX).fileFor(`/${icon.src}`)),
  );
});

test.run();
