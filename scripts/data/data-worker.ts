/**
 * The data step in a worker thread, for the compiled build (scripts/build.ts): it reads and checks the
 * content on one core while the build's main thread loads Eleventy on the other. It posts the step's
 * result, which is plain data.
 */
import { parentPort } from "node:worker_threads";
import { buildData } from "./data-step.ts";
import { HANDBOOK_JSON } from "../../lib/handbook/handbook.ts";

void buildData("content", HANDBOOK_JSON).then((result) => parentPort!.postMessage(result));
