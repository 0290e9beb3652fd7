/**
 * The editing loop reaches into Eleventy's private event bus
 * (scripts/site/eleventy.ts says why): these checks fail when an Eleventy
 * upgrade moves it, or when its caches stop listening to the event the loop
 * sends, before the editing loop silently serves stale pages.
 */
import { readFileSync } from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { fileURLToPath } from "node:url";
import { eleventyEventBus, eleventyEventBusUrl, RESOURCE_MODIFIED } from "../../scripts/site/eleventy.ts";

const ours = JSON.parse(readFileSync("package.json", "utf8")) as { devDependencies: Record<string, string> };
const installed = JSON.parse(readFileSync("node_modules/@11ty/eleventy/package.json", "utf8")) as {
  version: string;
};

test("@11ty/eleventy is pinned to one exact version, the one installed", () => {
  assert.match(ours.devDependencies["@11ty/eleventy"]!, /^\d+\.\d+\.\d+$/);
  assert.is(ours.devDependencies["@11ty/eleventy"], installed.version);
});

test("the event bus the editing loop imports is the module Eleventy.js imports", () => {
  const eleventyJs = fileURLToPath(new URL("./Eleventy.js", eleventyEventBusUrl()));
  assert.match(readFileSync(eleventyJs, "utf8"), /^import eventBus from "\.\/EventBus\.js";$/m);
});

test("Eleventy's private event bus is where the editing loop looks, and its caches listen on it", async () => {
  const bus = await eleventyEventBus();
  await import("@11ty/eleventy"); // loads the template and layout caches, which subscribe on import
  assert.type(bus.emit.bind(bus), "function");
  // TemplateContent's input and compile caches, and the layout cache.
  assert.ok(bus.listenerCount(RESOURCE_MODIFIED) >= 2, `${bus.listenerCount(RESOURCE_MODIFIED)} listeners`);
});

test.run();
