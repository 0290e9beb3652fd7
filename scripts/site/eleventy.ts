import { rm } from "node:fs/promises";
import Eleventy from "@11ty/eleventy";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import type { AssetUrls } from "./assets.ts";

/** What the build hands Eleventy besides the data files in src/_data: known only once the build has run. */
export interface BuildGlobals {
  /** The validated content with its back-links (the data step's output). */
  readonly handbook: Handbook;
  /** The hashed stylesheet, scripts and vocabulary (scripts/site/assets.ts). */
  readonly assets: AssetUrls;
  /** `build.id` names the offline cache and Pagefind's metaCacheTag (scripts/site/build-id.ts). */
  readonly build: { readonly id: string };
}

/** Renders src/ into outputDir with .eleventy.js, with the build's own data added as global data. */
export async function runEleventy(outputDir: string, globals: BuildGlobals): Promise<void> {
  // Earlier versions generated these into src/_data; Eleventy would merge such leftovers into the data passed here.
  for (const leftover of ["handbook.json", "assets.json"]) await rm(`src/_data/${leftover}`, { force: true });
  const eleventy = new Eleventy("src/pages", outputDir, {
    configPath: ".eleventy.js",
    quietMode: true,
    config(eleventyConfig) {
      // Frozen, so that Eleventy uses them as they are instead of deep-copying them.
      for (const [name, value] of Object.entries(globals)) eleventyConfig.addGlobalData(name, Object.freeze(value));
    },
  });
  await eleventy.write();
}

/**
 * Eleventy keeps every template it read and compiled for the life of the
 * process, as its own --watch does; the preview tells it which files changed
 * (the event its watcher sends), so the next build reads and compiles those
 * again and reuses the rest.
 */
export async function forgetTemplates(paths: readonly string[]): Promise<void> {
  // Eleventy's event bus is not among its package exports; it is the module Eleventy.js itself imports.
  const eventBusUrl = new URL("./EventBus.js", import.meta.resolve("@11ty/eleventy")).href;
  const { default: eventBus } = (await import(eventBusUrl)) as {
    default: { emit(event: string, ...args: unknown[]): Promise<unknown> };
  };
  for (const path of paths)
    await eventBus.emit("eleventy.resourceModified", `./${path}`, [], { viaConfigReset: false });
}
