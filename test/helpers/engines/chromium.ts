/** Chromium (Blink) as an Engine (engine.ts): Debian's chromium, as every other browser suite starts it. */
import { launchBrowser } from "../../../scripts/browser/chromium.ts";
import type { Engine } from "./engine.ts";
import { puppeteerEngine } from "./puppeteer-tab.ts";

export async function launchChromium(): Promise<Engine> {
  return puppeteerEngine("Chromium", await launchBrowser());
}
