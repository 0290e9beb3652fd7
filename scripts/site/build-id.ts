import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { HANDBOOK_JSON } from "../../lib/handbook/handbook.ts";
import { listFiles } from "../../lib/list-files.ts";
import { BUILD_CODE, isInside, PACKAGE_LOCK, watchRoot } from "./build-inputs.ts";

/** The handbook JSON stands for content/, which it is made from. */
const INPUTS = [HANDBOOK_JSON, PACKAGE_LOCK, "src/", ...BUILD_CODE.filter((entry) => !isInside(entry, ["src/"]))];

/**
 * A short hash of everything a page can be made of: the handbook JSON, the
 * templates and scripts (src/), the build's code and the exact packages
 * (build-inputs.ts), and the edition folder when one is laid over the
 * handbook. It names the service worker's cache and Pagefind's metaCacheTag,
 * so both change whenever the site can have changed — and two editions on one
 * host never share a cache.
 */
export async function computeBuildId(editionDir?: string): Promise<string> {
  const hash = createHash("sha256");
  const all: string[] = editionDir ? await listFiles(editionDir) : [];
  for (const entry of INPUTS) all.push(...(entry.endsWith("/") ? await listFiles(watchRoot(entry)) : [entry]));
  const files = all.sort();
  const contents = await Promise.all(files.map((file) => readFile(file)));
  files.forEach((file, i) => hash.update(file).update(contents[i]!));
  return hash.digest("hex").slice(0, 10);
}
