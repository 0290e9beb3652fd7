/**
 * The data step, started as early as the build can: compiled (scripts/run-compiled.js), in a worker
 * thread of its own (data-worker.ts), so that it reads the content on one core while the main thread
 * loads the rest of the build and Eleventy on the other; under tsx (the tests, the preview) in the
 * calling thread, since a worker would have no TypeScript. This module imports nothing of the step
 * itself, so that the compiled entry starts the worker before it loads anything else.
 */
import { join } from "node:path";
import type { DataResult } from "./data-step.ts";
import { compiledCompanion } from "../site/compiled.ts";
import { workerResult } from "../site/worker-result.ts";
import { keptResult, stepInputs, type KeptStep } from "./kept-result.ts";
import { HANDBOOK_JSON } from "../../lib/handbook/handbook.ts";
import { todayIso } from "../../lib/handbook/review.ts";
import { SCHEMA_DIR } from "../../lib/handbook/schema-dir.ts";

/** What the data step's worker is sent: the step as kept, and what its result is to be kept under (./kept-result.ts). */
export interface DataWorkerInput {
  readonly step: KeptStep;
  readonly inputs: string | undefined;
}

const startWorker = compiledCompanion(import.meta.url, "data-worker");

/** content/ read by the compiled code (its bundles' folder, named by its fingerprint) on the day. */
const DATA_STEP: KeptStep = {
  file: "generated/data-step.json",
  reads: "content",
  writes: [HANDBOOK_JSON, join("content", SCHEMA_DIR)],
  dependsOn: `${new URL(".", import.meta.url).href}\0${todayIso()}`,
};

let fingerprint: { readonly inputs: string | undefined } | undefined;

/**
 * What the national content is made from (content/, the code, the day), as the data step's result is
 * kept under: what an edition's kept result depends on (scripts/edition/kept-edition.ts). Taken once, as
 * the step starts; undefined under tsx, where nothing is kept.
 */
export function nationalInputs(): string | undefined {
  fingerprint ??= { inputs: startWorker ? stepInputs(DATA_STEP) : undefined };
  return fingerprint.inputs;
}

export function dataStep(): Promise<DataResult> {
  if (!startWorker) return import("./data-step.ts").then(({ buildData }) => buildData("content", HANDBOOK_JSON));
  // Kept from the last build while nothing it came from has changed: then no worker is needed.
  const inputs = nationalInputs();
  const kept = keptResult<DataResult>(DATA_STEP, inputs);
  if (kept) return Promise.resolve(kept);
  return workerResult(startWorker({ step: DATA_STEP, inputs } satisfies DataWorkerInput), "The data step's worker");
}
