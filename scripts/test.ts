/**
 * npm test — builds the site, then runs every test suite in test/ (uvu,
 * TypeScript through tsx) against it, and ends with the line CI reads:
 * "N passed, N failed".
 */
import { spawn } from "node:child_process";
import { build } from "./build.ts";

if (!(await build())) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const output: string[] = [];
const code = await new Promise<number>((resolve) => {
  const child = spawn("npx", ["uvu", "-r", "tsx", "test", "\\.test\\.ts$"], {
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    output.push(chunk.toString());
  });
  child.on("close", (status) => resolve(status ?? 1));
});

// uvu prints "Total: N" and "Passed: N" but no pass/fail line of its own.
const all = output.join("");
const count = (label: string) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(all)?.[1] ?? 0);
const total = count("Total");
const passed = count("Passed");
const failed = total - passed - count("Skipped") || (code === 0 ? 0 : 1);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = code === 0 && failed === 0 && total > 0 ? 0 : 1;
