/**
 * Two builds of the same project give the same site, byte for byte: a deploy that changed nothing uploads
 * nothing, and the service worker (named by the files' hashes) does not make every reader download the
 * site again. Pagefind's filter files were the exception (scripts/search/stable-filters.ts).
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scratchProject, type ScratchProject } from "../../scripts/bench/scratch-project.ts";
import { siteFileHashes } from "../helpers/site-files.ts";

let project: ScratchProject;

test.before(async () => {
  project = await scratchProject("same-site");
});

test.after(() => project?.remove());

test("the same project built twice gives the same site, byte for byte", async () => {
  await project.build();
  const first = siteFileHashes(project.siteDir);
  await project.build();
  assert.equal(Object.fromEntries(siteFileHashes(project.siteDir)), Object.fromEntries(first));
});

test.run();
