/**
 * npm test — builds the site, then runs every test suite in test/ (uvu,
 * TypeScript through tsx) against it, and ends with the line CI reads:
 * "N passed, N failed".
 *
 * Two uvu processes run side by side, one per core: pa11y-ci (which must check
 * one page at a time) alone, and every other suite. Each one's output is
 * printed whole when it ends, so the two never interleave. A process that
 * outlives its own summary (a failed test left a server or browser open) is
 * stopped, and one that runs past the time limit is stopped and counted as a
 * failure with what it printed so far, so CI never waits on a hang.
 */
import { spawn } from "node:child_process";
import { build } from "./build.ts";

/** uvu's file pattern for the pa11y suite; the other process runs every other test file. */
const PA11Y_SUITE = "a11y\\.test\\.ts$";
const OTHER_SUITES = "^(?!.*a11y\\.test\\.ts$).*\\.test\\.ts$";

/** Far above a normal run (about 5 minutes per process on 2 cores), far below CI's 90. */
const TIME_LIMIT_MS = 30 * 60_000;
/** How long a process may linger after printing uvu's summary. */
const LINGER_MS = 10_000;

interface SuiteRun {
  readonly code: number;
  readonly output: string;
}

function runUvu(pattern: string): Promise<SuiteRun> {
  return new Promise((resolve) => {
    const output: string[] = [];
    const child = spawn("npx", ["uvu", "-r", "tsx", "test", pattern], {
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let lingering: NodeJS.Timeout | undefined;
    const stop = () => child.kill("SIGKILL");
    const overtime = setTimeout(() => {
      output.push(`\nStopped after ${TIME_LIMIT_MS / 60_000} minutes: a test hung (pattern ${pattern}).\n`);
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
      // Killed after its summary: the summary's counts decide. Killed before it: a failure.
      const summarised = /Duration:/.test(all);
      const run = { code: status ?? (summarised ? 0 : 1), output: all };
      process.stdout.write(run.output);
      resolve(run);
    });
  });
}

if (!(await build())) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const runs = await Promise.all([runUvu(PA11Y_SUITE), runUvu(OTHER_SUITES)]);

// uvu prints "Total: N" and "Passed: N" but no pass/fail line of its own.
const count = (output: string, label: string) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(output)?.[1] ?? 0);
let passed = 0;
let failed = 0;
let total = 0;
for (const { code, output } of runs) {
  const runTotal = count(output, "Total");
  const runPassed = count(output, "Passed");
  total += runTotal;
  passed += runPassed;
  // A process that crashed before counting still counts as one failure.
  failed += runTotal - runPassed - count(output, "Skipped") || (code === 0 && runTotal > 0 ? 0 : 1);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = runs.every((run) => run.code === 0) && failed === 0 && total > 0 ? 0 : 1;
