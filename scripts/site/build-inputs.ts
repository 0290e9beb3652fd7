/**
 * What the build is made of, outside node_modules — listed here once. The
 * editing loop's watcher and path rules (scripts/dev/changes.ts), the build
 * id (build-id.ts) and the benchmark's copy of the project
 * (scripts/bench/scratch-project.ts) derive their lists from it.
 * Paths are relative to the project, with "/"; a folder ends in "/", and
 * `folder/*.js` is that folder's .js files.
 */

/**
 * The code `npm run build` runs: a change to it needs a fresh build process.
 * test/unit/build-inputs.test.ts checks that the build imports nothing else.
 */
export const BUILD_CODE = [
  ".eleventy.js",
  "scripts/run-compiled.js",
  "scripts/cached-bundle.js",
  "scripts/stack-traces.js",
  "scripts/build.ts",
  "lib/",
  "src/eleventy/",
  "src/_data/*.js",
  "scripts/data/",
  "scripts/site/",
  "scripts/search/",
  "scripts/deploy/",
  "scripts/translation/",
  "scripts/edition/",
] as const;

/**
 * Node's options for a build (package.json's build script gives the same). A young generation twice
 * V8's default: a build makes many short-lived strings (pages, their parts for Pagefind), and
 * collected less often fewer of them survive into the old generation. 20 editions: a third less time
 * in the collector (330–370 ms against 250–270 on the main thread). And functions optimised later
 * (an interrupt budget nine times V8's 67 584): a build is over in seconds, and optimising every
 * function that is warm for a while cost more than it saved. 20 editions in threads: V8's compiler
 * threads took 1.1–1.5 s of CPU, as much as one of the threads building; with the later budget, the
 * run 2.8–3.0 s against 3.1–3.6 (3 rounds each, taking turns), a national build no slower, 648 pages
 * no more CPU.
 */
const BUILD_NODE_OPTIONS = ["--max-semi-space-size=32", "--interrupt-budget=600000"] as const;

/**
 * `npm run build [args]` without npm, as the tests and the benchmark start
 * builds of their own: the build's code compiled once (scripts/run-compiled.js)
 * and run by this Node, in the current folder or `cwd`.
 */
export const buildCommand = (...args: string[]): [string, string[]] => [
  process.execPath,
  [...BUILD_NODE_OPTIONS, "scripts/run-compiled.js", "scripts/build.ts", ...args],
];

/** What the pages are made of besides code: the editors' content and the site's templates, data, scripts and assets. */
export const SITE_SOURCES = ["content/", "src/"] as const;

/** The exact packages the build runs (Pagefind's version decides its index format). */
export const PACKAGE_LOCK = "package-lock.json";

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A path pattern of the list above as a regular expression source, anchored. */
function patternSource(entry: string): string {
  if (entry.endsWith("/")) return `^${escaped(entry)}`;
  const glob = /^(.*\/)\*(\.[a-z]+)$/.exec(entry);
  if (glob) return `^${escaped(glob[1]!)}[^/]+${escaped(glob[2]!)}$`;
  return `^${escaped(entry)}$`;
}

/** Matches a path under any of the entries. */
export const pathsUnder = (entries: readonly string[]) => new RegExp(entries.map(patternSource).join("|"));

/** The folder or file to watch or copy for an entry: `src/_data/*.js` → `src/_data`, `lib/` → `lib`. */
export const watchRoot = (entry: string) => entry.replace(/\/(\*\.[a-z]+)?$/, "");

/** Whether `entry` lies inside one of `roots` (`src/eleventy/` inside `src/`). */
export const isInside = (entry: string, roots: readonly string[]) =>
  roots.some((root) => entry !== root && entry.startsWith(root));
