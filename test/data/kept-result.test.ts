/**
 * The compiled build keeps its data step's result (scripts/data/kept-result.ts) and uses it again only
 * while nothing it came from or wrote has changed. To see which result a build used, the kept one is
 * marked (a situation renamed in generated/data-step.json): a build that used it shows the mark.
 */
import { execFile } from "node:child_process";
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scratchEnv, scratchProject, type ScratchProject } from "../../scripts/bench/scratch-project.ts";
import { buildCommand } from "../../scripts/site/build-inputs.ts";

const KEPT = "generated/data-step.json";
const NAME = '"name":"Työtön"';
const MARK = "Pidetty tulos";

let project: ScratchProject;
const inProject = (file: string) => join(project.dir, file);

/** Renames the situation in the kept result (a build that used it leaves it so). */
async function markKept(): Promise<void> {
  const kept = await readFile(inProject(KEPT), "utf8");
  const marked = `"name":"${MARK}"`;
  assert.ok(kept.includes(NAME) || kept.includes(marked), "the kept result has no situation named Työtön");
  await writeFile(inProject(KEPT), kept.replace(NAME, marked));
}

/** Builds, and says whether the situation page shows the mark: whether the kept result was used. */
async function builtFromKept(): Promise<boolean> {
  await project.build();
  const page = await readFile(join(project.siteDir, "index.html"), "utf8");
  return page.includes(MARK);
}

test.before(async () => {
  project = await scratchProject("kept-result");
  await project.build();
});

test.after(() => project?.remove());

test("unchanged, the content is not read again: the kept result is used", async () => {
  await markKept();
  assert.ok(await builtFromKept());
});

test("a changed content file is read again", async () => {
  await markKept();
  const situation = join(project.contentDir, "situations", "tyoton.yaml");
  const text = await readFile(situation, "utf8");
  await writeFile(situation, text.replace("name: Työtön\n", "name: Työtön asiakas\n"));
  assert.not.ok(await builtFromKept());
  assert.match(await readFile(join(project.siteDir, "index.html"), "utf8"), "Työtön asiakas");
  await writeFile(situation, text);
  await project.build();
});

test("a new file in content/, even one the step skips, is read again", async () => {
  await markKept();
  await writeFile(join(project.contentDir, "actions.yaml~"), "");
  const { stdout } = await promisify(execFile)(...buildCommand(), { cwd: project.dir, env: scratchEnv() });
  assert.match(stdout, /actions\.yaml~/, "the skipped file's notice was not printed");
  assert.not.ok((await readFile(join(project.siteDir, "index.html"), "utf8")).includes(MARK));
  await rm(join(project.contentDir, "actions.yaml~"));
});

test("what the step wrote, changed or gone, is written again", async () => {
  await markKept();
  await rm(inProject("generated/handbook.json"));
  assert.not.ok(await builtFromKept());
  assert.ok((await readFile(inProject("generated/handbook.json"), "utf8")).includes("Työtön"));
  await markKept();
  await appendFile(join(project.contentDir, ".schema", "situation.schema.json"), " ");
  assert.not.ok(await builtFromKept());
});

test("rejected content is not kept: its problems are printed by every build", async () => {
  const kept = await readFile(inProject(KEPT), "utf8");
  const phases = join(project.contentDir, "phases.yaml");
  const text = await readFile(phases, "utf8");
  await writeFile(phases, text.replace("name: Primaarivaihe", 'name: "Primaarivaihe'));
  for (let build = 0; build < 2; build++) {
    const failed = await promisify(execFile)(...buildCommand(), { cwd: project.dir, env: scratchEnv() }).then(
      () => undefined,
      (error: { stderr: string }) => error,
    );
    assert.match(failed?.stderr ?? "", /content\/phases\.yaml:\d+:\d+ \(syntax\)/);
  }
  assert.is(await readFile(inProject(KEPT), "utf8"), kept, "the rejected result was kept");
  await writeFile(phases, text);
});

test.run();
