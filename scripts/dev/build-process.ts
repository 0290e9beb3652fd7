/**
 * The dev server's handle on its build worker: one build at a time, and a
 * fresh worker, which builds everything, whenever the build's own code
 * changed or the worker stopped.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { WorkerMessage } from "./build-worker.ts";
import { classifyChange } from "./changes.ts";
import type { BuildRequest } from "./build-plan.ts";
import type { BuildOutcome, SearchIndexEvent } from "./dev-build.ts";

const WORKER = fileURLToPath(new URL("./build-worker.ts", import.meta.url));

export interface BuildProcessEvents {
  readonly searchIndex: (event: SearchIndexEvent) => void;
  /** A save of the build's own code stopped the worker; a fresh one is starting. */
  readonly restarting: () => void;
}

export function createBuildProcess(siteDir: string, on: BuildProcessEvents) {
  let worker: ChildProcess | undefined;
  /** The build under way, and the worker doing it. */
  let building: { readonly worker: ChildProcess; readonly done: (outcome: BuildOutcome) => void } | undefined;

  const start = () => {
    const child = fork(WORKER, [siteDir], { execArgv: ["--import", "tsx"], stdio: "inherit" });
    child.on("message", (message: WorkerMessage) => {
      if (message.type !== "built") return on.searchIndex(message);
      if (building?.worker === child) building.done(message.outcome);
    });
    child.on("error", (error) => console.error(`The build process: ${String(error)}`));
    child.on("exit", (code) => {
      if (worker === child) worker = undefined;
      // A crash mid-build is a failed build, not a hung editing loop.
      if (building?.worker === child)
        building.done({
          ok: false,
          status: { state: "build-failed", error: `The build process stopped (exit ${code}).` },
          ms: 0,
          // A fresh worker's first build says them again.
          notices: [],
        });
    });
    return child;
  };

  const stop = () => {
    worker?.kill();
    worker = undefined;
  };

  return {
    /** Builds what `request` needs; a save of the build's own code (or no worker yet) means a fresh worker and everything. */
    build(request: BuildRequest): Promise<BuildOutcome> {
      if (building) throw new Error("createBuildProcess: one build at a time (the rebuild queue sees to it)");
      if (worker && request !== "everything" && request.some((path) => classifyChange(path) === "code")) {
        stop();
        on.restarting();
      }
      const fresh = !worker;
      const current = (worker ??= start());
      return new Promise((resolve) => {
        building = {
          worker: current,
          done: (outcome) => {
            building = undefined;
            resolve(outcome);
          },
        };
        current.send(fresh ? "everything" : request);
      });
    },
    stop,
  };
}
