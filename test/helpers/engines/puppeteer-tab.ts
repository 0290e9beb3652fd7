/** A Tab (engine.ts) over Puppeteer, for the engines it drives: Chromium (CDP) and Firefox (WebDriver BiDi). */
import type { Browser, Page } from "puppeteer-core";
import { pageScript, probeNotes, type Engine, type PageFunction, type Tab } from "./engine.ts";

/** An Engine over a launched Puppeteer browser; each tab gets a browser context of its own. */
export async function puppeteerEngine(name: string, browser: Browser): Promise<Engine> {
  return {
    name,
    version: await browser.version(),
    newTab: async () => puppeteerTab(await (await browser.createBrowserContext()).newPage()),
    close: () => browser.close(),
  };
}

/**
 * How Firefox reports a load of the page being left that the tab's own navigation cancelled (the favicon,
 * fetched through the service worker): not a problem of either page. CI failed on it twice.
 */
const CANCELLED_BY_LEAVING =
  /^(?:Error: )?Failed to load ‘[^’]+’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/;

/**
 * Puppeteer's setViewport over WebDriver BiDi also overrides the screen orientation, a command Firefox 140
 * ESR (Debian's since 2026-12) does not know; the viewport itself is set by a command of its own.
 */
const NO_ORIENTATION_OVERRIDE = /unknown command emulation\.setScreenOrientationOverride/;

/** The viewport `width` × 640 CSS px. */
async function layOut(page: Page, width: number): Promise<void> {
  try {
    await page.setViewport({ width, height: 640 });
  } catch (error) {
    if (!NO_ORIENTATION_OVERRIDE.test(String(error))) throw error;
    // The refusal can come before the viewport's own command is done (the page's CSP rules out waitForFunction).
    const viewportWidth = () => page.evaluate(pageScript(() => window.innerWidth, [])) as Promise<number>;
    for (const deadline = Date.now() + 2000; (await viewportWidth()) !== width && Date.now() < deadline;)
      await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function puppeteerTab(page: Page): Tab {
  // Besides the probe's notes: what the engine itself reports to the console.
  const reported: string[] = [];
  /** While goto() leaves a page for another: the page being left. */
  let leaving: string | undefined;
  const report = (text: string) => {
    if (leaving === page.url() && CANCELLED_BY_LEAVING.test(text)) return;
    reported.push(`${page.url()}: ${text}`);
  };
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warn") report(message.text());
  });
  page.on("pageerror", (error) => report(String(error)));
  return {
    goto: async (url) => {
      leaving = page.url() === url ? undefined : page.url();
      try {
        await page.goto(url);
      } finally {
        leaving = undefined;
      }
    },
    reload: async () => void (await page.reload()),
    evaluate<A extends readonly unknown[], R>(fn: PageFunction<A, R>, ...args: A) {
      return page.evaluate(pageScript(fn, args)) as Promise<R>;
    },
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    layOutAt: (width) => layOut(page, width),
    takeProblems: async () => [
      ...reported.splice(0),
      ...((await page.evaluate(pageScript(probeNotes, []))) as string[]),
    ],
    close: () => page.browserContext().close(),
  };
}
