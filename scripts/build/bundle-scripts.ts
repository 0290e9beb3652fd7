import { build } from "esbuild";
import { join } from "node:path";

/** The browser scripts, from src/scripts/*.ts, as small ES modules in assets/. */
export const PAGE_SCRIPTS = ["search", "register-service-worker"] as const;

export async function bundlePageScripts(siteDir: string): Promise<void> {
  await build({
    entryPoints: PAGE_SCRIPTS.map((name) => `src/scripts/${name}.ts`),
    outdir: join(siteDir, "assets"),
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    logLevel: "error",
  });
}

/** The service worker, with the list of files to precache and the cache's version built in. */
export async function bundleServiceWorker(siteDir: string, precache: readonly string[], version: string): Promise<void> {
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
