/** The whole project passes ESLint (typescript-eslint, type-aware) and is formatted as Prettier formats it. */
import { execFileSync } from "node:child_process";
import { test } from "uvu";
import * as assert from "uvu/assert";

function complaints(command: string, args: string[]): string | undefined {
  try {
    execFileSync(command, args, { encoding: "utf8", stdio: "pipe" });
    return undefined;
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}${stderr}`;
  }
}

test("eslint reports no problems", () => {
  const found = complaints("npx", ["eslint", "--max-warnings", "0", "."]);
  if (found) assert.unreachable(`eslint (fix with npm run format, or by hand):\n${found}`);
});

test("every file is formatted by prettier", () => {
  const found = complaints("npx", ["prettier", "--check", "."]);
  if (found) assert.unreachable(`not formatted (npm run format writes them):\n${found}`);
});

test.run();
