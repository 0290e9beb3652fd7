/**
 * npm test — builds the site, then runs every test suite in test/ (uvu,
 * TypeScript through tsx) against it, and ends with the line CI reads:
 * "N passed, N failed".
 *
 * Two uvu processes run side by side, one per core: pa11y-ci (which must check
 * one page at a time) alone, and every other suite. Each one's output is
 * printed whole when it ends, so the two never interleave.
 */
import { spawn } from "node:child_process";
import { build } from "./build.ts";

/** uvu's file pattern for the pa11y suite; the other process runs every other test file. */
const PA11Y_SUITE = "a11y\\.test\\.ts$";
const OTHER_SUITES = "^(?!.*a11y\\.test\\.ts$).*\\.test\\.ts$";

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
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("close", (status) => {
      const run = { code: status ?? 1, output: output.join("") };
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
