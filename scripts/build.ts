/**
 * npm run build — the whole pipeline: content/ → handbook.json → _site/ → search index.
 * Stops at the first failing stage; content errors are printed with file:line:col.
 */
import { buildData } from "./data/build.ts";
import { formatProblem } from "./data/problems.ts";
import { runEleventy } from "./build/eleventy.ts";
import { writeSearchIndex } from "./build/search-index.ts";
import { swapDirectory } from "./build/swap-directory.ts";
import { rm } from "node:fs/promises";

export const SITE_DIR = "_site";

export async function build(): Promise<boolean> {
  const started = performance.now();
  const data = await buildData("content", "src/_data/handbook.json");
  if (!data.ok) {
    for (const problem of data.problems) console.error(formatProblem(problem));
    console.error(`\n${data.problems.length} problem(s) in content/ — the site was not rebuilt.`);
    return false;
  }
  // Build beside the live site and swap at the end: the last good site stays until then.
  const next = `${SITE_DIR}-next`;
  await rm(next, { recursive: true, force: true });
  await runEleventy(next);
  const { pages } = await writeSearchIndex(next);
  await swapDirectory(next, SITE_DIR);
  console.log(`Built ${SITE_DIR}/: ${pages} pages indexed in ${Math.round(performance.now() - started)} ms.`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = (await build()) ? 0 : 1;
}
