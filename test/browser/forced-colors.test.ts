/**
 * Forced colours (Windows contrast themes), emulated in Chromium with
 * `forced-colors: active` over a light and a dark theme, on one page of each
 * kind, in each language (Swedish pages from the fixture translation): controls, table borders, focus rings and the current-page marker stay
 * visible; and no page uses a style that forced colours removes (shadows,
 * background images), so nothing can depend on one.
 * SCREENSHOTS=<folder> saves a screenshot of each for a person to look at
 * (never into the repository).
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { CDPSession, Page } from "puppeteer-core";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { searchAnnounced, siteInBrowser } from "../helpers/browser.ts";
import { LANGUAGES, type Language } from "../../lib/languages.ts";
import { pageTypes } from "../helpers/page-types.ts";
import { emulateFocus, installProbes } from "../helpers/probes.ts";

const session = siteInBrowser(test);
const screenshots = process.env.SCREENSHOTS;
let page: Page;
let devtools: CDPSession;

test.before(async () => {
  page = await session.browser.newPage();
  await installProbes(page);
  // puppeteer's emulateMediaFeatures does not accept forced-colors; the DevTools protocol does.
  devtools = await emulateFocus(page);
  await page.setViewport({ width: 1024, height: 768 });
  if (screenshots) await mkdir(screenshots, { recursive: true });
});

const emulate = (forced: boolean, scheme: "light" | "dark") =>
  devtools.send("Emulation.setEmulatedMedia", {
    features: [
      { name: "forced-colors", value: forced ? "active" : "none" },
      { name: "prefers-color-scheme", value: scheme },
    ],
  });

async function open(url: string, forced: boolean, scheme: "light" | "dark", language: Language = "fi") {
  await emulate(forced, scheme);
  await page.goto(await session.pageUrl(language, url));
  if (url.includes("/haku/")) await searchAnnounced(page);
}

for (const [language, type, url] of LANGUAGES.flatMap((language) =>
  Object.entries(pageTypes(language)).map(([type, url]) => [language, type, url] as const),
)) {
  // accessibility-statement: forcedColours
  test(`forced colours, light and dark: ${type} (${url})`, async () => {
    await open(url, false, "light", language);
    const vanishing = await page.evaluate(() => probes.vanishingStyles());
    assert.ok(vanishing.checked > 20, `only ${vanishing.checked} elements`);
    assert.equal(vanishing.problems, []);
    for (const scheme of ["light", "dark"] as const) {
      await open(url, true, scheme, language);
      assert.ok(await page.evaluate(() => matchMedia("(forced-colors: active)").matches), "forced colours are not on");
      const forced = await page.evaluate(() => probes.forcedColourProblems());
      assert.ok(forced.checked > 0, "nothing checked");
      assert.equal(forced.problems, [], `${scheme}`);
      if (screenshots)
        await page.screenshot({ path: join(screenshots, `${language}-${type}-forced-${scheme}.png`), fullPage: true });
    }
  });
}

test("the checks fail on a shadow, a borderless button and a colour-only current page", async () => {
  await open("/", true, "light");
  await page.evaluate(() => {
    const style = document.createElement("style");
    style.textContent =
      ".cards li { box-shadow: 0 0 4px #000 } button { border: 0 } .main-nav a[aria-current] { font-weight: inherit; text-decoration-thickness: auto }";
    document.head.append(style);
  });
  const forced = await page.evaluate(() => probes.forcedColourProblems());
  assert.ok(
    forced.problems.some((p) => p.startsWith("control without")),
    forced.problems.join("\n"),
  );
  assert.ok(
    forced.problems.some((p) => p.startsWith("the current page")),
    forced.problems.join("\n"),
  );
  await emulate(false, "light");
  const vanishing = await page.evaluate(() => probes.vanishingStyles());
  assert.ok(
    vanishing.problems.some((p) => p.startsWith("boxShadow")),
    vanishing.problems.join("\n"),
  );
});

test.run();
