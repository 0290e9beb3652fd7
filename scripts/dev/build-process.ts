/** The dev server's handle on its build worker: one request at a time, a fresh process when the build's code changed. */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BuildReply, BuildRequest } from "./build-worker.ts";
import type { ChangeKind } from "./changes.ts";
import type { BuildOutcome } from "./dev-build.ts";

const WORKER = fileURLToPath(new URL("./build-worker.ts", import.meta.url));

export function createBuildProcess(siteDir: string) {
  let worker:
    { readonly process: ChildProcess; readonly pending: Map<number, (outcome: BuildOutcome) => void> } | undefined;
  let nextId = 0;

  const start = () => {
    const child = fork(WORKER, [siteDir], { execArgv: ["--import", "tsx"], stdio: "inherit" });
    const pending = new Map<number, (outcome: BuildOutcome) => void>();
    child.on("message", (reply: BuildReply) => {
      pending.get(reply.id)?.(reply.outcome);
      pending.delete(reply.id);
    });
    child.on("exit", (code) => {
      if (worker?.process === child) worker = undefined;
      // A crash mid-build is a failed build, not a hung preview.
      for (const resolve of pending.values())
        resolve({
          ok: false,
          status: { state: "build-failed", error: `The build process stopped (exit ${code}).` },
          ms: 0,
        });
      pending.clear();
    });
    return { process: child, pending };
  };

  return {
    /** Rebuilds for a change; a change to the build's own code restarts the worker and rebuilds everything. */
    build(change: ChangeKind | "everything", paths: readonly string[] = []): Promise<BuildOutcome> {
      if (change === "code") this.stop();
      const current = (worker ??= start());
      const request: BuildRequest = { id: nextId++, scope: change === "code" ? "everything" : change, paths };
      return new Promise((resolve) => {
        current.pending.set(request.id, resolve);
        current.process.send(request);
      });
    },
    stop(): void {
      worker?.process.kill();
      worker = undefined;
    },
  };
}
