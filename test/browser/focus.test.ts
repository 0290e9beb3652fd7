/**
 * Keyboard focus on every built page, by pressing Tab from the top to the
 * bottom: every focusable element is reached once, in document order, and
 * Tab leaves the page at the end (no trap); each focused element is on
 * screen and not covered (WCAG 2.2 2.4.11) and has an outline of at least
 * 3:1 against its surroundings (2.4.7, 1.4.11) — in light mode by Tab, in
 * dark mode by focusing each in turn. Also on every page: targets of at
 * least 24 × 24 CSS px or spaced apart (2.5.8).
 */
import type { Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { siteInBrowser } from "../helpers/browser.ts";
import { emulateFocus, installProbes } from "../helpers/probes.ts";
import { sitePages } from "../helpers/site.ts";

const pages = sitePages();
const session = siteInBrowser(test);
let page: Page;

test.before(async () => {
  page = await session.browser.newPage();
  await installProbes(page);
  await emulateFocus(page);
  await page.setViewport({ width: 1280, height: 720 });
});

// Smooth scrolling (on unless reduced motion is asked for) would still be moving the page when
// the check looks; it checks where focus ends up, so it asks for no motion.
const scheme = (value: "light" | "dark") =>
  page.emulateMediaFeatures([
    { name: "prefers-color-scheme", value },
    { name: "prefers-reduced-motion", value: "reduce" },
  ]);

/** Presses Tab until focus leaves the page or comes round again; returns what was focused, and the problems seen. */
export async function tabThrough(page: Page, limit: number): Promise<{ order: string[]; problems: string[] }> {
  const order: string[] = [];
  const problems: string[] = [];
  for (let presses = 0; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    const report = await page.evaluate(() => probes.focusReport());
    if (report.key === order.at(-1)) {
      problems.push(`focus is trapped: Tab does not leave ${report.key}`);
      return { order, problems };
    }
    if (report.key === "(body)" || report.key === order[0]) return { order, problems };
    order.push(report.key);
    problems.push(...report.problems);
  }
  problems.push(`focus is trapped: still inside the page after ${limit + 1} presses of Tab`);
  return { order, problems };
}

let elementsSeen = 0;

for (const url of pages) {
  // accessibility-statement: focus
  test(`Tab reaches everything in order, focus visible and unobscured, targets 24 px: ${url}`, async () => {
    await scheme("light");
    await page.goto(session.site.url + url.slice(1));
    const expected = await page.evaluate(() => probes.focusableKeys());
    const { order, problems } = await tabThrough(page, expected.length + 2);
    assert.equal(order, expected, "Tab order is not the document order of the focusable elements");
    elementsSeen += order.length;

    await scheme("dark");
    for (const problem of await page.evaluate(() => probes.focusEach())) problems.push(`dark: ${problem}`);
    await scheme("light");

    const targets = await page.evaluate(() => probes.targetSizeProblems());
    assert.ok(targets.checked > 0, "no targets found");
    assert.equal([...problems, ...targets.problems], []);
  });
}

test("every page and its focusable elements were checked", () => {
  assert.ok(pages.length >= 60, `only ${pages.length} pages`);
  assert.ok(elementsSeen > pages.length * 10, `only ${elementsSeen} focused elements on ${pages.length} pages`);
});

test("the checks fail on a covered focus, an invisible outline, a trap and a tiny target", async () => {
  await page.goto(session.site.url);
  await page.evaluate(() => {
    const cover = document.createElement("div");
    cover.style.cssText = "position:fixed;inset:0;background:rgba(0,0,0,0.5)";
    document.body.append(cover);
    const style = document.createElement("style");
    style.textContent =
      ".main-nav a:focus-visible { outline-color: var(--header-bg) } .main-nav ul { gap: 0 } .main-nav a { display:inline-block; width:10px; height:10px; overflow:hidden }";
    document.head.append(style);
  });
  const { problems } = await tabThrough(page, 4);
  assert.ok(
    problems.some((p) => p.startsWith("2.4.11")),
    problems.join("\n"),
  );
  await page.evaluate(() => document.querySelector("body > div:last-child")!.remove());
  await page.focus(".main-nav a");
  await page.keyboard.press("Tab");
  await page.keyboard.down("Shift");
  await page.keyboard.press("Tab");
  await page.keyboard.up("Shift");
  const outline = await page.evaluate(() => probes.focusReport());
  assert.ok(
    outline.problems.some((p) => p.startsWith("1.4.11")),
    outline.problems.join("\n"),
  );
  const targets = await page.evaluate(() => probes.targetSizeProblems());
  assert.ok(
    targets.problems.some((p) => p.startsWith("2.5.8") && p.includes("Etusivu")),
    targets.problems.join("\n"),
  );

  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>("#header-search-q")!;
    input.addEventListener("keydown", (event) => event.key === "Tab" && event.preventDefault());
  });
  await page.focus("#header-search-q");
  const trapped = await tabThrough(page, 3);
  assert.ok(
    trapped.problems.some((p) => p.includes("trapped")),
    trapped.problems.join("\n"),
  );
});

test.run();
