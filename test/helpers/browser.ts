/** Debian's Chromium through puppeteer-core, for the tests that need a real browser. */
import type { Browser } from "puppeteer-core";
import type { Test } from "uvu";
import { launchBrowser } from "../../scripts/browser/chromium.ts";
import { serveStatic, type RunningServer } from "../../scripts/serve/static-server.ts";
import { SITE_DIR } from "./site.ts";

export { launchBrowser };

export interface SiteInBrowser {
  /** The built site served on 127.0.0.1. */
  readonly site: RunningServer;
  readonly browser: Browser;
}

/** Serves the built site and starts Chromium before the suite's tests, and stops both after. */
export function siteInBrowser(suite: Test): SiteInBrowser {
  const session = {} as { site: RunningServer; browser: Browser };
  suite.before(async () => {
    session.site = await serveStatic({ root: SITE_DIR });
    session.browser = await launchBrowser();
  });
  suite.after(async () => {
    await session.browser.close();
    await session.site.close();
  });
  return session;
}
