/** The built site, as the tests read it. `npm test` builds it before any test runs. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { HANDBOOK_JSON, type Handbook } from "../../lib/handbook/handbook.ts";
import { siteDir } from "../../lib/site-config.ts";
import { fileUrl, pageFile } from "../../lib/urls.ts";
import { SOFT_HYPHEN } from "../../lib/hyphenate.ts";

/** Where the build wrote the site: SITE_DIR, as for scripts/build.ts. */
export const SITE_DIR = siteDir();

export function loadHandbook(): Handbook {
  return JSON.parse(readFileSync(HANDBOOK_JSON, "utf8")) as Handbook;
}

/** Every HTML page of the site as its URL path: "/", "/tilanteet/tyoton/", "/404.html". */
export function sitePages(dir = SITE_DIR): string[] {
  const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => fileUrl(relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/")))
    .sort();
  // Every suite loops over these pages: an empty site must fail them, not let them pass having checked nothing.
  if (pages.length === 0) throw new Error(`no HTML pages in ${dir}/ — build the site first (npm run build)`);
  return pages;
}

/** The file a page URL was built to, under the site folder. */
export function pagePath(url: string, dir = SITE_DIR): string {
  return join(dir, pageFile(url));
}

export function readPage(url: string, dir = SITE_DIR): HTMLElement {
  return parse(readFileSync(pagePath(url, dir), "utf8"));
}

/** The text a reader sees: whitespace collapsed, and without the soft hyphens of lib/hyphenate.ts. */
export const text = (element: HTMLElement | null | undefined) =>
  (element?.textContent ?? "").replaceAll(SOFT_HYPHEN, "").replace(/\s+/g, " ").trim();
