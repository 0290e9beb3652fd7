/**
 * The editing loop's build process (see dev-build.ts). The dev server starts
 * it, sends it one build at a time and starts a fresh one when the build's
 * own code changes, since a running process cannot forget modules it imported.
 */
import type { BuildRequest } from "./build-plan.ts";
import { createDevBuilder, type BuildOutcome, type SearchIndexEvent } from "./dev-build.ts";

/** A build's outcome, or news of the search index, which is written whenever the editor pauses. */
export type WorkerMessage = { readonly type: "built"; readonly outcome: BuildOutcome } | SearchIndexEvent;

const siteDir = process.argv[2];
if (!siteDir || !process.send)
  throw new Error("build-worker runs as a child of scripts/start.ts: fork(build-worker.ts, [siteDir])");
const send = (message: WorkerMessage) => process.send!(message);
const builder = createDevBuilder(siteDir, send);

process.on("message", (request: BuildRequest) => {
  void builder.build(request).then((outcome) => send({ type: "built", outcome }));
});
