/**
 * The data step, started as early as the build can: compiled (scripts/run-compiled.js), in a worker
 * thread of its own (data-worker.ts), so that it reads the content on one core while the main thread
 * loads the rest of the build and Eleventy on the other; under tsx (the tests, the preview) in the
 * calling thread, since a worker would have no TypeScript. This module imports nothing of the step
 * itself, so that the compiled entry starts the worker before it loads anything else.
 */
import type { DataResult } from "./data-step.ts";
import { compiledCompanion } from "../site/compiled.ts";
import { workerResult } from "../site/worker-result.ts";
import { checkKept } from "./kept-result.ts";

/** What the data step's worker is sent: what its result is to be kept under (./kept-result.ts). */
export interface DataWorkerInput {
  readonly inputs: string | undefined;
}

export function dataStep(): Promise<DataResult> {
  const startWorker = compiledCompanion(import.meta.url, "data-worker");
  if (!startWorker)
    return Promise.all([import("./data-step.ts"), import("../../lib/handbook/handbook.ts")]).then(
      ([{ buildData }, { HANDBOOK_JSON }]) => buildData("content", HANDBOOK_JSON),
    );
  // Kept from the last build while nothing it came from has changed: then no worker is needed.
  const check = checkKept("content", new URL(".", import.meta.url).href);
  if ("kept" in check) return Promise.resolve(check.kept);
  return workerResult(startWorker({ inputs: check.inputs } satisfies DataWorkerInput), "The data step's worker");
}
