/**
 * scripts/site/build-inputs.ts lists the build's own code once: the build,
 * Eleventy's config and its JavaScript data files import nothing outside it,
 * and the lists derived from it name the same files the build reads; npm run build is the command
 * the tests and the benchmark start (buildCommand).
 */
import { readdirSync, readFileSync } from "node:fs";
import { build } from "esbuild";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { WATCHED_PATHS } from "../../scripts/dev/changes.ts";
import { BUILD_CODE, buildCommand, pathsUnder } from "../../scripts/site/build-inputs.ts";

/** What Node or Eleventy loads first: the build, its data step's worker, Eleventy's config and its data files. */
const ENTRY_POINTS = [
  "scripts/run-compiled.js",
  "scripts/build.ts",
  "scripts/data/data-worker.ts",
  ".eleventy.js",
  ...readdirSync("src/_data")
    .filter((name) => /\.[cm]?[jt]s$/.test(name))
    .map((name) => `src/_data/${name}`),
];

/** Every project file the entry points import, followed through the import graph (packages left out). */
async function importedFiles(): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: ENTRY_POINTS,
    bundle: true,
    write: false,
    outdir: "out",
    platform: "node",
    format: "esm",
    packages: "external",
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(metafile.inputs).sort();
}

test("npm run build runs the command the tests and the benchmark run", () => {
  const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
  const [, args] = buildCommand();
  assert.is(scripts.build, ["node", ...args].join(" "));
});

test("the build imports only the code build-inputs.ts lists", async () => {
  const files = await importedFiles();
  assert.ok(files.length > 40, `${files.length} files`);
  const outside = files.filter((file) => !pathsUnder(BUILD_CODE).test(file));
  assert.equal(outside, [], `imported by the build but not in BUILD_CODE:\n${outside.join("\n")}`);
});

test("the editing loop watches every folder the build's code is in", async () => {
  const unwatched = (await importedFiles()).filter(
    (file) => !WATCHED_PATHS.some((path) => file === path || file.startsWith(`${path}/`)),
  );
  assert.equal(unwatched, []);
});

test.run();
