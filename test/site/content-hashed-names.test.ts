/**
 * The files in the folders hosts keep for a year (HASHED_FOLDERS: assets/ and Pagefind's fragments, index
 * and filters) are named by their bytes: a file of another content gets another name, from one build to
 * the next. The service worker's version hashes those files by name alone (scripts/site/precache-list.ts),
 * and a reader's browser keeps them as long as the host says, so a name must never hold two contents.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { FRAGMENT_DIR } from "../../lib/search/pagefind-files.ts";
import { scratchProject, type ScratchProject } from "../../scripts/bench/scratch-project.ts";
import { HASHED_FOLDERS } from "../../scripts/deploy/headers.ts";
import { siteFileHashes } from "../helpers/site-files.ts";

let project: ScratchProject;

/** Each file in the hashed folders, by path in the site, with a hash of its bytes. */
const hashedFiles = () =>
  new Map(
    [...siteFileHashes(project.siteDir)].filter(([path]) => HASHED_FOLDERS.some((folder) => path.startsWith(folder))),
  );

test.before(async () => {
  project = await scratchProject("hashed-names");
});

test.after(() => project?.remove());

test("a file of other bytes gets another name in every content-hashed folder", async () => {
  await project.build();
  const before = hashedFiles();
  // A page's text and the stylesheet changed: new fragments, index words and CSS.
  const situation = join(project.contentDir, "situations", "tyoton.yaml");
  await writeFile(situation, (await readFile(situation, "utf8")).replace("name: Työtön\n", "name: Työtön asiakas\n"));
  const css = join(project.dir, "src", "assets", "site.css");
  await writeFile(css, `${await readFile(css, "utf8")}\n.hashed-names-test { color: inherit; }\n`);
  await project.build();
  const after = hashedFiles();
  // Where the change must show, or the check would prove nothing.
  for (const folder of ["assets/", `${FRAGMENT_DIR}/`]) {
    const renamed = [...before.keys()].filter((path) => path.startsWith(folder) && !after.has(path));
    assert.ok(renamed.length > 0, `nothing in ${folder} changed`);
  }
  for (const [path, bytes] of after)
    if (before.has(path)) assert.is(before.get(path), bytes, `${path} holds other bytes under the same name`);
});

test.run();
