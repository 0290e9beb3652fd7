import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** Pagefind's own UIs (we use its JS API) and the files only hosts and crawlers read. */
const NOT_USED = /^(pagefind\/(pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)|playground\/)|_headers$|robots\.txt$|sitemap\.xml$)/;

/** Every file a reader may need offline, relative to the site root ("" = the home page). */
export async function precacheList(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter((path) => path !== "sw.js" && !NOT_USED.test(path) && !path.endsWith(".map"))
    .map((path) => path.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}
