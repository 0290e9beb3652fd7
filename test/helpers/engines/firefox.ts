/** Firefox (Gecko) as an Engine (engine.ts): Debian's firefox-esr, headless, driven by Puppeteer over WebDriver BiDi. */
import puppeteer from "puppeteer-core";
import { FIREFOX_PATH } from "../../../scripts/browser/engine-paths.ts";
import type { Engine } from "./engine.ts";
import { puppeteerEngine } from "./puppeteer-tab.ts";

export async function launchFirefox(): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
  });
  return puppeteerEngine("Firefox", browser);
}
