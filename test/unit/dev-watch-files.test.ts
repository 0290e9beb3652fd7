/**
 * The editing loop's watcher sees every way a file gets saved, from the
 * moment it returns: in place, by an editor's write-and-rename, by a
 * checkout's delete-and-recreate (and the saves after those), in a new
 * folder, and a single watched file beside unwatched ones.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { watchFiles, type FileWatcher } from "../../scripts/dev/watch-files.ts";

let dir: string;
let watcher: FileWatcher;
let seen: Set<string>;

test.before.each(async () => {
  dir = await mkdtemp(join(tmpdir(), "kasikirja-watch-"));
  await mkdir(join(dir, "content/situations"), { recursive: true });
  await writeFile(join(dir, "content/situations/tyoton.yaml"), "a\n");
  await writeFile(join(dir, "build.ts"), "a\n");
  await writeFile(join(dir, "other.ts"), "a\n");
  seen = new Set();
  watcher = watchFiles([join(dir, "content"), join(dir, "build.ts")], (path) => seen.add(path));
});

test.after.each(async () => {
  watcher.close();
  await rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function seenSoon(path: string): Promise<void> {
  const started = performance.now();
  while (!seen.has(join(dir, path))) {
    if (performance.now() - started > 5000) assert.unreachable(`${path} not reported; saw ${[...seen].join(", ")}`);
    await sleep(5);
  }
}

/** Does `save` once no event has come for 50 ms, and waits until `path` is reported: so the report is the save's own. */
async function reported(path: string, save: () => Promise<void>): Promise<void> {
  for (let count = -1; count !== seen.size; await sleep(50)) count = seen.size;
  seen.clear();
  await save();
  await seenSoon(path);
}

test("a save made at once after watching starts is seen", async () => {
  await writeFile(join(dir, "content/situations/tyoton.yaml"), "b\n");
  await seenSoon("content/situations/tyoton.yaml");
});

test("saves by rename (editors) and by delete and recreate (git), and every save after them", async () => {
  const path = "content/situations/tyoton.yaml";
  const file = join(dir, path);
  for (let n = 0; n < 3; n++) {
    await reported(path, async () => {
      await writeFile(`${file}.tmp`, `${n}\n`);
      await rename(`${file}.tmp`, file);
    });
    await reported(path, async () => {
      await rm(file);
      await writeFile(file, `${n}\n`);
    });
    await reported(path, () => writeFile(file, `${n} in place\n`));
  }
});

test("a new folder's files, and files saved in it afterwards", async () => {
  const path = "content/prose/new/text.md";
  await reported(path, async () => {
    await mkdir(join(dir, "content/prose/new"), { recursive: true });
    await writeFile(join(dir, path), "a\n");
  });
  await reported(path, () => writeFile(join(dir, path), "b\n"));
});

test("a watched single file, replaced; its unwatched neighbours are not reported", async () => {
  await reported("build.ts", async () => {
    await writeFile(join(dir, "other.ts"), "b\n");
    await writeFile(join(dir, "build.ts.tmp"), "b\n");
    await rename(join(dir, "build.ts.tmp"), join(dir, "build.ts"));
  });
  assert.not.ok(seen.has(join(dir, "other.ts")), "other.ts is not watched");
  await reported("build.ts", () => writeFile(join(dir, "build.ts"), "c\n"));
});

test.run();
