/**
 * The preview's build process (see dev-build.ts). The dev server starts it,
 * sends it one scope at a time and restarts it when the build's own code
 * changes, since a running process cannot forget modules it imported.
 */
import { createDevBuilder, type BuildOutcome, type BuildScope } from "./dev-build.ts";

export interface BuildRequest {
  readonly id: number;
  readonly scope: BuildScope;
  /** The files saved since the last build, relative to the project. */
  readonly paths: readonly string[];
}

export interface BuildReply {
  readonly id: number;
  readonly outcome: BuildOutcome;
}

const siteDir = process.argv[2];
if (!siteDir || !process.send)
  throw new Error("build-worker runs as a child of scripts/start.ts: fork(build-worker.ts, [siteDir])");
const builder = createDevBuilder(siteDir);

process.on("message", (request: BuildRequest) => {
  void builder.build(request.scope, request.paths).then((outcome) => {
    process.send!({ id: request.id, outcome } satisfies BuildReply);
  });
});
