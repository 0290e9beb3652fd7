/**
 * Keyboard flows, without a mouse, in each language: on each kind of page the skip link moves
 * focus to <main>; <details> open and close with Enter and Space; the pathway
 * chooser works with arrow keys and Enter; search runs from the header with Enter.
 * (Tab order, traps and focus visibility on every page: focus.test.ts; the
 * checklist and "Tyhjennä rastit" by keyboard: pathways.test.ts.)
 */
import type { Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { urlsIn } from "../../lib/urls.ts";
import { searchAnnounced, siteInBrowser } from "../helpers/browser.ts";
import { LANGUAGES } from "../../lib/languages.ts";
import { pageTypes } from "../helpers/page-types.ts";

const session = siteInBrowser(test);
let page: Page;

test.before(async () => {
  page = await (await session.browser.createBrowserContext()).newPage();
  await page.emulateMediaFeatures([{ name: "prefers-reduced-motion", value: "reduce" }]);
});

const active = () =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.className ? `.${e.className}` : ""}` : "";
  });

/** Presses Tab until the focused element matches, and fails if it never does. */
async function tabTo(selector: string, limit = 200) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  assert.unreachable(`Tab never reached ${selector}`);
}

for (const [language, type, url] of LANGUAGES.flatMap((language) =>
  Object.entries(pageTypes(language)).map(([type, url]) => [language, type, url] as const),
)) {
  // accessibility-statement: keyboard
  test(`skip link: the first Tab stop, and Enter moves focus to <main> (${type}, ${url})`, async () => {
    await page.goto(await session.pageUrl(language, url));
    await page.keyboard.press("Tab");
    assert.is(await active(), "a.skip-link");
    await page.keyboard.press("Enter");
    assert.is(await active(), "main#sisalto");
    // The next Tab continues inside main, not back at the header.
    await page.keyboard.press("Tab");
    assert.ok(
      await page.evaluate(() => document.querySelector("main")!.contains(document.activeElement)),
      `${await active()} is not in main`,
    );
  });
}

const isOpen = (selector: string) => page.$eval(selector, (d) => (d as HTMLDetailsElement).open);

for (const language of LANGUAGES)
  test(`the pathway's earlier phases (<details>) open with Enter and close with Space (${language})`, async () => {
    await page.goto(await session.pageUrl(language, pageTypes(language).pathway));
    await tabTo(".earlier summary");
    assert.is(await isOpen(".earlier"), false);
    await page.keyboard.press("Enter");
    assert.is(await isOpen(".earlier"), true);
    await page.keyboard.press("Space");
    assert.is(await isOpen(".earlier"), false);
  });

for (const language of LANGUAGES)
  test(`the search filters open with Space (${language})`, async () => {
    await page.goto(await session.pageUrl(language, pageTypes(language).search));
    await searchAnnounced(page);
    await tabTo(".search-filters summary");
    await page.keyboard.press("Space");
    assert.is(await isOpen(".search-filters"), true);
    await page.keyboard.press("Tab");
    assert.ok(
      await page.evaluate(() => document.activeElement?.closest(".search-filters fieldset") !== null),
      `${await active()} is not a filter`,
    );
  });

for (const language of LANGUAGES)
  test(`pathway chooser: arrow keys choose, Enter opens the pathway (${language})`, async () => {
    await page.goto(await session.pageUrl(language, pageTypes(language).pathways));
    await tabTo(".pathway-chooser input[name=tilanne]");
    const preset = await page.$eval(".pathway-chooser input[name=tilanne]:checked", (r) => r.value);
    await page.keyboard.press("ArrowDown");
    const situation = await page.$eval(".pathway-chooser input[name=tilanne]:checked", (r) => r.value);
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const phase = await page.$eval(".pathway-chooser input[name=vaihe]:checked", (r) => r.value);
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    assert.is(new URL(page.url()).pathname, urlsIn(language).pathway(situation, phase));
    assert.is.not(situation, preset, "ArrowDown did not choose the next situation");
  });

for (const language of LANGUAGES)
  test(`search from the header: type and press Enter, results arrive (${language})`, async () => {
    await page.goto(await session.pageUrl(language, pageTypes(language).home));
    await tabTo("#header-search-q");
    await page.keyboard.type("kela");
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    assert.is(new URL(page.url()).pathname, urlsIn(language).search());
    await searchAnnounced(page);
  });

test.run();
