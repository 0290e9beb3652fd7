/**
 * WCAG 1.4.10 Reflow and 1.4.12 Text spacing on every built page: at
 * 320 × 640 CSS px, and at 1280 × 720 with 400 % zoom (320 × 180 CSS px at
 * device scale 4, which is what zooming does to the layout), with the W3C's
 * text-spacing overrides, and with an unbroken 60-letter word added to an
 * action: no sideways scrolling, no text outside the screen or cut off.
 * Swedish: a page of each kind, from the fixture translation (Swedish text
 * and Finnish fallbacks, each hyphenated in its own language).
 */
import type { Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { searchAnnounced, siteInBrowser } from "../helpers/browser.ts";
import { installProbes } from "../helpers/probes.ts";
import { sitePages } from "../helpers/site.ts";
import { LANGUAGES, NATIONAL_LANGUAGE, type Language } from "../../lib/languages.ts";
import { urls } from "../../lib/urls.ts";
import { pageTypes } from "../helpers/page-types.ts";

// Every built page, and the search page with results (whose excerpts come from the index, not hyphenated);
// in each other language, a page of each kind (with it, the search page with results).
const SEARCH_WITH_RESULTS = `${urls.search()}?q=kela`;
const pages: ReadonlyArray<readonly [Language, string]> = [
  ...[...sitePages(), SEARCH_WITH_RESULTS].map((url) => [NATIONAL_LANGUAGE, url] as const),
  ...LANGUAGES.filter((language) => language !== NATIONAL_LANGUAGE).flatMap((language) =>
    Object.values(pageTypes(language)).map((url) => [language, url] as const),
  ),
];
const session = siteInBrowser(test);
let page: Page;

test.before(async () => {
  page = await session.browser.newPage();
  await installProbes(page);
});

const narrow = { width: 320, height: 640, deviceScaleFactor: 1 };
const zoomed = { width: 1280 / 4, height: 720 / 4, deviceScaleFactor: 4 };

for (const [language, url] of pages) {
  // accessibility-statement: reflow
  test(`reflow at 320 px and 400 % zoom, with text spacing and a 60-letter word: ${url}`, async () => {
    await page.setViewport(narrow);
    await page.goto(await session.pageUrl(language, url));
    if (url.includes(SEARCH_WITH_RESULTS)) await searchAnnounced(page);
    const found: string[] = [];
    const check = async (situation: string) => {
      for (const problem of await page.evaluate(() => probes.reflowProblems())) found.push(`${situation}: ${problem}`);
    };
    await check("320 × 640");
    await page.setViewport(zoomed);
    await check("1280 px at 400 %");
    await page.evaluate(() => probes.applyTextSpacing());
    await check("400 % with text spacing");
    const into = await page.evaluate(() => probes.injectLongWord());
    assert.ok(into, "no action or paragraph to put the long word into");
    await check(`400 % with text spacing and a 60-letter word in ${into}`);
    await page.setViewport(narrow);
    await check(`320 × 640 with text spacing and a 60-letter word in ${into}`);
    assert.equal(found, []);
  });
}

test("every page was checked", () => {
  assert.ok(pages.length >= 60, `only ${pages.length} pages found in the built site`);
});

test("the check fails on a box that cuts off text that grew taller", async () => {
  await page.setViewport(narrow);
  await page.goto(session.site.url);
  await page.evaluate(() => {
    const box = document.querySelector<HTMLElement>("main p")!;
    box.style.cssText = "height: 1.5em; overflow: hidden";
    probes.applyTextSpacing();
  });
  const problems = await page.evaluate(() => probes.reflowProblems());
  assert.ok(
    problems.some((p) => p.includes("cut off at the bottom")),
    problems.join("\n"),
  );
});

test("the check fails on a page that is too wide for 320 px", async () => {
  await page.setViewport(narrow);
  await page.goto(session.site.url);
  await page.evaluate(() => {
    const wide = document.createElement("p");
    wide.style.whiteSpace = "nowrap";
    wide.textContent = "kuntoutustutkimusyksikön perusterveydenhuolto ".repeat(3);
    document.querySelector("main")!.prepend(wide);
  });
  const problems = await page.evaluate(() => probes.reflowProblems());
  assert.ok(
    problems.some((p) => p.includes("scrolls sideways")),
    problems.join("\n"),
  );
  assert.ok(
    problems.some((p) => p.includes("outside the viewport")),
    problems.join("\n"),
  );
});

test.run();
