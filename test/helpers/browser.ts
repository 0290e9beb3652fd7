/** Debian's Chromium through puppeteer-core, for the tests that need a real browser. */
import puppeteer, { type Browser } from "puppeteer-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/browser/chromium.ts";

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}
