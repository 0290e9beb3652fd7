/**
 * pa11y-ci on every built page, in light and dark mode, served on
 * 127.0.0.1: HTML_CodeSniffer (WCAG2AA) and axe with its WCAG 2.0, 2.1 and 2.2
 * A/AA rules — and on a fixture with known violations, to prove the check can fail.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { serveStatic, type RunningServer } from "../../scripts/serve/static-server.ts";
import { describeIssues, pa11yCi, type Pa11yIssue } from "../helpers/pa11y.ts";
import { PAGE_TYPES } from "../helpers/page-types.ts";
import { SITE_DIR, sitePages } from "../helpers/site.ts";
import { buildSwedishSite, SWEDISH_DIR } from "../helpers/swedish-site.ts";

const pages = sitePages();
const results = { light: new Map<string, Pa11yIssue[]>(), dark: new Map<string, Pa11yIssue[]>() };
let site: RunningServer;

test.before(async () => {
  site = await serveStatic({ root: SITE_DIR });
  const urls = pages.map((page) => site.url + page.slice(1));
  results.light = await pa11yCi(urls, "light");
  results.dark = await pa11yCi(urls, "dark");
});

test.after(() => site.close());

for (const page of pages) {
  // accessibility-statement: pa11y
  test(`WCAG 2.2 AA (htmlcs + axe), light and dark: ${page}`, () => {
    for (const scheme of ["light", "dark"] as const) {
      const issues = results[scheme].get(site.url + page.slice(1));
      assert.ok(issues, `${page} was not checked in ${scheme} mode`);
      assert.is(issues.length, 0, `${scheme} mode:\n${describeIssues(issues)}`);
    }
  });
}

test("WCAG 2.2 AA on the search page with a query, results and open filters", async () => {
  const url = `${site.url}haku/?q=kuntoutuksen&vaihe=primaarivaihe`;
  const actions = ["wait for element #search-results > li to be added", "click element .search-filters summary"];
  for (const scheme of ["light", "dark"] as const) {
    const issues = (await pa11yCi([{ url, actions }], scheme)).get(url);
    assert.ok(issues, `not checked in ${scheme} mode`);
    assert.is(issues.length, 0, `${scheme} mode:\n${describeIssues(issues)}`);
  }
});

test("WCAG 2.2 AA, light and dark, on a Swedish page of each kind (the fixture translation: Swedish and lang=fi text)", async () => {
  await buildSwedishSite();
  const swedish = await serveStatic({ root: SWEDISH_DIR });
  try {
    const urls = Object.values(PAGE_TYPES).map((page) => `${swedish.url}sv${page}`);
    for (const scheme of ["light", "dark"] as const) {
      const checked = await pa11yCi(urls, scheme);
      for (const url of urls) {
        const issues = checked.get(url);
        assert.ok(issues, `${url} was not checked in ${scheme} mode`);
        assert.is(issues.length, 0, `${url}, ${scheme} mode:\n${describeIssues(issues)}`);
      }
    }
  } finally {
    await swedish.close();
  }
});

test("every built page was checked", () => {
  assert.ok(pages.length >= 60, `only ${pages.length} pages`);
  assert.is(results.light.size, pages.length);
  assert.is(results.dark.size, pages.length);
});

test("the check fails on a page with known violations, in both runners", async () => {
  const fixture = await serveStatic({ root: "test/fixtures/a11y-violation" });
  try {
    const issues = (await pa11yCi([fixture.url])).get(fixture.url) ?? [];
    const codes = issues.map((i) => `${i.runner}:${i.code}`).join("\n");
    assert.ok(
      issues.some((i) => i.runner === "htmlcs"),
      `htmlcs found nothing:\n${codes}`,
    );
    assert.ok(
      issues.some((i) => i.runner === "axe"),
      `axe found nothing:\n${codes}`,
    );
    assert.ok(
      issues.some((i) => /image-alt|H37/.test(i.code)),
      codes,
    );
    assert.ok(
      issues.some((i) => /color-contrast|G18/.test(i.code)),
      codes,
    );
    // Only axe's wcag22aa tag enables this rule: it proves WCAG 2.2 is asked for.
    assert.ok(
      issues.some((i) => i.runner === "axe" && i.code === "target-size"),
      `axe did not check WCAG 2.2 target size:\n${codes}`,
    );
  } finally {
    await fixture.close();
  }
});

test.run();
