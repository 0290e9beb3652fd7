/** content/ as git has it at a commit, for the history check. */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import type { EarlierFile } from "./history-check.ts";

const run = promisify(execFile);

/** Reads `<contentPath>/<file>` at `rev` in the repository at `repoDir`; a file the commit lacks reads as undefined. */
export function contentAt(repoDir: string, rev: string, contentPath = "content"): EarlierFile {
  return async (file) => {
    try {
      const { stdout } = await run("git", ["-C", repoDir, "show", `${rev}:${contentPath}/${file}`], {
        maxBuffer: 64 * 1024 * 1024,
      });
      return stdout;
    } catch {
      return undefined;
    }
  };
}

/** Whether `rev` names a commit in `repoDir` (not in a shallow clone's missing history, not outside git). */
export function hasCommit(repoDir: string, rev: string): boolean {
  try {
    execFileSync("git", ["-C", repoDir, "rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
