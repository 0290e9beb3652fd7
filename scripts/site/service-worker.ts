import { join } from "node:path";
import { build } from "esbuild";
import { urls } from "../../lib/urls.ts";
import { HASHED_FOLDERS } from "../deploy/headers.ts";
import type { Precache } from "./precache-list.ts";

/**
 * The service worker, with what it must know built in: the files to precache,
 * the cache's version, the build id its pages carry, which folders hold content-hashed files (the same list
 * the host caches for a year) and where the offline page is.
 */
export async function writeServiceWorker(siteDir: string, precache: Precache, buildId: string): Promise<void> {
  await build({
    entryPoints: ["src/browser/service-worker.ts"],
    outfile: join(siteDir, "sw.js"),
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    logLevel: "error",
    define: {
      PRECACHE: JSON.stringify(precache.paths),
      VERSION: JSON.stringify(precache.version),
      BUILD: JSON.stringify(buildId),
      HASHED_FOLDERS: JSON.stringify(HASHED_FOLDERS),
      OFFLINE_PAGE: JSON.stringify(urls.offline().slice(1)),
    },
  });
}
