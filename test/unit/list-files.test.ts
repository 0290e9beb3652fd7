/** lib/list-files.ts: every file below a folder, however deep, and nothing else. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { listFiles } from "../../lib/list-files.ts";

let dir: string;

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), "kasikirja-list-files-"));
  await mkdir(join(dir, "a", "b", "c"), { recursive: true });
  await mkdir(join(dir, "empty"));
  await writeFile(join(dir, "top.html"), "");
  await writeFile(join(dir, "a", "b", "c", "deep.json"), "");
  await writeFile(join(dir, "a", "middle.css"), "");
  await symlink(join(dir, "top.html"), join(dir, "a", "link.html"));
});
test.after(() => rm(dir, { recursive: true, force: true }));

test("lists the files of every folder below, as paths starting with the folder, and no folders or links", () => {
  assert.equal(listFiles(dir).sort(), [
    join(dir, "a", "b", "c", "deep.json"),
    join(dir, "a", "middle.css"),
    join(dir, "top.html"),
  ]);
});

test("a folder with nothing in it lists nothing; one that is missing is an error", () => {
  assert.equal(listFiles(join(dir, "empty")), []);
  assert.throws(() => listFiles(join(dir, "missing")), /ENOENT/);
});

test.run();
