/**
 * A page's `---js { … }` front matter, evaluated once per text instead of once per Eleventy run: a run's
 * editions (scripts/site/build-editions.ts) each run Eleventy, and each run made the page's functions
 * (`permalink`, `derived.title`, …) anew. scripts/site/render-reuse.ts takes a render's kept text only if
 * the functions it called are the same ones, so no layout, which calls `derived`'s, was ever reused.
 *
 * Ours are `{ … }` object literals, evaluated on their own with no variables around them, so the same text
 * always makes the same functions: handing out the first ones changes nothing but their identity (and
 * front matter that is a module is, as a module, evaluated once). The objects and arrays around them are
 * copied for each run, which may change its data.
 */
import type { FrontMatterEngine, UserConfig } from "@11ty/eleventy";

/** A value with its plain objects and arrays copied, everything else (functions above all) kept. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copyOf(inner)]));
}

/** By file: its front matter's text and what it evaluated to (one per file, so a dev session keeps no old ones). */
const kept = new Map<string, { text: string; data: unknown }>();

/** Eleventy's `javascript` engine (for `---js`), keeping what each file's text made: a promise for a module's. */
export function keptFrontMatter(engine: FrontMatterEngine): FrontMatterEngine {
  return (text, context) => {
    const file = context?.filePath;
    if (file === undefined) return engine(text, context);
    let entry = kept.get(file);
    if (entry?.text !== text) kept.set(file, (entry = { text, data: engine(text, context) }));
    return entry.data instanceof Promise ? entry.data.then(copyOf) : copyOf(entry.data);
  };
}

/** Eleventy's `---js` front matter kept, in this config and every other of the thread. */
export function keepFrontMatter(eleventyConfig: UserConfig): void {
  const { javascript } = eleventyConfig.frontMatterParsingOptions.engines;
  eleventyConfig.setFrontMatterParsingOptions({ engines: { javascript: keptFrontMatter(javascript) } });
}
