/**
 * pa11y-ci (HTML_CodeSniffer and axe with WCAG 2.2 A/AA) in light and dark
 * mode on each kind of page where the example edition adds local content:
 * its marked regions pass what the national pages pass.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { serveStatic, type RunningServer } from "../../scripts/serve/static-server.ts";
import { EDITION_PAGE_TYPES } from "../helpers/edition-page-types.ts";
import { EDITION_SITE_DIR, editionSite } from "../helpers/edition-site.ts";
import { describeIssues, pa11yCi, type Pa11yIssue } from "../helpers/pa11y.ts";

const results = { light: new Map<string, Pa11yIssue[]>(), dark: new Map<string, Pa11yIssue[]>() };
let site: RunningServer;

test.before(async () => {
  await editionSite();
  site = await serveStatic({ root: EDITION_SITE_DIR });
  const targets = Object.values(EDITION_PAGE_TYPES).map((url) => site.url + url.slice(1));
  results.light = await pa11yCi(targets, "light");
  results.dark = await pa11yCi(targets, "dark");
});

test.after(() => site.close());

for (const [type, url] of Object.entries(EDITION_PAGE_TYPES)) {
  test(`edition, WCAG 2.2 AA (htmlcs + axe), light and dark: ${type} (${url})`, () => {
    for (const scheme of ["light", "dark"] as const) {
      const issues = results[scheme].get(site.url + url.slice(1));
      assert.ok(issues, `${url} was not checked in ${scheme} mode`);
      assert.is(issues.length, 0, `${scheme} mode:\n${describeIssues(issues)}`);
    }
  });
}

test.run();
