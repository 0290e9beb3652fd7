/** Debian's Chromium through puppeteer-core, for the tests that need a real browser. */
import type { Browser, Page } from "puppeteer-core";
import type { Test } from "uvu";
import { launchBrowser } from "../../scripts/browser/chromium.ts";
import { serveStatic, type RunningServer } from "../../scripts/serve/static-server.ts";
import { NATIONAL_LANGUAGE, type Language } from "../../lib/languages.ts";
import { SITE_DIR } from "./site.ts";
import { buildSwedishSite, SWEDISH_DIR } from "./swedish-site.ts";

export { launchBrowser };

export interface SiteInBrowser {
  /** The built site served on 127.0.0.1. */
  readonly site: RunningServer;
  readonly browser: Browser;
  /**
   * Where a page of a language is served: a Finnish page from the built site, another language's from the
   * site built with the Swedish pages (test/helpers/swedish-site.ts; built and served at the first ask).
   */
  pageUrl(language: Language, url: string): Promise<string>;
}

/** Serves the built site (or another, `root`) and starts Chromium before the suite's tests, and stops both after. */
export function siteInBrowser(suite: Test, root = SITE_DIR): SiteInBrowser {
  let translated: Promise<RunningServer> | undefined;
  const session = {
    async pageUrl(language: Language, url: string) {
      if (language === NATIONAL_LANGUAGE) return session.site.url + url.slice(1);
      translated ??= buildSwedishSite().then(() => serveStatic({ root: SWEDISH_DIR }));
      return (await translated).url + url.slice(1);
    },
  } as { site: RunningServer; browser: Browser; pageUrl: SiteInBrowser["pageUrl"] };
  suite.before(async () => {
    session.site = await serveStatic({ root });
    session.browser = await launchBrowser();
  });
  suite.after(async () => {
    await session.browser.close();
    await session.site.close();
    await (await translated)?.close();
  });
  return session;
}

/** The search page's live region and result links: the selectors live here only. */
const SEARCH_STATUS = "#search-status";
const RESULT_LINKS = "#search-results > li > h2 > a";

/** Waits until the search page has announced its results (or none) in its live region; returns what it said. */
export async function searchAnnounced(page: Page): Promise<string> {
  await page.waitForFunction(
    (selector) => (document.querySelector(selector)?.textContent ?? "") !== "",
    { timeout: 15_000 },
    SEARCH_STATUS,
  );
  return page.$eval(SEARCH_STATUS, (status) => status.textContent ?? "");
}

/** The results shown, as absolute URLs. */
export function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval(RESULT_LINKS, (links) => links.map((link) => link.href));
}

/**
 * Everything a page complains about while a test drives it: console errors
 * and warnings, uncaught errors, and Content-Security-Policy violations
 * (reported to the console by a listener added to every document).
 */
export async function collectProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warn") problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${String(error)}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return problems;
}
