import { join } from "node:path";
import { build } from "esbuild";

/** The service worker, with the list of files to precache and the cache's version built in. */
export async function writeServiceWorker(siteDir: string, precache: readonly string[], version: string): Promise<void> {
  await build({
    entryPoints: ["src/scripts/service-worker.ts"],
    outfile: join(siteDir, "sw.js"),
    bundle: true,
    format: "iife",
    target: "es2022",
    minify: true,
    logLevel: "error",
    define: { PRECACHE: JSON.stringify(precache), VERSION: JSON.stringify(version) },
  });
}
