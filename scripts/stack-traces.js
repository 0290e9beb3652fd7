// Stack traces of the compiled build (scripts/run-compiled.js) in the TypeScript sources' lines. Node's own
// source maps (process.setSourceMapsEnabled) read and parse every module's map as the module loads, a tenth
// of a small build's start-up, and only in the thread that turned them on; here a map is read the first time
// a trace through its module is formatted, in each thread that imports this module.
// Plain JavaScript, imported by run-compiled.js before anything is compiled; tsc checks it (checkJs).
import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Each compiled module's map (its file with `.map` added, as esbuild links them), or null without one.
/** @type {Map<string, SourceMap | null>} */
const maps = new Map();

/** @param {string} file @returns {SourceMap | null} */
function mapOf(file) {
  let map = maps.get(file);
  if (map === undefined) {
    try {
      /** @type {import("node:module").SourceMapPayload} */
      // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- written by esbuild (run-compiled.js)
      const payload = JSON.parse(readFileSync(`${file}.map`, "utf8"));
      map = new SourceMap(payload);
    } catch {
      map = null;
    }
    maps.set(file, map);
  }
  return map;
}

/** One frame as V8 writes it, its place moved to the source it was compiled from (relative to the folder run in). */
function frame(/** @type {NodeJS.CallSite} */ site) {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- V8's own text of the frame (@types/node omits it)
  const text = site.toString();
  const url = site.getFileName();
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  if (!url?.startsWith("file:") || line === null || column === null) return text;
  const file = fileURLToPath(url);
  const origin = mapOf(file)?.findOrigin(line, column);
  if (!origin || !("fileName" in origin)) return text;
  const source = relative(process.cwd(), resolve(dirname(file), origin.fileName));
  return text.replace(`${url}:${line}:${column}`, `${source}:${origin.lineNumber}:${origin.columnNumber}`);
}

Error.prepareStackTrace = (error, sites) => {
  let header;
  try {
    header = Error.prototype.toString.call(error);
  } catch {
    header = "<error>";
  }
  return [header, ...sites.map((site) => `    at ${frame(site)}`)].join("\n");
};
