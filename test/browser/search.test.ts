/**
 * Search in a real browser (Debian's Chromium through puppeteer-core), the
 * site served on 127.0.0.1: keywords, filters, Finnish inflection, queries
 * without ä/ö, compound parts, typos and their corrections, result titles and
 * kinds, every page findable, the URL as state, keyboard use, no JavaScript,
 * offline, and the judged query set against plain Pagefind.
 */
import type { Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { urls } from "../../lib/urls.ts";
import { INDEX_DIR, isGzippedPagefindUrl, pagefindWasm } from "../../lib/search/pagefind-files.ts";
import { measureJudged, reciprocalRank } from "../../scripts/search/recall.ts";
import { JUDGED_QUERIES, QUERY_KINDS } from "../../scripts/search/judged-queries.ts";
import { resultLinks, searchAnnounced, siteInBrowser } from "../helpers/browser.ts";
import { loadHandbook, readPage, sitePages, text } from "../helpers/site.ts";

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

/**
 * Pages that are not content: the search page itself, the 404 page, the service worker's offline page, and
 * the whole handbook on one page for print (every passage is on its own page too, which search finds).
 */
const NOT_CONTENT = [urls.search(), urls.notFound(), urls.offline(), urls.print()];

/** Every content page with the title its search result shows (its data-pagefind-meta title). */
function readIndexedPages(): Array<{ path: string; title: string }> {
  return sitePages()
    .filter((path) => !NOT_CONTENT.includes(path))
    .map((path) => {
      const html = readPage(path);
      assert.ok(html.querySelector("[data-pagefind-body]"), `${path} is not indexed`);
      return { path, title: text(html.querySelector('[data-pagefind-meta="title"]')) };
    });
}

/** Types a query into the open search page, as a reader would, and waits for its results. */
async function typeSearch(page: Page, query: string): Promise<void> {
  await page.$eval("#search-q", (el) => ((el as HTMLInputElement).value = ""));
  await page.type("#search-q", query);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>("#search-results")?.dataset.query === q,
    { timeout: 15_000 },
    query,
  );
}

/** The shown results' titles, kinds-and-facets lines and excerpts, in order. */
async function shownResults(
  page: Page,
): Promise<Array<{ href: string; title: string; details: string; excerpt: string }>> {
  return page.$$eval("#search-results > li", (items) =>
    items.map((li) => ({
      href: new URL(li.querySelector<HTMLAnchorElement>("h2 > a")!.href).pathname,
      title: li.querySelector("h2")!.textContent ?? "",
      details: li.querySelector(".search-result__details")?.textContent ?? "",
      excerpt: li.querySelector(".search-result__excerpt")?.textContent ?? "",
    })),
  );
}

/** Every result: "Näytä lisää tuloksia" is pressed until all are shown. */
async function results(page: Page): Promise<{ status: string; hrefs: string[] }> {
  while (await page.$eval("#search-more", (button) => !(button as HTMLButtonElement).hidden)) {
    const before = await page.$$eval("#search-results > li", (items) => items.length);
    // A DOM click: a mouse click aims at coordinates, which a late layout change can move.
    await page.$eval("#search-more", (button) => (button as HTMLButtonElement).click());
    await page.waitForFunction((n) => document.querySelectorAll("#search-results > li").length > n, {}, before);
  }
  return {
    status: await searchAnnounced(page),
    hrefs: (await resultLinks(page)).map((href) => new URL(href).pathname),
  };
}

test("every keyword of the source finds its keyword page", async () => {
  const page = await openPage();
  await page.goto(`${session.site.url}haku/`);
  for (const keyword of handbook.keywords) {
    await typeSearch(page, keyword.label);
    const { hrefs } = await results(page);
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
  await page.goto(`${session.site.url}haku/`);
  for (const [query, url] of expectations) {
    await typeSearch(page, query);
    const { hrefs } = await results(page);
    assert.ok(hrefs.includes(url), `"${query}" → ${hrefs.slice(0, 5).join(", ")}`);
  }
  await page.browserContext().close();
});

test("inflected queries find the page of their base form", async () => {
  const page = await openPage();
  await page.goto(`${session.site.url}haku/`);
  for (const [query, url] of [
    ["kuntoutuksen", "/asiasanat/kuntoutus/"],
    ["työttömien", "/asiasanat/tyoton/"],
    ["yhteistyössä", "/asiasanat/yhteistyo/"],
  ]) {
    await typeSearch(page, query!);
    const { hrefs } = await results(page);
    assert.ok(hrefs.includes(url!), `"${query}" → ${hrefs.slice(0, 5).join(", ")}`);
  }
  await page.browserContext().close();
});

test("a filter narrows the results, and every remaining result matches it", async () => {
  const page = await openPage();
  const count = (status: string) => Number(/\d+/.exec(status)?.[0] ?? 0);
  const all = await searchFor(page, "q=kuntoutus");
  const narrowed = await searchFor(page, "q=kuntoutus&vaihe=primaarivaihe");
  assert.ok(
    count(narrowed.status) > 0 && count(narrowed.status) < count(all.status),
    `${narrowed.status} vs ${all.status}`,
  );
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
  assert.ok(await page.$eval('input[name="tilanne"][value="tyoton"]', (el) => el.checked));
  const first = await results(page);
  assert.ok(first.hrefs.length > 0);

  await page.$eval("#search-q", (el) => ((el as HTMLInputElement).value = ""));
  await page.type("#search-q", "työpaikka");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "työpaikka");
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>("#search-results")?.dataset.query === "työpaikka",
  );

  await page.goBack();
  await page.waitForFunction(() => (document.querySelector("#search-q") as HTMLInputElement).value === "kela");
  await page.waitForFunction(
    (expected) => document.querySelector("#search-status")?.textContent === expected,
    {},
    first.status,
  );
  assert.equal((await results(page)).hrefs, first.hrefs);
  await page.browserContext().close();
});

// accessibility-statement: search
test("keyboard only: type, submit with Enter, Tab to a result, open it with Enter", async () => {
  const page = await openPage();
  await page.goto(`${session.site.url}haku/`);
  await page.focus("#search-q");
  await page.keyboard.type("työvalmentaja");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#search-results > li a");
  // From the input: the submit button, the filters' summary, then the first result.
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  const focused = await page.evaluate(
    () => document.activeElement?.closest("#search-results") !== null && document.activeElement?.tagName,
  );
  assert.is(focused, "A");
  await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  assert.ok(new URL(page.url()).pathname !== "/haku/");
  await page.browserContext().close();
});

test("without JavaScript the search page offers the keyword index, the situations and the phases", async () => {
  const page = await openPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(`${session.site.url}haku/?q=kela`);
  // "\u00AD": the soft hyphens that lib/hyphenate.ts puts into "JavaScriptiä".
  assert.ok(
    await page.$eval(
      "#search-no-js",
      (el) => !(el as HTMLElement).hidden && (el.textContent ?? "").replaceAll("\u00AD", "").includes("JavaScript"),
    ),
  );
  const links = await page.$$eval(".search-browse a", (as) => as.map((a) => new URL(a.href).pathname));
  const expected = [
    ...handbook.keywords.map((k) => urls.keyword(k.id)),
    ...handbook.situations.map((s) => urls.situation(s.id)),
    ...handbook.phases.map((p) => urls.phase(p.id)),
  ];
  assert.equal(
    expected.filter((url) => !links.includes(url)),
    [],
  );
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

test("Pagefind's gzipped files are inflated by the browser's DecompressionStream, not in JavaScript on the main thread", async () => {
  const page = await openPage();
  await page.evaluateOnNewDocument(() => {
    const counter = ((window as unknown as { inflations: { count: number } }).inflations = { count: 0 });
    const Native = window.DecompressionStream;
    window.DecompressionStream = class extends Native {
      constructor(format: CompressionFormat) {
        super(format);
        counter.count++;
      }
    };
  });
  const gzipped: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (isGzippedPagefindUrl(path)) gzipped.push(path);
  });
  const { hrefs } = await searchFor(page, `q=${encodeURIComponent("kuntoutus")}`);
  assert.ok(hrefs.length > 0);
  assert.ok(gzipped.length >= 4, gzipped.join(", "));
  assert.is(
    await page.evaluate(() => (window as unknown as { inflations: { count: number } }).inflations.count),
    gzipped.length,
    gzipped.join(", "),
  );
  await page.browserContext().close();
});

test('a search whose downloads fail says so (not "no results"), and the next search downloads afresh', async () => {
  for (const failing of [`/${pagefindWasm("fi")}`, `/${INDEX_DIR}/`]) {
    const page = await openPage();
    await page.setRequestInterception(true);
    let blocked = true;
    page.on(
      "request",
      (request) => void (blocked && request.url().includes(failing) ? request.abort() : request.continue()),
    );
    const { status, hrefs } = await searchFor(page, `q=${encodeURIComponent("kuntoutus")}`);
    assert.match(status, /ei nyt onnistunut/, `${failing}: ${status}`);
    assert.equal(hrefs, [], failing);
    assert.ok(
      await page.$eval(".search-browse", (browse) => !(browse as HTMLElement).hidden),
      `${failing}: the browsing lists are offered instead`,
    );
    blocked = false;
    await typeSearch(page, "kuntoutus");
    assert.match(await page.$eval("#search-status", (el) => el.textContent ?? ""), /\d+ tulosta/, failing);
    assert.ok((await resultLinks(page)).length > 0, failing);
    await page.browserContext().close();
  }
});

test("nothing on the search page jumps as its script starts or its results arrive (layout shift < 0.01)", async () => {
  for (const params of ["", `q=${encodeURIComponent("kuntoutus")}`]) {
    const page = await openPage();
    await page.setViewport({ width: 412, height: 823 });
    await page.evaluateOnNewDocument(() => {
      const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) shifts.push(entry.value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(`${session.site.url}haku/?${params}`, { waitUntil: "networkidle0" });
    if (params) await searchAnnounced(page);
    const shift = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
    );
    assert.ok(shift < 0.01, `/haku/?${params}: layout shift ${shift.toFixed(3)}`);
    await page.browserContext().close();
  }
});

test("a query without ä/ö finds the page, says what it searched, and the exact spelling ranks first", async () => {
  const page = await openPage();
  const { hrefs, status } = await searchFor(page, "q=tyoterveyshuolto");
  assert.is(hrefs[0], "/toimijat/tyoterveyshuolto/");
  assert.ok(status.includes("”työterveyshuolto”"), status);
  const withDiacritics = await searchFor(page, `q=${encodeURIComponent("työterveyshuolto")}`);
  assert.is(withDiacritics.hrefs[0], "/toimijat/tyoterveyshuolto/");
  assert.not.ok(withDiacritics.status.includes("Näytetään"), "nothing was widened, so nothing is said");
  await page.browserContext().close();
});

test("the tail of a compound finds the compound's page first", async () => {
  const page = await openPage();
  for (const [query, url] of [
    ["koordinaattori", "/toimijat/tyokykykoordinaattori/"],
    ["ohjaaja", "/toimijat/kuntoutusohjaaja/"],
    ["valmentaja", "/toimijat/tyovalmentaja/"],
  ]) {
    const { hrefs } = await searchFor(page, `q=${query}`);
    assert.is(hrefs[0], url, `"${query}" → ${hrefs.slice(0, 3).join(", ")}`);
  }
  await page.browserContext().close();
});

test("a typo offers its correction as a link in the live region, searches it, and the link works from the keyboard", async () => {
  const page = await openPage();
  await page.goto(`${session.site.url}haku/`);
  await page.focus("#search-q");
  await page.keyboard.type("psykoloki");
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>("#search-results")?.dataset.query === "psykoloki",
  );
  const region = await page.$eval("#search-status", (el) => ({
    role: el.getAttribute("role"),
    text: el.textContent ?? "",
    links: [...el.querySelectorAll("a")].map((a) => a.textContent),
  }));
  assert.is(region.role, "status");
  assert.ok(region.text.includes("Tarkoititko"), region.text);
  assert.is(region.links[0], "psykologi");
  assert.is((await shownResults(page))[0]?.href, "/toimijat/psykologi/", "the best correction is searched");
  // From the input: the submit button, the filters' summary, then the correction.
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  assert.is(
    await page.evaluate(
      () => document.activeElement?.closest("#search-status") !== null && document.activeElement?.textContent,
    ),
    "psykologi",
  );
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "psykologi");
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>("#search-results")?.dataset.query === "psykologi",
  );
  assert.is(await page.$eval("#search-q", (el) => (el as HTMLInputElement).value), "psykologi");
  assert.not.ok(
    await page.$eval("#search-status", (el) => (el.textContent ?? "").includes("Tarkoititko")),
    "a known word needs no correction",
  );
  await page.browserContext().close();
});

test("every kind of page has a clean result title and says its kind", async () => {
  const page = await openPage();
  const situation = handbook.situations.find((s) => s.id === "tyoton")!;
  const phase = handbook.phases.find((p) => p.id === "primaarivaihe")!;
  const actor = handbook.actors.find((a) => a.id === "kela")!;
  const keyword = handbook.keywords.find((k) => k.id === "kuntoutustarve")!;
  const cases = [
    { query: situation.name, href: `/tilanteet/${situation.id}/`, title: situation.title, kind: "Tilanne" },
    { query: phase.name, href: `/vaiheet/${phase.id}/`, title: `${phase.name}: ${phase.description}`, kind: "Vaihe" },
    {
      query: `${situation.name} ${phase.name}`,
      href: `/polku/${situation.id}/${phase.id}/`,
      title: `${situation.name}: ${phase.name}`,
      kind: "Asiakkaan polku",
    },
    { query: actor.name, href: `/toimijat/${actor.id}/`, title: actor.name, kind: "Toimija" },
    { query: keyword.label, href: `/asiasanat/${keyword.id}/`, title: keyword.label, kind: "Asiasana" },
    { query: "saavutettavuus", href: "/saavutettavuusseloste/", title: "Saavutettavuusseloste", kind: "Sivu" },
  ];
  await page.goto(`${session.site.url}haku/`);
  for (const expected of cases) {
    await typeSearch(page, expected.query);
    const first = (await shownResults(page))[0]!;
    assert.equal(
      { href: first.href, title: first.title },
      { href: expected.href, title: expected.title },
      `"${expected.query}"`,
    );
    assert.ok(first.details.startsWith(expected.kind), `"${expected.query}": ${first.details}`);
  }
  await page.browserContext().close();
});

test("excerpts come from the content, never from labels or navigation", async () => {
  const page = await openPage();
  const furniture = ["Tyyppi", "Osa toimijaa", "Tukena asiakkaan tilanteissa", "Käsikirja ei kysy"];
  let seen = 0;
  await page.goto(`${session.site.url}haku/`);
  for (const query of ["kela", "työterveyshoitaja", "tyoton primaarivaihe"]) {
    await typeSearch(page, query);
    for (const result of await shownResults(page)) {
      seen++;
      assert.ok(result.excerpt.trim().length > 0, `${result.href} has no excerpt`);
      for (const label of furniture)
        assert.not.ok(result.excerpt.includes(label), `${result.href}: "${result.excerpt}"`);
    }
  }
  assert.ok(seen >= 15, `only ${seen} results seen`);
  await page.browserContext().close();
});

test("every page of the site is findable by its title, the accessibility statement included", async () => {
  const page = await openPage();
  const titled = readIndexedPages();
  assert.ok(titled.length >= 60, `only ${titled.length} indexed pages`);
  assert.ok(titled.some((p) => p.path === "/saavutettavuusseloste/"));
  const missing: string[] = [];
  await page.goto(`${session.site.url}haku/`);
  for (const { path, title } of titled) {
    await typeSearch(page, title);
    const top = (await shownResults(page)).slice(0, 5).map((r) => r.href);
    if (!top.includes(path)) missing.push(`${title} → ${top.join(" ")}`);
  }
  assert.equal(missing, []);
  await page.browserContext().close();
});

test("the judged query set: success@5 ≥ 95 % overall and ≥ 90 % per kind, MRR@5 ≥ 0.85, never below plain Pagefind", async () => {
  const report = await measureJudged(session.browser, `${session.site.url}haku/`);
  assert.is(report.outcomes.length, JUDGED_QUERIES.length);
  assert.ok(report.outcomes.length >= 150, `only ${report.outcomes.length} judged queries`);
  assert.is(report.byKind.size, QUERY_KINDS.length);
  const misses = report.outcomes
    .filter((o) => reciprocalRank(o.ours, o.expect) === 0)
    .map((o) => `${o.query} → ${o.ours.join(" ")}`);
  assert.ok(
    report.overall.ours.success >= 0.95,
    `success@5 ${report.overall.ours.success}; misses: ${misses.join("; ")}`,
  );
  assert.ok(report.overall.ours.mrr >= 0.85, `MRR@5 ${report.overall.ours.mrr}`);
  for (const [kind, { ours, plain }] of report.byKind) {
    assert.ok(ours.success >= 0.9, `${kind}: success@5 ${ours.success}`);
    assert.ok(
      ours.success >= plain.success && ours.mrr >= plain.mrr,
      `${kind}: ours ${ours.success}/${ours.mrr.toFixed(2)} below plain ${plain.success}/${plain.mrr.toFixed(2)}`,
    );
  }
});

test.run();
