// Eleventy turns src/_data/handbook.json into the site. It runs under tsx
// (scripts/build.ts, scripts/start.ts) so that it can use the TypeScript filters.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { filters, markdownLibrary } from "./src/lib/filters.ts";
import { sitePathPrefix } from "./src/lib/site-config.ts";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPassthroughCopy({ "src/assets": "assets" });
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);
  eleventyConfig.setLibrary("md", markdownLibrary);
  eleventyConfig.addWatchTarget("./src/lib/");
}

export const config = {
  dir: { input: "src/pages", includes: "../_includes", data: "../_data", output: "_site" },
  pathPrefix: sitePathPrefix(),
  templateFormats: ["njk", "md"],
  htmlTemplateEngine: "njk",
  markdownTemplateEngine: "njk",
};
