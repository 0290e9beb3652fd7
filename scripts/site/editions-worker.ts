/**
 * One share of a run's editions, built in a worker thread (scripts/site/build-editions.ts): it loads the
 * build and Eleventy at once, then, sent its folders and what every edition shares, posts whether each
 * was built.
 */
import { parentPort } from "node:worker_threads";
import type { EditionShare } from "./build-editions.ts";
import { buildEditions, loadEleventy } from "./build-site.ts";

void loadEleventy();
parentPort!.once("message", ({ folders, shared }: EditionShare) => {
  void buildEditions(folders, shared).then((ok) => parentPort!.postMessage(ok));
});
