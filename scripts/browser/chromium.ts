/** How every tool here starts Debian's Chromium: headless, offline-safe, no first-run noise. */
import puppeteer, { type Browser } from "puppeteer-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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
