// node scripts/run-compiled.js scripts/build.ts [args…] — runs a TypeScript entry point as JavaScript that
// esbuild compiled and bundled once, with the packages it imports, and keeps in generated/compiled/ until one
// of its sources changes or npm installs. tsx would transpile every module again on every run, and Node
// would resolve and link some thousand package modules: together half of a small build's time.
// Each bundle is one CommonJS file, run with V8's code cache (./cached-bundle.js); the companion that
// runs in a worker thread is compiled with the entry, a bundle of its own (COMPANIONS); the threads that
// build a run's editions run the entry's own bundle (one copy of Eleventy's code and of its cache).
// Plain JavaScript, because it is what makes TypeScript runnable; tsc checks it (checkJs).
import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, join, relative, resolve, sep } from "node:path";
import { CODE_CACHE, runBundle } from "./cached-bundle.js";

const COMPILED = "generated/compiled";
const MANIFEST = join(COMPILED, "manifest.json");
const INSTALLED_PACKAGES = "node_modules/.package-lock.json";
/** Compiled beside every entry point: the build starts its data step as a worker. */
const COMPANIONS = { "data-worker": "scripts/data/data-worker.ts" };
/**
 * Versions kept besides the newest, for a build still running on one (its worker threads start from its
 * bundles): their code and source maps only. V8's code cache (a few MB per bundle) serves the newest alone.
 */
const KEEP = 3;

/**
 * @typedef {object} Manifest
 * @property {string} version the folder under generated/compiled/ holding the code
 * @property {Record<string, [number, number]>} inputs each source file's mtime and size when it was compiled
 */

/** @param {string} entry @returns {Promise<string | undefined>} the compiled entry if no source changed since */
async function upToDate(entry) {
  /** @type {Manifest} */
  let manifest;
  try {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- written by compile() below
    manifest = JSON.parse(await readFile(MANIFEST, "utf8"));
  } catch {
    return undefined;
  }
  const compiled = join(COMPILED, manifest.version, `${basename(entry, ".ts")}.cjs`);
  const unchanged = (/** @type {string} */ file, /** @type {[number, number] | undefined} */ seen) =>
    stat(file).then(
      (now) => !seen || (now.mtimeMs === seen[0] && now.size === seen[1]),
      () => false,
    );
  const checks = [
    unchanged(compiled, undefined),
    ...Object.entries(manifest.inputs).map(([file, seen]) => unchanged(file, seen)),
  ];
  return (await Promise.all(checks)).every(Boolean) ? compiled : undefined;
}

/** Where Eleventy imports the project's own files (its data files, src/_data/*.js), as it has it. */
const ELEVENTY_IMPORT = { file: /[\\/]@11ty[\\/]eleventy[\\/]src[\\/]Util[\\/]Require\.js$/, call: "import(urlPath)" };

/**
 * Eleventy in the bundle. It finds its package.json by import.meta.url: each of its modules gets the URL
 * of the file it came from, relative to the bundle's folder (so that the project may move). And it imports
 * the project's files through ./cached-bundle.js's importOutsideBundle: an `import()` in code that V8
 * loaded from its cache has no loader in Node 20.
 * @param {string} outdir
 * @returns {import("esbuild").Plugin}
 */
const eleventyInBundle = (outdir) => ({
  name: "eleventy-in-bundle",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]@11ty[\\/]eleventy[\\/]src[\\/].*\.js$/ }, async ({ path }) => {
      const source = relative(outdir, path).split(sep).join("/");
      const url = `new URL(${JSON.stringify(source)}, import.meta.url).href`;
      let contents = (await readFile(path, "utf8")).replaceAll("import.meta.url", url);
      if (ELEVENTY_IMPORT.file.test(path)) {
        if (!contents.includes(ELEVENTY_IMPORT.call))
          return {
            errors: [
              { text: `${ELEVENTY_IMPORT.call} is gone from Eleventy's ${source}: see scripts/run-compiled.js` },
            ],
          };
        contents = contents.replace(ELEVENTY_IMPORT.call, "importOutsideBundle(urlPath)");
      }
      return { contents, loader: "js" };
    });
  },
});

/** @param {string} entry @returns {Promise<string>} the compiled entry, compiled now with every other entry point */
async function compile(entry) {
  const { build, version: esbuildVersion } = await import("esbuild");
  const scratch = join(COMPILED, `.${process.pid}-${Date.now()}`);
  const compiling = build({
    entryPoints: { [basename(entry, ".ts")]: entry, ...COMPANIONS },
    bundle: true,
    format: "cjs",
    outExtension: { ".js": ".cjs" },
    platform: "node",
    target: "node20",
    // Packages are bundled too, Eleventy with them (a module that Node reads, resolves and links is the
    // slow part of starting: Eleventy alone is 300 ms of it unbundled), except esbuild, which finds its
    // binary beside itself, and what only watching and serving load (chokidar, Eleventy's dev server: not
    // strict-mode code). Pagefind finds its binary as a package, from wherever it is. None of them may be
    // an ES module only: the bundle cannot import one.
    external: ["esbuild", "chokidar", "@11ty/eleventy-dev-server"],
    plugins: [eleventyInBundle(scratch)],
    // The ES modules that went in ask for their own URL: here, the bundle's.
    define: { "import.meta.url": "importMetaUrlOfBundle" },
    banner: { js: 'var importMetaUrlOfBundle = require("node:url").pathToFileURL(__filename).href;' },
    sourcemap: "linked",
    sourcesContent: false,
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    outdir: scratch,
    logLevel: "warning",
  });
  // esbuild has printed what is wrong, with file:line:col.
  const { metafile } = await compiling.catch(async () => {
    await rm(scratch, { recursive: true, force: true });
    process.exit(1);
  });
  // The folder is named by what went in, so two runs compiling the same sources at once agree.
  // The packages that went in stand as npm's record of what it installed, which every install rewrites:
  // checking it is one stat where checking each of their files is six hundred.
  const ownSources = Object.keys(metafile.inputs).filter((file) => !file.split(/[\\/]/).includes("node_modules"));
  const sources = [...ownSources, "scripts/run-compiled.js", INSTALLED_PACKAGES].sort();
  const hash = createHash("sha256").update(esbuildVersion);
  /** @type {Manifest["inputs"]} */
  const inputs = {};
  for (const file of sources) {
    const [content, { mtimeMs, size }] = await Promise.all([readFile(file), stat(file)]);
    hash.update(file).update(content);
    inputs[file] = [mtimeMs, size];
  }
  const version = hash.digest("hex").slice(0, 16);
  try {
    await rename(scratch, join(COMPILED, version));
  } catch {
    await rm(scratch, { recursive: true, force: true }); // another run has just compiled the same
  }
  const manifestScratch = `${scratch}.json`;
  await writeFile(manifestScratch, JSON.stringify({ version, inputs }));
  await rename(manifestScratch, MANIFEST);
  await removeOldVersions(version);
  return join(COMPILED, version, `${basename(entry, ".ts")}.cjs`);
}

/**
 * Removes the oldest versions and the older ones' code caches, and what a run stopped while compiling left
 * (older than a minute: not another run's).
 * @param {string} newest
 */
async function removeOldVersions(newest) {
  const versions = [];
  for (const name of await readdir(COMPILED)) {
    const { mtimeMs } = await stat(join(COMPILED, name));
    if (/^[0-9a-f]{16}$/.test(name) && name !== newest) versions.push({ name, mtimeMs });
    else if (name.startsWith(".") && Date.now() - mtimeMs > 60_000)
      await rm(join(COMPILED, name), { recursive: true, force: true });
  }
  versions.sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { name } of versions.slice(KEEP)) await rm(join(COMPILED, name), { recursive: true, force: true });
  for (const { name } of versions.slice(0, KEEP))
    for (const file of await readdir(join(COMPILED, name)))
      if (file.endsWith(CODE_CACHE)) await rm(join(COMPILED, name, file), { force: true });
}

const [entry, ...args] = process.argv.slice(2);
if (!entry?.endsWith(".ts")) {
  console.error("usage: node scripts/run-compiled.js <entry point>.ts [arguments…]");
  process.exit(2);
}
await mkdir(COMPILED, { recursive: true });
const compiled = resolve((await upToDate(entry)) ?? (await compile(entry)));
// A one-shot run never imports a changed module again: Eleventy's cache-busting resolver (a loader
// thread that every later import waits on) has nothing to do.
process.env.ELEVENTY_SKIP_ESM_RESOLVER = "1";
// Node prints an uncaught error's line of code before its stack: in compiled code, a line holds a whole bundle.
process.on("uncaughtException", (error) => {
  console.error(error);
  process.exit(1);
});
// The entry point sees itself as the main module, with its own arguments.
process.argv = [process.argv[0] ?? "node", compiled, ...args];
runBundle(compiled);
