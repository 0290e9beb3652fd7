/**
 * The whole handbook on paper, in Chromium: the print page prints to an A4
 * PDF with each part (so each situation) starting a page, without the
 * site's navigation or the newer-build notice, and a link that leaves the
 * handbook shows its address.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { urls } from "../../lib/urls.ts";
import { printHandbook } from "../../scripts/bench/print-pages.ts";
import { siteInBrowser } from "../helpers/browser.ts";
import { loadHandbook } from "../helpers/site.ts";

const session = siteInBrowser(test);
const handbook = loadHandbook();
/** Introduction, phases, network, actors and keywords, besides one part per situation. */
const FIXED_PARTS = 5;

test("the print page prints to a PDF with each part on pages of its own", async () => {
  const { pages } = await printHandbook(session.browser, session.site.url);
  assert.ok(pages >= 1 + handbook.situations.length + FIXED_PARTS, `${pages} pages`);
});

test("on paper: no navigation, each part starts a page, and a link out of the handbook shows its address", async () => {
  const page = await session.browser.newPage();
  await page.goto(`${session.site.url}${urls.print().slice(1)}`);
  await page.emulateMediaType("print");
  const paper = await page.evaluate(() => {
    const main = document.querySelector("main")!;
    const outside = document.createElement("a");
    outside.href = "https://example.org/ohje";
    outside.textContent = "ohje";
    main.append(outside);
    const inside = main.querySelector<HTMLAnchorElement>('a[href^="/"]')!;
    return {
      navigation: [...document.querySelectorAll(".site-header, .main-nav, .breadcrumbs, .footer-links, .newer-build")]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => element.className),
      breaks: [...document.querySelectorAll(".print-part")].map((part) => getComputedStyle(part).breakBefore),
      outside: getComputedStyle(outside, "::after").content,
      inside: getComputedStyle(inside, "::after").content,
    };
  });
  assert.equal(paper.navigation, [], "navigation is printed");
  assert.equal(paper.breaks, Array<string>(handbook.situations.length + FIXED_PARTS).fill("page"));
  assert.is(paper.outside, '" <https://example.org/ohje>"');
  assert.is(paper.inside, "none");
  await page.close();
});

test.run();
