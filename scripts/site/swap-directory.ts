import { rename, rm } from "node:fs/promises";

/** Replaces `target` with `next` in two renames, so a failed build never leaves a half-written site. */
export async function swapDirectory(next: string, target: string): Promise<void> {
  const old = `${target}-old`;
  await rm(old, { recursive: true, force: true });
  await rename(target, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(next, target);
  await rm(old, { recursive: true, force: true });
}
