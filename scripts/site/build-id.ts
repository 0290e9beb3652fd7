import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { HANDBOOK_JSON } from "../../lib/handbook/handbook.ts";
import { listFiles } from "../../lib/list-files.ts";

/**
 * A short hash of everything a page can be made of: the handbook JSON, the
 * templates and scripts (src/), the code that turns them into the site (lib/,
 * scripts/site/, scripts/search/) and the exact packages (Pagefind's version decides its
 * index format). It names the service worker's cache and Pagefind's
 * metaCacheTag, so both change whenever the site can have changed.
 */
export async function computeBuildId(
  files: readonly string[] = [HANDBOOK_JSON, ".eleventy.js", "package-lock.json"],
  dirs: readonly string[] = ["src", "lib", "scripts/site", "scripts/search"],
): Promise<string> {
  const hash = createHash("sha256");
  const all = [...files];
  for (const dir of dirs) all.push(...(await listFiles(dir)));
  for (const file of all.sort()) {
    hash.update(file);
    hash.update(await readFile(file));
  }
  return hash.digest("hex").slice(0, 10);
}
