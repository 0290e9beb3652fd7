/**
 * scripts/site/build-id.ts: the build id changes with any byte of an edition's folder, two editions with
 * the same files in different folders never share one, and the inputs' hash read once for a run gives the
 * same id as reading them for each site.
 */
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { EXAMPLE_EDITION } from "../../scripts/edition/edition-settings.ts";
import { computeBuildId, hashBuildInputs } from "../../scripts/site/build-id.ts";

let dir: string;

test.before(async () => {
  dir = await mkdtemp(join(tmpdir(), "kasikirja-build-id-"));
  for (const name of ["a", "b"]) await cp(EXAMPLE_EDITION, join(dir, name), { recursive: true });
});
test.after(() => rm(dir, { recursive: true, force: true }));

test("the inputs hashed once for a run give each site the id it would get alone", () => {
  const inputs = hashBuildInputs();
  assert.is(computeBuildId(undefined, inputs), computeBuildId());
  assert.is(computeBuildId(join(dir, "a"), inputs), computeBuildId(join(dir, "a")));
});

test("an edition's id is not the national one, and two editions' folders never share one", () => {
  const ids = new Set([computeBuildId(), computeBuildId(join(dir, "a")), computeBuildId(join(dir, "b"))]);
  assert.is(ids.size, 3);
});

test("any change to an edition's files changes its id", async () => {
  const before = computeBuildId(join(dir, "b"));
  await writeFile(join(dir, "b", "notes", "uusi.md"), "Uusi ohje.\n");
  assert.is.not(computeBuildId(join(dir, "b")), before);
});

test.run();
