import { relative, sep } from "node:path";
import { listFiles } from "../../lib/list-files.ts";

/** Files only hosts and crawlers read. */
const NOT_FOR_READERS = /^(_headers|robots\.txt|sitemap\.xml)$/;

/** Every file a reader may need offline, relative to the site root ("" = the home page). */
export async function precacheList(siteDir: string): Promise<string[]> {
  return (await listFiles(siteDir))
    .map((file) => relative(siteDir, file).split(sep).join("/"))
    .filter((path) => path !== "sw.js" && !NOT_FOR_READERS.test(path) && !path.endsWith(".map"))
    .map((path) => path.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}
