import Eleventy from "@11ty/eleventy";

/** Renders src/ into outputDir with .eleventy.js. */
export async function runEleventy(outputDir: string): Promise<void> {
  const eleventy = new Eleventy("src/pages", outputDir, { configPath: ".eleventy.js", quietMode: true });
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
  const { default: eventBus } = (await import(eventBusUrl)) as { default: { emit(event: string, ...args: unknown[]): Promise<unknown> } };
  for (const path of paths) await eventBus.emit("eleventy.resourceModified", `./${path}`, [], { viaConfigReset: false });
}
