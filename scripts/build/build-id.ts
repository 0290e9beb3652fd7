import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * A short hash of everything a page can be made of (the handbook JSON and
 * src/). It names the service worker's cache and Pagefind's metaCacheTag, so
 * both change exactly when the site can have changed.
 */
export async function computeBuildId(files: readonly string[] = ["src/_data/handbook.json", ".eleventy.js"], dirs: readonly string[] = ["src"]): Promise<string> {
  const hash = createHash("sha256");
  const all = [...files];
  for (const dir of dirs) all.push(...(await listFiles(dir)));
  for (const file of all.sort()) {
    hash.update(file);
    hash.update(await readFile(file));
  }
  return hash.digest("hex").slice(0, 10);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
