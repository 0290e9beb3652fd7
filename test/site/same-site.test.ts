/**
 * Two builds of the same project give the same site, byte for byte: a deploy that changed nothing uploads
 * nothing, and the service worker (named by the files' hashes) does not make every reader download the
 * site again. Pagefind's filter files, and a bilingual entry's order of languages, were the exceptions
 * (scripts/search/stable-filters.ts). Built in both languages, as a bilingual county's site is.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scratchProject, type ScratchProject } from "../../scripts/bench/scratch-project.ts";
import { stabiliseFilters } from "../../scripts/search/stable-filters.ts";
import { PAGEFIND_ENTRY, type PagefindEntry } from "../../lib/search/pagefind-files.ts";
import { siteFileHashes } from "../helpers/site-files.ts";

let project: ScratchProject;
const BILINGUAL = { LANGUAGES: "fi,sv" };

test.before(async () => {
  project = await scratchProject("same-site");
});

test.after(() => project?.remove());

test("the same project built twice gives the same site, byte for byte", async () => {
  await project.build(BILINGUAL);
  const first = siteFileHashes(project.siteDir);
  await project.build(BILINGUAL);
  assert.equal(Object.fromEntries(siteFileHashes(project.siteDir)), Object.fromEntries(first));
});

test("the search entry lists the languages in code order, whichever order Pagefind wrote them in", () => {
  const entryPath = join(project.siteDir, PAGEFIND_ENTRY);
  const written = readFileSync(entryPath, "utf8");
  const entry = JSON.parse(written) as PagefindEntry;
  assert.equal(Object.keys(entry.languages), ["fi", "sv"]);
  // As Pagefind writes it every other run: the other way round.
  const reversed = Object.fromEntries(Object.entries(entry.languages).reverse());
  writeFileSync(entryPath, JSON.stringify({ ...entry, languages: reversed }));
  stabiliseFilters(project.siteDir);
  assert.is(readFileSync(entryPath, "utf8"), written);
});

test.run();
