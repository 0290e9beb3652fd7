import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/** Files only hosts and crawlers read. */
const NOT_FOR_READERS = /^(_headers|robots\.txt|sitemap\.xml)$/;

/** Every file a reader may need offline, relative to the site root ("" = the home page). */
export async function precacheList(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(siteDir, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter((path) => path !== "sw.js" && !NOT_FOR_READERS.test(path) && !path.endsWith(".map"))
    .map((path) => path.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}
