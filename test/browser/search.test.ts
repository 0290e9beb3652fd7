/**
 * Search in a real browser (Debian's Chromium through puppeteer-core), the
 * site served on 127.0.0.1: keywords, filters, Finnish inflection, the URL
 * as state, keyboard use, no JavaScript, offline, and recall.
 */
import type { Browser, Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { urls } from "../../lib/urls.ts";
import { measureRecall } from "../../scripts/search/recall.ts";
import { resultLinks, searchAnnounced, siteInBrowser } from "../helpers/browser.ts";
import { loadHandbook, readPage, SITE_DIR, text } from "../helpers/site.ts";

const handbook = loadHandbook();
const session = siteInBrowser(test);

async function openPage(): Promise<Page> {
  const context = await session.browser.createBrowserContext();
  return context.newPage();
}

/** Opens the search page at `query` and waits until the result count is announced. */
async function searchFor(page: Page, params: string): Promise<{ status: string; hrefs: string[] }> {
  await page.goto(`${session.site.url}haku/?${params}`);
  await searchAnnounced(page);
  return results(page);
}

/** Every result: "Näytä lisää tuloksia" is pressed until all are shown. */
async function results(page: Page): Promise<{ status: string; hrefs: string[] }> {
  while (await page.$eval("#lisaa-tuloksia", (button) => !(button as HTMLButtonElement).hidden)) {
    const before = await page.$$eval("#hakutulokset > li", (items) => items.length);
    await page.click("#lisaa-tuloksia");
    await page.waitForFunction((n) => document.querySelectorAll("#hakutulokset > li").length > n, {}, before);
  }
  return {
    status: await searchAnnounced(page),
    hrefs: (await resultLinks(page)).map((href) => new URL(href).pathname),
  };
}

test("every keyword of the source finds its keyword page", async () => {
  const page = await openPage();
  for (const keyword of handbook.keywords) {
    const { hrefs } = await searchFor(page, `q=${encodeURIComponent(keyword.label)}`);
    assert.ok(hrefs.includes(urls.keyword(keyword.id)), `"${keyword.label}" → ${hrefs.slice(0, 5).join(", ")}`);
  }
  await page.browserContext().close();
});

test("the terms professionals look up find the pages that hold them", async () => {
  const page = await openPage();
  const expectations: Array<[string, string]> = [
    ["TYP", "/toimijat/typ/"],
    ["osasairauspäiväraha", "/kuka-voi-tukea/"],
    ["kuntoutustarve", "/asiasanat/kuntoutustarve/"],
    ["työkykykoordinaattori", "/toimijat/tyokykykoordinaattori/"],
  ];
  for (const [query, url] of expectations) {
    const { hrefs } = await searchFor(page, `q=${encodeURIComponent(query)}`);
    assert.ok(hrefs.includes(url), `"${query}" → ${hrefs.slice(0, 5).join(", ")}`);
  }
  await page.browserContext().close();
});

test("inflected queries find the page of their base form", async () => {
  const page = await openPage();
  for (const [query, url] of [["kuntoutuksen", "/asiasanat/kuntoutus/"], ["työttömien", "/asiasanat/tyoton/"], ["yhteistyössä", "/asiasanat/yhteistyo/"]]) {
    const { hrefs } = await searchFor(page, `q=${encodeURIComponent(query!)}`);
    assert.ok(hrefs.includes(url!), `"${query}" → ${hrefs.slice(0, 5).join(", ")}`);
  }
  await page.browserContext().close();
});

test("a filter narrows the results, and every remaining result matches it", async () => {
  const page = await openPage();
  const count = (status: string) => Number(/\d+/.exec(status)?.[0] ?? 0);
  const all = await searchFor(page, "q=kuntoutus");
  const narrowed = await searchFor(page, "q=kuntoutus&vaihe=primaarivaihe");
  assert.ok(count(narrowed.status) > 0 && count(narrowed.status) < count(all.status), `${narrowed.status} vs ${all.status}`);
  for (const href of narrowed.hrefs) {
    const phases = readPage(href).querySelectorAll('[data-pagefind-filter="vaihe"]').map(text);
    assert.ok(phases.includes("primaarivaihe"), `${href} is not in primaarivaihe`);
  }
  await page.browserContext().close();
});

test("the URL holds the search: it restores it, and Back returns to the previous one", async () => {
  const page = await openPage();
  await searchFor(page, "q=kela&tilanne=tyoton");
  assert.is(await page.$eval("#search-q", (el) => (el as HTMLInputElement).value), "kela");
  assert.ok(await page.$eval('input[name="tilanne"][value="tyoton"]', (el) => (el as HTMLInputElement).checked));
  const first = await results(page);
  assert.ok(first.hrefs.length > 0);

  await page.$eval("#search-q", (el) => ((el as HTMLInputElement).value = ""));
  await page.type("#search-q", "työpaikka");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "työpaikka");
  await page.waitForFunction((before) => document.querySelector("#hakutila")?.textContent !== before, {}, first.status);

  await page.goBack();
  await page.waitForFunction(() => (document.querySelector("#search-q") as HTMLInputElement).value === "kela");
  await page.waitForFunction((expected) => document.querySelector("#hakutila")?.textContent === expected, {}, first.status);
  assert.equal((await results(page)).hrefs, first.hrefs);
  await page.browserContext().close();
});

test("keyboard only: type, submit with Enter, Tab to a result, open it with Enter", async () => {
  const page = await openPage();
  await page.goto(`${session.site.url}haku/`);
  await page.focus("#search-q");
  await page.keyboard.type("työvalmentaja");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#hakutulokset > li a");
  // From the input: the submit button, the filters' summary, then the first result.
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.closest("#hakutulokset") !== null && document.activeElement?.tagName);
  assert.is(focused, "A");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  assert.ok(new URL(page.url()).pathname !== "/haku/");
  await page.browserContext().close();
});

test("without JavaScript the search page offers the keyword index, the situations and the phases", async () => {
  const page = await openPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(`${session.site.url}haku/?q=kela`);
  assert.ok(await page.$eval("#haku-ilman-javascriptia", (el) => !(el as HTMLElement).hidden && (el.textContent ?? "").includes("JavaScript")));
  const links = await page.$$eval(".search-browse a", (as) => as.map((a) => new URL(a.href).pathname));
  const expected = [...handbook.keywords.map((k) => urls.keyword(k.id)), ...handbook.situations.map((s) => urls.situation(s.id)), ...handbook.phases.map((p) => urls.phase(p.id))];
  assert.equal(expected.filter((url) => !links.includes(url)), []);
  assert.is(links.length, expected.length, "the browsing lists link each keyword, situation and phase once");
  await page.browserContext().close();
});

test("offline after one visit: another page opens and search works", async () => {
  const page = await openPage();
  await page.goto(session.site.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // now controlled by the service worker
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.setOfflineMode(true);
  const response = await page.goto(`${session.site.url}tilanteet/tyoterveyshuollon-piirissa/`);
  assert.ok(response?.ok(), "the page did not open offline");
  assert.ok((await page.$eval("h1", (h) => h.textContent ?? "")).length > 0);
  const { hrefs } = await searchFor(page, "q=kuntoutuksen");
  assert.ok(hrefs.includes("/asiasanat/kuntoutus/"), hrefs.join(", "));
  await page.setOfflineMode(false);
  await page.browserContext().close();
});

test("with the service worker blocked the handbook and its search still work", async () => {
  const page = await openPage();
  await page.setBypassServiceWorker(true);
  await page.goto(`${session.site.url}tilanteet/tyoton/`);
  assert.ok(await page.$("table.matrix"));
  const { hrefs } = await searchFor(page, "q=Kela");
  assert.ok(hrefs.includes("/toimijat/kela/"), hrefs.join(", "));
  await page.browserContext().close();
});

test("Finnish recall: at least 95 % of inflected queries find their base form's page", async () => {
  const report = await measureRecall(SITE_DIR);
  assert.ok(report.judged >= 100, `only ${report.judged} queries could be judged`);
  const recall = report.oursFound / report.judged;
  assert.ok(recall >= 0.95, `recall ${(recall * 100).toFixed(1)} %; misses: ${report.misses.map((m) => m.query).join(", ")}`);
  assert.ok(report.oursFound > report.plainFound, "no better than plain Pagefind");
});

test.run();
