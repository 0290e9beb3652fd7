// Eleventy turns the handbook (handed over by the build as global data) into the site. The build hands
// Eleventy this function itself (scripts/site/eleventy.ts) instead of letting it import this file, so
// that the config and the build share one copy of each module (lib/rendered-pages.ts's listener) however
// the build runs; hence the settings below are made through the API, not an exported `config`.
// The build adds what only it knows (hashed asset URLs, the build id) as global data. tsc checks this
// file (checkJs).
import { HtmlBasePlugin } from "@11ty/eleventy";
import { filters } from "./src/eleventy/filters.ts";
import { ids, searchIds } from "./lib/urls.ts";
import { hyphenateHtml } from "./lib/hyphenate.ts";
import { renderFinnishFallbacks } from "./lib/i18n/finnish-fallback.ts";
import { searchPreloads } from "./lib/search/engine.ts";
import { handOnRenderedPages } from "./lib/rendered-pages.ts";
import { leanNunjucks } from "./lib/lean-nunjucks.ts";
import { keepFrontMatter } from "./src/eleventy/kept-front-matter.ts";

/** @param {import("@11ty/eleventy").UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  // The input folder (src/pages), the output folder and the path prefix are chosen by the build (it builds
  // beside the live site, then swaps).
  eleventyConfig.setIncludesDirectory("../_includes");
  eleventyConfig.setDataDirectory("../_data");
  // Pages are Nunjucks; the content's Markdown is rendered by the `markdown` filter (src/eleventy/filters.ts).
  eleventyConfig.setTemplateFormats(["njk"]);
  // No loop.* variables where a loop never reads them, no copy of the context per import (lib/lean-nunjucks.ts).
  leanNunjucks();
  // A page's front-matter functions made once, not once per edition of a run (src/eleventy/kept-front-matter.ts).
  keepFrontMatter(eleventyConfig);
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // site.css, the icon and the scripts get content-hashed names from scripts/site/assets.ts.
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);
  eleventyConfig.addWatchTarget("./src/eleventy/");
  // Every URL and anchor id comes from lib/urls.ts: templates, components and permalinks ask these.
  // `urls` (each language has its own) comes with the build's global data (scripts/site/eleventy.ts).
  eleventyConfig.addGlobalData("ids", ids);
  eleventyConfig.addGlobalData("searchIds", searchIds);
  // Wrapped: a function given as global data would be called for its value.
  eleventyConfig.addGlobalData("searchEngine", { preloads: searchPreloads });
  // Untranslated text on another language's pages: shown in Finnish, marked lang="fi" (lib/i18n/finnish-fallback.ts).
  eleventyConfig.addTransform("finnish-fallbacks", function (content) {
    return String(this.page.outputPath).endsWith(".html") ? renderFinnishFallbacks(content) : content;
  });
  // On the finished page (abbreviations and Finnish fallbacks already marked: each passage breaks in its own language), so every long word can break at 320 px.
  eleventyConfig.addTransform("hyphenate", function (content) {
    return String(this.page.outputPath).endsWith(".html") ? hyphenateHtml(content) : content;
  });
  // Last: the search index reads each finished page while the next ones render.
  handOnRenderedPages(
    /** @type {import("./lib/rendered-pages.ts").EleventyHooks} */ (/** @type {unknown} */ (eleventyConfig)),
  );
}
