/**
 * npm run build — the whole pipeline: content/ → handbook.json → _site/ →
 * search index → service worker. Stops at the first failing stage; content
 * errors are printed with file:line:col. The site is built beside the live
 * one and swapped in at the end, so a failed build leaves the last good site.
 * SITE_DIR (default _site), PATH_PREFIX and SITE_URL choose where it goes.
 */
import { rm } from "node:fs/promises";
import { buildData } from "./data/build.ts";
import { formatProblem } from "./data/problems.ts";
import { writeAtomically } from "./data/atomic-write.ts";
import { writeAssets } from "./build/assets.ts";
import { computeBuildId } from "./build/build-id.ts";
import { runEleventy } from "./build/eleventy.ts";
import { writeHostFiles } from "./build/host-files.ts";
import { precacheList } from "./build/precache-list.ts";
import { writeSearchIndex } from "./build/search-index.ts";
import { writeServiceWorker } from "./build/service-worker.ts";
import { swapDirectory } from "./build/swap-directory.ts";
import { sitePathPrefix } from "../src/lib/site-config.ts";

export const SITE_DIR = process.env.SITE_DIR ?? "_site";

export async function build(): Promise<boolean> {
  const started = performance.now();
  const data = await buildData("content", "src/_data/handbook.json");
  if (!data.ok) {
    for (const problem of data.problems) console.error(formatProblem(problem));
    console.error(`\n${data.problems.length} problem(s) in content/ — the site was not rebuilt.`);
    return false;
  }
  const next = `${SITE_DIR}-next`;
  await rm(next, { recursive: true, force: true });
  const assets = await writeAssets(next, data.handbook);
  await writeAtomically("src/_data/assets.json", JSON.stringify(assets, null, 1));
  const buildId = await computeBuildId();
  process.env.BUILD_ID = buildId;
  await runEleventy(next);
  await writeHostFiles(next, sitePathPrefix());
  const { pages } = await writeSearchIndex(next);
  await writeServiceWorker(next, await precacheList(next), buildId);
  await swapDirectory(next, SITE_DIR);
  console.log(`Built ${SITE_DIR}/ (${buildId}): ${pages} pages indexed in ${Math.round(performance.now() - started)} ms.`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await build()) ? 0 : 1;
}
