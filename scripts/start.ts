/**
 * npm start — the editing loop. Builds the handbook, serves it at
 * http://localhost:8080 the way a static host would, and on every save
 * rebuilds what the change needs and updates every open tab: a stylesheet in
 * place, anything else by reloading the page. When the content is rejected,
 * the tabs show every problem over the last good site until it is fixed.
 * No save is lost: the files are watched before the first build starts, and
 * saves made during a build are built together right after it.
 * Options: --port N (default 8080). PATH_PREFIX serves under a sub-path;
 * EDITION=<folder> lays an edition over the handbook and watches its folder too;
 * LANGUAGES=fi,sv and TRANSLATIONS=<folder> build and watch the other languages' pages as npm run build does.
 */
import { parseArgs } from "node:util";
import { build as bundle } from "esbuild";
import { SITE_DIR } from "./site/build-site.ts";
import { createBuildProcess } from "./dev/build-process.ts";
import { classifyChange, contentFolders, WATCHED_PATHS } from "./dev/changes.ts";
import type { BuildOutcome, SearchIndexEvent } from "./dev/dev-build.ts";
import { startDevServer } from "./dev/dev-server.ts";
import { noticesOnce } from "./dev/notices.ts";
import { createRebuildQueue } from "./dev/rebuild-queue.ts";
import { watchFiles } from "./dev/watch-files.ts";
import { deploymentOf } from "./edition/edition-settings.ts";
import { isInside, SITE_SOURCES } from "./site/build-inputs.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" } } });

const client = await bundle({
  entryPoints: ["scripts/dev/tab-client.ts"],
  bundle: true,
  format: "esm",
  target: "es2022",
  write: false,
  logLevel: "error",
});
const server = await startDevServer({
  root: SITE_DIR,
  pathPrefix: (await deploymentOf()).pathPrefix,
  port: Number(values.port),
  clientScript: client.outputFiles[0]!.text,
});

const freshNotices = noticesOnce();

function report(outcome: BuildOutcome, started: number): void {
  for (const notice of freshNotices(outcome.notices)) console.log(notice);
  const ms = Math.round(performance.now() - started);
  if (outcome.ok) {
    console.log(`Updated in ${ms} ms.`);
    server.publish({ state: "ok" }, outcome.reload === "styles" ? "styles" : "pages");
    return;
  }
  if (outcome.status.state === "content-problems") {
    for (const problem of outcome.status.problems) console.error(problem);
    console.error(
      `\n${outcome.status.problems.length} problem(s) in content/ — the open tabs keep the last good site and show them.`,
    );
  } else {
    console.error(`Build failed — the open tabs keep the last good site:\n${outcome.status.error}`);
  }
  server.publish(outcome.status, "nothing");
}

function reportSearchIndex(event: SearchIndexEvent): void {
  if (event.type === "indexing") console.log("Updating the search index…");
  else if (event.type === "indexed") console.log(`Search index updated in ${event.ms} ms.`);
  else console.error(`The search index failed (search keeps the last one):\n${event.error}`);
}

const builds = createBuildProcess(SITE_DIR, {
  searchIndex: reportSearchIndex,
  restarting: () => console.log("The build's own code changed: starting a fresh build worker…"),
});
const queue = createRebuildQueue(async (request) => {
  const started = performance.now();
  report(await builds.build(request), started);
});
// Watching starts before the first build, so a save made while it runs is built right after it.
const watched = [...WATCHED_PATHS, ...contentFolders().filter((folder) => !isInside(`${folder}/`, SITE_SOURCES))];
const watcher = watchFiles(watched, (path) => {
  if (classifyChange(path)) queue.saved(path);
});
await queue.start();
console.log(
  `Serving ${SITE_DIR}/ at ${server.url} — save a file in content/ or src/ and open tabs update. Ctrl+C stops.`,
);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    watcher.close();
    builds.stop();
    void server.close().finally(() => process.exit(0));
  });
}
