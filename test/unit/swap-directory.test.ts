/** The build's last step: the new site replaces the old whole, and a build killed mid-swap loses neither. */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { removeTree } from "../../scripts/site/remove-tree.ts";
import { restoreInterruptedSwap, swapDirectory } from "../../scripts/site/swap-directory.ts";

function siteIn(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, "index.html"), text);
  return path;
}

test("the new site replaces the old, and nothing is left beside it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "swap-"));
  try {
    const target = siteIn(dir, "_site", "old");
    await swapDirectory(siteIn(dir, "_site-next", "new"), target);
    assert.is(readFileSync(join(target, "index.html"), "utf8"), "new");
    assert.not.ok(existsSync(`${target}-old`) || existsSync(`${target}-next`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a folder is removed whole, whatever its names; a missing one is no error", async () => {
  const dir = mkdtempSync(join(tmpdir(), "swap-"));
  try {
    const tree = join(dir, "-rf old site");
    siteIn(join(tree, "a/b c"), "-d", "deep");
    siteIn(tree, ".hidden", "hidden");
    await removeTree(tree);
    assert.not.ok(existsSync(tree));
    assert.ok(existsSync(dir), "more than the folder was removed");
    await removeTree(tree);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a build killed between the two renames gets the old site back before it builds again", () => {
  const dir = mkdtempSync(join(tmpdir(), "swap-"));
  try {
    const target = join(dir, "_site");
    siteIn(dir, "_site-old", "old");
    restoreInterruptedSwap(target);
    assert.is(readFileSync(join(target, "index.html"), "utf8"), "old");
    restoreInterruptedSwap(target);
    assert.is(readFileSync(join(target, "index.html"), "utf8"), "old", "a complete site is left alone");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a SIGINT that arrives during the swap waits until the new site is in place", async () => {
  const dir = mkdtempSync(join(tmpdir(), "swap-"));
  try {
    const target = siteIn(dir, "_site", "old");
    siteIn(dir, "_site-next", "new");
    // The child sends itself SIGINT in the middle of the swap's synchronous part (from the first rename's
    // own call), the moment Ctrl+C would hurt most.
    const script = `
      import fs from "node:fs";
      import { syncBuiltinESMExports } from "node:module";
      import { swapDirectory } from ${JSON.stringify(new URL("../../scripts/site/swap-directory.ts", import.meta.url).pathname)};
      const rename = fs.renameSync;
      fs.renameSync = (from, to) => { rename(from, to); if (to.endsWith("-old")) process.kill(process.pid, "SIGINT"); };
      syncBuiltinESMExports();
      await swapDirectory(${JSON.stringify(join(dir, "_site-next"))}, ${JSON.stringify(target)});`;
    const status = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
        stdio: "inherit",
      });
      child.on("exit", (code) => resolve(code));
    });
    assert.is(status, 130, "the signal still ends the process, as Ctrl+C does");
    assert.is(readFileSync(join(target, "index.html"), "utf8"), "new");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
