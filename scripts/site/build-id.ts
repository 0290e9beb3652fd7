import { createHash } from "node:crypto";
import { HANDBOOK_JSON } from "../../lib/handbook/handbook.ts";
import { listFiles } from "../../lib/list-files.ts";
import { BUILD_CODE, isInside, PACKAGE_LOCK, watchRoot } from "./build-inputs.ts";
import { hashFiles } from "./hash-files.ts";

/** The handbook JSON stands for content/, which it is made from. */
const INPUTS = [HANDBOOK_JSON, PACKAGE_LOCK, "src/", ...BUILD_CODE.filter((entry) => !isInside(entry, ["src/"]))];

/** A hash of the files' paths and bytes, in path order. */
const hashByPath = (files: readonly string[]) => hashFiles([...files].sort().map((path) => ({ name: path, path })));

/**
 * A hash of what every site of a run is made of: the handbook JSON, the templates and scripts (src/),
 * the build's code and the exact packages (build-inputs.ts). Read once per run, after the data step
 * has written the handbook JSON: the editions of a run share it.
 */
export function hashBuildInputs(): string {
  return hashByPath(INPUTS.flatMap((entry) => (entry.endsWith("/") ? listFiles(watchRoot(entry)) : [entry])));
}

/**
 * A short hash of everything a page can be made of: the build's inputs (`inputs`, read now unless given),
 * and the edition folder when one is laid over the handbook. It names the service worker's cache and
 * Pagefind's metaCacheTag, so both change whenever the site can have changed — and two editions on one
 * host never share a cache.
 */
export function computeBuildId(editionDir?: string, inputs: string = hashBuildInputs()): string {
  const hash = createHash("sha256").update(inputs);
  if (editionDir) hash.update(hashByPath(listFiles(editionDir)));
  return hash.digest("hex").slice(0, 10);
}
