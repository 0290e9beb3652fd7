/**
 * The in-page checks of test/browser/probes/, bundled for the browser with
 * esbuild and installed in a page before any of its scripts run, as the
 * global `probes`. (Functions passed to page.evaluate are serialised one by
 * one and cannot import; a bundle can.)
 */
import { build } from "esbuild";
import type { CDPSession, Page } from "puppeteer-core";
import type * as layout from "../browser/probes/layout.ts";
import type * as problems from "../browser/probes/problems.ts";

declare global {
  var probes: typeof layout;
  /** Only in the pages of the cross-engine flows (test/browser/probes/engines.ts). */
  var pageProblems: typeof problems;
}

const bundles = new Map<string, Promise<string>>();

/** An entry point under test/browser/probes/, as one script. */
export function bundle(entry: string): Promise<string> {
  if (!bundles.has(entry)) {
    bundles.set(
      entry,
      build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: "iife",
        platform: "browser",
        target: "es2022",
        logLevel: "error",
      }).then((result) => result.outputFiles[0]!.text),
    );
  }
  return bundles.get(entry)!;
}

/** Installs `probes` in every document the page loads from now on. */
export async function installProbes(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(await bundle("test/browser/probes/index.ts"));
}

/**
 * Makes the page behave as focused whether or not its window is (a busy machine takes the focus away,
 * and then nothing matches :focus and every focus ring looks missing). Returns the page's DevTools session.
 */
export async function emulateFocus(page: Page): Promise<CDPSession> {
  const devtools = await page.createCDPSession();
  await devtools.send("Emulation.setFocusEmulationEnabled", { enabled: true });
  return devtools;
}
