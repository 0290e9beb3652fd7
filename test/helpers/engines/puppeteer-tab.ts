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

function puppeteerTab(page: Page): Tab {
  // Besides the probe's notes: what the engine itself reports to the console.
  const reported: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warn") reported.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => reported.push(`${page.url()}: ${String(error)}`));
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate<A extends readonly unknown[], R>(fn: PageFunction<A, R>, ...args: A) {
      return page.evaluate(pageScript(fn, args)) as Promise<R>;
    },
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text),
    layOutAt: (width) => page.setViewport({ width, height: 640 }),
    takeProblems: async () => [
      ...reported.splice(0),
      ...((await page.evaluate(pageScript(probeNotes, []))) as string[]),
    ],
    close: () => page.browserContext().close(),
  };
}
