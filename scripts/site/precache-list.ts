import { relative, sep } from "node:path";
import { listFiles } from "../../lib/list-files.ts";
import { HASHED_FOLDERS } from "../deploy/headers.ts";
import { hashFiles } from "./hash-files.ts";

/** Whether a file of the site is named by its content (assets/, Pagefind's fragments, index and filters). */
const isContentHashed = (path: string) => HASHED_FOLDERS.some((folder) => path.startsWith(folder));

/** Files only hosts and crawlers read. */
const NOT_FOR_READERS = /^(_headers|robots\.txt|sitemap\.xml)$/;

export interface Precache {
  /** Every file a reader may need offline, relative to the site root ("" = the home page). */
  readonly paths: readonly string[];
  /** A hash of those files' names and bytes (a content-hashed file's name only): the service worker changes, and reinstalls, exactly when one of them does. */
  readonly version: string;
}

export function precacheList(siteDir: string): Precache {
  const files = listFiles(siteDir)
    .map((file) => ({ file, path: relative(siteDir, file).split(sep).join("/") }))
    .filter(({ path }) => path !== "sw.js" && !NOT_FOR_READERS.test(path) && !path.endsWith(".map"))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    paths: files.map(({ path }) => path.replace(/(^|\/)index\.html$/, "$1")),
    // A content-hashed file's name stands for its bytes (hosts keep those files a year on the same grounds).
    version: hashFiles(
      files.map(({ file, path }) => (isContentHashed(path) ? { name: path } : { name: path, path: file })),
    ).slice(0, 10),
  };
}
