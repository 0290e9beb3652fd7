import { existsSync, renameSync } from "node:fs";
import { constants } from "node:os";
import { removeTree } from "./remove-tree.ts";

const oldOf = (target: string) => `${target}-old`;

/**
 * Replaces `target` with `next` in two renames, so a failed build never leaves
 * a half-written site. The renames run synchronously with SIGINT and SIGTERM
 * held until both are done (a listener makes Node handle them between tasks),
 * so Ctrl+C never falls between them (the process ends once both are done); only SIGKILL can, and then the next
 * build puts the old site back first (restoreInterruptedSwap).
 */
export async function swapDirectory(next: string, target: string): Promise<void> {
  const old = oldOf(target);
  await removeTree(old);
  const held: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals) => held.push(signal);
  process.on("SIGINT", hold).on("SIGTERM", hold);
  try {
    if (existsSync(target)) renameSync(target, old);
    renameSync(next, target);
    // A signal sent during the renames reaches `hold` a little later, from the event loop's next turns
    // (libuv reads it from a pipe): keep listening while the old site is removed, and a few ms at least.
    await Promise.all([removeTree(old), new Promise((resolve) => setTimeout(resolve, 5))]);
  } finally {
    process.off("SIGINT", hold).off("SIGTERM", hold);
  }
  // A signal that came during the swap now ends the process, with the shell's exit status for it.
  const signal = held[0];
  if (signal) process.exit(128 + constants.signals[signal]);
}

/** A build killed between the two renames leaves no `target`, but the complete old site beside it: put it back. */
export function restoreInterruptedSwap(target: string): void {
  if (!existsSync(target) && existsSync(oldOf(target))) renameSync(oldOf(target), target);
}
