// Runs one of the compiled build's bundles (scripts/run-compiled.js compiles them: CommonJS, one file
// each) with V8's code cache kept beside it, in the main thread and as a worker thread's entry point
// (scripts/site/compiled.ts). Compiling the build's 3 MB of JavaScript is about 100 ms of a small
// build's start-up in the main thread, and again in each worker; from the cache it is a tenth of that.
// Node 20 keeps no code cache of its own, and can give none to an ES module (vm.SourceTextModule:
// cachedData is refused once it has run), hence CommonJS, run as Node runs it, through vm.Script.
// In Node 20 an `import()` in code that V8 loaded from its cache finds no loader ("A dynamic import
// callback was not specified"): the bundle imports nothing, except Eleventy the project's own files,
// through importOutsideBundle (run-compiled.js rewrites its one call).
// Plain JavaScript, because it is what makes TypeScript runnable; tsc checks it (checkJs).
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { threadId, workerData } from "node:worker_threads";
import { Script } from "node:vm";
import "./stack-traces.js";

/** The code cache of a bundle is the bundle's name and this. */
export const CODE_CACHE = ".v8-cache";

/**
 * Runs the bundle `file` (an absolute path) as a CommonJS module. Without a cache V8 accepts (none yet,
 * or from another Node), the thread writes one as it exits: by then it holds every function the run
 * compiled, not only the bundle's top level.
 * @param {string} file
 */
export function runBundle(file) {
  const cacheFile = `${file}${CODE_CACHE}`;
  /** @type {Buffer | undefined} */
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // Node's own wrapper of a CommonJS module, and one more name, on the bundle's first line (its banner):
  // the bundle's other lines and columns stay where its source map says.
  const source = readFileSync(file, "utf8");
  const wrapped = `(function (exports, require, module, __filename, __dirname, importOutsideBundle) {${source}\n})`;
  // A file: URL, as an ES module's frames have: ./stack-traces.js maps those.
  const script = new Script(wrapped, { filename: pathToFileURL(file).href, cachedData });
  if (!cachedData || script.cachedDataRejected) process.once("exit", () => writeCache(cacheFile, script));
  const module = { exports: {} };
  /** @type {(...args: [object, NodeJS.Require, object, string, string, typeof importOutsideBundle]) => void} */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- the wrapper above
  const run = script.runInThisContext();
  run(module.exports, createRequire(file), module, file, dirname(file), importOutsideBundle);
}

/** @param {string} url an absolute file: URL @returns {Promise<unknown>} */
const importOutsideBundle = (url) => import(url);

/**
 * The cache, written whole under a name of its own, then renamed: threads and builds running at once
 * write the same file. A cache that cannot be written leaves the next build as slow as this one, no worse.
 * @param {string} cacheFile
 * @param {Script} script
 */
function writeCache(cacheFile, script) {
  const scratch = `${cacheFile}.${process.pid}-${threadId}`;
  try {
    writeFileSync(scratch, script.createCachedData());
    renameSync(scratch, cacheFile);
  } catch {
    // Not written (a read-only checkout): nothing is lost but time.
  }
}

// A worker thread started with a bundle to run (scripts/site/compiled.ts).
/** @type {{ bundle?: unknown } | null} */
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- what compiled.ts sends, checked below
const started = workerData;
if (typeof started?.bundle === "string") runBundle(started.bundle);
