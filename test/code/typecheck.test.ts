/** The whole project type-checks under strict TypeScript. */
import { execFileSync } from "node:child_process";
import { test } from "uvu";
import * as assert from "uvu/assert";

test("tsc --noEmit reports no type errors", () => {
  try {
    execFileSync("npx", ["tsc", "--noEmit"], { encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    const { stdout } = error as { stdout: string };
    assert.unreachable(`type errors:\n${stdout}`);
  }
});

test.run();
