import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { urls } from "../../lib/urls.ts";
import { HASHED_FOLDERS } from "../deploy/headers.ts";
import type { Precache } from "./precache-list.ts";
import { once } from "../../lib/once.ts";

/** What differs from site to site, by the name the worker's code reads: left in the bundle as placeholders. */
const PER_SITE = { PRECACHE: "__PRECACHE__", VERSION: "__VERSION__", BUILD: "__BUILD__" } as const;

/**
 * The worker's code, bundled once per process (a run of many editions writes one per edition), with
 * what every site shares built in and each per-site value as a placeholder (a global name, which the
 * minifier keeps).
 */
const bundled = once(async () => {
  const { outputFiles } = await build({
    entryPoints: ["src/browser/service-worker.ts"],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2022",
    minify: true,
    logLevel: "error",
    define: {
      ...PER_SITE,
      HASHED_FOLDERS: JSON.stringify(HASHED_FOLDERS),
      OFFLINE_PAGE: JSON.stringify(urls.offline().slice(1)),
    },
  });
  return outputFiles[0]!.text;
});

/**
 * The service worker, with what it must know built in: the files to precache,
 * the cache's version, the build id its pages carry, which folders hold content-hashed files (the same list
 * the host caches for a year) and where the offline page is.
 */
export async function writeServiceWorker(siteDir: string, precache: Precache, buildId: string): Promise<void> {
  const values: Record<keyof typeof PER_SITE, unknown> = {
    PRECACHE: precache.paths,
    VERSION: precache.version,
    BUILD: buildId,
  };
  let code = await bundled();
  // A function, so that a `$` in a value is not read as a replacement pattern.
  for (const [name, placeholder] of Object.entries(PER_SITE))
    code = code.replaceAll(placeholder, () => JSON.stringify(values[name as keyof typeof PER_SITE]));
  await writeFile(join(siteDir, "sw.js"), code);
}
