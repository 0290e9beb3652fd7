/** How every tool here starts Debian's Chromium: headless, offline-safe, no first-run noise. */
import { createRequire } from "node:module";
import puppeteer, { type Browser } from "puppeteer-core";

/** Debian's Chromium, named once in .puppeteerrc.cjs (which also stops puppeteer downloading a browser). */
const { executablePath } = createRequire(import.meta.url)("../../.puppeteerrc.cjs") as { executablePath: string };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? executablePath;

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
] as const;

/** Debian's Chromium through puppeteer-core, headless, with the arguments above. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}
