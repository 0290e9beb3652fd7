/**
 * npm start — the editing loop. Builds the handbook, serves it at
 * http://localhost:8080 the way a static host would, and on every save
 * rebuilds what the change needs and updates every open tab: a stylesheet in
 * place, anything else by reloading the page. When the content is rejected,
 * the tabs show every problem over the last good site until it is fixed.
 * Options: --port N (default 8080). PATH_PREFIX serves under a sub-path.
 */
import { statSync, watch } from "node:fs";
import { parseArgs } from "node:util";
import { build as bundle } from "esbuild";
import { sitePathPrefix } from "../lib/site-config.ts";
import { SITE_DIR } from "./build.ts";
import { createBuildProcess } from "./dev/build-process.ts";
import { classifyChange, largestChange, WATCHED_PATHS, type ChangeKind } from "./dev/changes.ts";
import type { BuildOutcome } from "./dev/dev-build.ts";
import { startDevServer } from "./dev/dev-server.ts";
import type { DevStatus } from "./dev/status.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" } } });

const overlay = await bundle({
  entryPoints: ["scripts/dev/overlay-client.ts"],
  bundle: true,
  format: "esm",
  target: "es2022",
  write: false,
  logLevel: "error",
});
let status: DevStatus = { state: "ok" };
const builds = createBuildProcess(SITE_DIR);
const server = await startDevServer({
  root: SITE_DIR,
  pathPrefix: sitePathPrefix(),
  port: Number(values.port),
  overlayScript: overlay.outputFiles[0]!.text,
  status: () => status,
});

function report(outcome: BuildOutcome, started: number): void {
  const ms = Math.round(performance.now() - started);
  if (outcome.ok) {
    status = { state: "ok" };
    console.log(`Updated in ${ms} ms.`);
    server.reload(outcome.reload);
    return;
  }
  status = outcome.status;
  if (outcome.status.state === "content-problems") {
    for (const problem of outcome.status.problems) console.error(problem);
    console.error(
      `\n${outcome.status.problems.length} problem(s) in content/ — the preview keeps the last good site and shows them in the browser.`,
    );
  } else {
    console.error(`Build failed — the preview keeps the last good site:\n${outcome.status.error}`);
  }
  server.reload("page");
}

let started = performance.now();
report(await builds.build("everything"), started);
console.log(
  `Serving ${SITE_DIR}/ at ${server.url} — save a file in content/ or src/ and open tabs update. Ctrl+C stops.`,
);

// Saves arrive in bursts (an editor writes, renames, touches); one rebuild serves a burst.
const pending = new Map<string, ChangeKind>();
let timer: NodeJS.Timeout | undefined;
let building = false;

async function rebuild(): Promise<void> {
  const change = largestChange(pending.values());
  if (building || !change) return;
  building = true;
  const paths = [...pending.keys()];
  pending.clear();
  started = performance.now();
  report(await builds.build(change, paths), started);
  building = false;
  void rebuild();
}

for (const path of WATCHED_PATHS) {
  const isFolder = statSync(path).isDirectory();
  watch(path, { recursive: isFolder }, (_event, file) => {
    const changed = isFolder ? `${path}/${file ?? ""}` : path;
    const kind = classifyChange(changed);
    if (!kind) return;
    pending.set(changed, kind);
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 20);
  });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    builds.stop();
    void server.close().finally(() => process.exit(0));
  });
}
