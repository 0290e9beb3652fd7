/**
 * npm test [-- <file-regex>] — runs the test suites in test/ (uvu, TypeScript
 * through tsx) and ends with the line CI reads: "N passed, N failed".
 *
 * Without an argument it runs every suite. With one, only the suite files
 * whose path under test/ matches it (a case-insensitive regex): `npm test --
 * site/links`, `npm run test:unit` (= `^unit/`). TEST_NAME=<regex> runs only
 * the tests whose title matches; the rest count as skipped. The site is built
 * first, and the system tools installed, only for suites that need them:
 * test/site and test/browser read the build.
 *
 * Two uvu processes run side by side, one per core: pa11y-ci (which must check
 * one page at a time, so nothing else runs in its process while it does) then
 * the suites that need no browser, and every other browser suite. Each one's output is
 * printed whole when it ends, so the two never interleave. A process that
 * outlives its own summary (a failed test left a server or browser open) is
 * stopped, and one that runs past the time limit is stopped and counted as a
 * failure with what it printed so far, so CI never waits on a hang.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { build, readNational } from "./site/build-site.ts";
import { editionOutputDir, EXAMPLE_EDITION } from "./edition/edition-settings.ts";
import { ensureTools, type SuiteFolder } from "./ensure-tools.ts";

const TEST_DIR = "test";
/** The pa11y suite, which runs in a process of its own. */
const PA11Y_SUITE = "browser/a11y.test.ts";
/** The folders whose suites read the built site. */
const NEEDS_BUILD: readonly SuiteFolder[] = ["site", "browser"];
/** Preloaded when TEST_NAME is set. */
const NAME_FILTER = resolve(TEST_DIR, "helpers", "test-name-filter.ts");

/** Far above a normal run (about 5 minutes per process on 2 cores), far below CI's 90. */
const TIME_LIMIT_MS = 30 * 60_000;
/** How long a process may linger after printing uvu's summary. */
const LINGER_MS = 10_000;

interface SuiteRun {
  readonly code: number;
  readonly output: string;
  /** uvu printed its summary (killed after it, the summary's counts decide). */
  readonly summarised: boolean;
}

/** Every suite file, as its path under test/ ("unit/urls.test.ts"). */
function suiteFiles(): string[] {
  return readdirSync(TEST_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".test.ts"))
    .map((entry) => relative(TEST_DIR, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((file) => !file.startsWith("fixtures/"))
    .sort();
}

/** uvu's file pattern for exactly these files. */
const exactly = (files: readonly string[]) =>
  `^(${files.map((file) => file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`;

function runUvu(files: readonly string[]): Promise<SuiteRun> {
  const pattern = exactly(files);
  const preload = process.env.TEST_NAME ? ["-r", NAME_FILTER] : [];
  return new Promise((done) => {
    const output: string[] = [];
    const child = spawn("npx", ["uvu", "-r", "tsx", ...preload, TEST_DIR, pattern], {
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let lingering: NodeJS.Timeout | undefined;
    const stop = () => child.kill("SIGKILL");
    const overtime = setTimeout(() => {
      output.push(`\nStopped after ${TIME_LIMIT_MS / 60_000} minutes: a test hung (in ${files.join(", ")}).\n`);
      stop();
    }, TIME_LIMIT_MS);
    child.stdout.on("data", (chunk: Buffer) => {
      output.push(chunk.toString());
      if (!lingering && /Duration:/.test(output.join(""))) lingering = setTimeout(stop, LINGER_MS);
    });
    child.on("close", (status) => {
      clearTimeout(overtime);
      clearTimeout(lingering);
      const all = output.join("");
      const summarised = /Duration:/.test(all);
      const run = { code: status ?? (summarised ? 0 : 1), output: all, summarised };
      process.stdout.write(run.output);
      done(run);
    });
  });
}

const [chosen = ""] = process.argv.slice(2);
const files = suiteFiles().filter((file) => new RegExp(chosen, "i").test(file));
if (files.length === 0) {
  console.log(`No suite in ${TEST_DIR}/ matches ${chosen}.\n0 passed, 1 failed`);
  process.exit(1);
}
const chosenFolders = new Set(files.map((file) => file.split("/")[0]));
const readingTheBuild = new Set(NEEDS_BUILD.filter((folder) => chosenFolders.has(folder)));
// The national site, then the example edition beside it: the edition suites share this one build.
const buildBoth = async () => {
  const national = await readNational();
  return (
    !!national &&
    (await build({ national })) &&
    (await build({ edition: EXAMPLE_EDITION, siteDir: editionOutputDir(EXAMPLE_EDITION), national }))
  );
};
if (!ensureTools(readingTheBuild) || (readingTheBuild.size > 0 && !(await buildBoth()))) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}

// Balanced by time (CI, 2 cores): the browser suites but pa11y take about as long as pa11y and the rest together.
const inBrowserProcess = (file: string) => file.startsWith("browser/") && file !== PA11Y_SUITE;
const groups = [files.filter((file) => !inBrowserProcess(file)), files.filter(inBrowserProcess)];
const runs = await Promise.all(groups.filter((group) => group.length > 0).map(runUvu));

// uvu prints "Total: N" and "Passed: N" but no pass/fail line of its own.
const count = (output: string, label: string) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(output)?.[1] ?? 0);
let passed = 0;
let failed = 0;
let total = 0;
for (const { code, output, summarised } of runs) {
  // uvu's Total leaves out skipped tests.
  const runTotal = count(output, "Total");
  const runPassed = count(output, "Passed");
  total += runTotal;
  passed += runPassed;
  // A process that crashed, or failed with no test failed, counts as one failure.
  failed += runTotal - runPassed || (summarised && code === 0 ? 0 : 1);
}
if (total === 0) {
  console.log(`\nNo test ran${process.env.TEST_NAME ? `: none is named like ${process.env.TEST_NAME}` : ""}.`);
  failed ||= 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = runs.every((run) => run.code === 0) && failed === 0 ? 0 : 1;
