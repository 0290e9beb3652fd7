/**
 * A folder and everything in it removed, as `rm -rf` does: a site's old copy, at the end of every build
 * and of every edition's. Node's own recursive rm (20 two-megabyte sites: 360 ms of CPU, most of it in
 * its thread pool's system calls) costs four times what the system's rm does (90 ms, measured), and
 * runs on the cores the build renders on; so the system's rm, where there is one, in a process of its
 * own. Nothing to remove, nothing is started.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function removeTree(dir: string): Promise<void> {
  if (!existsSync(dir)) return;
  if (process.platform === "win32") await rm(dir, { recursive: true, force: true });
  else await run("rm", ["-rf", "--", dir]);
}
