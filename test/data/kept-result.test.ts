/**
 * The compiled build keeps its data step's result and an edition step's (scripts/data/kept-result.ts,
 * scripts/edition/kept-edition.ts) and uses them again only while nothing they came from or wrote has
 * changed. To see which result a build used, the kept one is marked (a situation renamed in
 * generated/data-step.json, the organisation in the edition's): a build that used it shows the mark.
 */
import { execFile } from "node:child_process";
import { appendFile, cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scratchEnv, scratchProject, type ScratchProject } from "../../scripts/bench/scratch-project.ts";
import { buildCommand } from "../../scripts/site/build-inputs.ts";
import { EXAMPLE_EDITION } from "../../scripts/edition/edition-settings.ts";

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

/** Builds twice with `settings`, and asserts that each build failed, printing `problem`. */
async function rejectedTwice(settings: NodeJS.ProcessEnv, problem: RegExp): Promise<void> {
  for (let build = 0; build < 2; build++) {
    const options = { cwd: project.dir, env: scratchEnv(settings) };
    const failed = await promisify(execFile)(...buildCommand(), options).then(
      () => undefined,
      (error: { stderr: string }) => error,
    );
    assert.match(failed?.stderr ?? "", problem);
  }
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
  await rejectedTwice({}, /content\/phases\.yaml:\d+:\d+ \(syntax\)/);
  assert.is(await readFile(inProject(KEPT), "utf8"), kept, "the rejected result was kept");
  await writeFile(phases, text);
});

/** The edition's kept result (one edition is built here, so one file). */
async function keptEditionFile(): Promise<string> {
  const [file, ...more] = await readdir(inProject("generated/edition-step"));
  assert.ok(file && more.length === 0, "not one kept edition result");
  return inProject(`generated/edition-step/${file}`);
}

const ORGANISATION = '"organisation":{"name":"Esimerkkialueen hyvinvointialue"';
const EDITION_MARK = "Pidetty alue";

/** Renames the organisation in the edition's kept result (a build that used it shows the new name). */
async function markKeptEdition(): Promise<void> {
  const file = await keptEditionFile();
  const kept = await readFile(file, "utf8");
  assert.ok(kept.includes(ORGANISATION) || kept.includes(EDITION_MARK), "the kept edition has no organisation");
  await writeFile(file, kept.replace(ORGANISATION, `"organisation":{"name":"${EDITION_MARK}"`));
}

/** Builds the edition, and says whether its home page shows the mark: whether the kept result was used. */
async function editionFromKept(): Promise<boolean> {
  await project.build({ EDITION: "edition" });
  return (await readFile(join(project.siteDir, "index.html"), "utf8")).includes(EDITION_MARK);
}

const editionFile = (path: string) => inProject(join("edition", path));

test("an unchanged edition over unchanged content is not read again: its kept result is used", async () => {
  await cp(EXAMPLE_EDITION, inProject("edition"), { recursive: true });
  await project.build({ EDITION: "edition" });
  await markKeptEdition();
  assert.ok(await editionFromKept());
  assert.ok(await editionFromKept(), "the kept result was used once only");
});

test("a changed edition file, or the content under it, has the edition read again", async () => {
  await markKeptEdition();
  const contacts = await readFile(editionFile("contacts.yaml"), "utf8");
  await writeFile(editionFile("contacts.yaml"), contacts.replace("ma–pe 9–15", "ma–pe 9–16"));
  assert.not.ok(await editionFromKept());
  assert.match(await readFile(join(project.siteDir, "toimijat/tyokykykoordinaattori/index.html"), "utf8"), "9–16");
  await writeFile(editionFile("contacts.yaml"), contacts);
  await project.build({ EDITION: "edition" });
  await markKeptEdition();
  const situation = join(project.contentDir, "situations", "tyoton.yaml");
  const text = await readFile(situation, "utf8");
  await writeFile(situation, text.replace("name: Työtön\n", "name: Työtön asiakas\n"));
  assert.not.ok(await editionFromKept());
  await writeFile(situation, text);
  await project.build({ EDITION: "edition" });
});

test("what the edition step wrote, changed or gone, is written again", async () => {
  await markKeptEdition();
  await rm(editionFile(".schema/contacts.schema.json"));
  assert.not.ok(await editionFromKept());
  assert.ok((await readFile(editionFile(".schema/contacts.schema.json"), "utf8")).includes("$schema"));
  await markKeptEdition();
  await appendFile(editionFile(".national-texts.json"), " ");
  assert.not.ok(await editionFromKept());
});

test("a rejected edition is not kept: its problems are printed by every build", async () => {
  const kept = await readFile(await keptEditionFile(), "utf8");
  const contacts = await readFile(editionFile("contacts.yaml"), "utf8");
  await writeFile(editionFile("contacts.yaml"), contacts.replace("actor: tyokykykoordinaattori", "actor: tyokyky"));
  await rejectedTwice({ EDITION: "edition" }, /edition\/contacts\.yaml:\d+:\d+ .*tyokyky/);
  assert.is(await readFile(await keptEditionFile(), "utf8"), kept, "the rejected result was kept");
  await writeFile(editionFile("contacts.yaml"), contacts);
});

test.run();
