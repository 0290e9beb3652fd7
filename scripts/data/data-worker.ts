/**
 * The data step in a worker thread, for the compiled build (scripts/build.ts): it reads and checks the
 * content on one core while the build's main thread loads Eleventy on the other. It posts the step's
 * result, which is plain data, then keeps it for the next build if accepted (./kept-result.ts).
 */
import { parentPort } from "node:worker_threads";
import { buildData } from "./data-step.ts";
import type { DataWorkerInput } from "./data-thread.ts";
import { keepResult } from "./kept-result.ts";
import { companionData } from "../site/compiled.ts";
import { HANDBOOK_JSON } from "../../lib/handbook/handbook.ts";

const { step, inputs } = companionData<DataWorkerInput>();
void buildData("content", HANDBOOK_JSON).then(async (result) => {
  parentPort!.postMessage(result);
  if (inputs && result.ok) await keepResult(step, inputs, result);
});
