/**
 * The history check: in a scratch git repository, an action's text changed
 * without a change entry naming it fails, with the place to fix; an entry
 * naming it passes; an old entry does not excuse a later change. Then the
 * same check on this repository against its previous commit — skipped, with
 * a note, where there is none (a shallow clone, or no git).
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { contentAt, hasCommit } from "../../scripts/data/git-content.ts";
import { unrecordedChanges } from "../../scripts/data/history-check.ts";
import { formatProblem } from "../../scripts/data/problems.ts";

const run = promisify(execFile);
const ACTION = "tunnista-riskitekijat";
const TEXT = "Tunnista työkyvyttömyysriskiä ennakoivat tekijät";
const ENTRY = `  - date: 2026-11-24
    kind: wording
    summary: Riskitekijöitä koskevan toimen sanamuotoa tarkennettiin.
    touches:
      actions: [${ACTION}]
`;

let repo: string;
const git = (...args: string[]) =>
  run("git", ["-C", repo, "-c", "user.name=Testi", "-c", "user.email=testi@example.org", ...args]);
const contentFile = (file: string) => join(repo, "content", file);

async function edit(file: string, find: string, replace: string): Promise<void> {
  const before = await readFile(contentFile(file), "utf8");
  const after = before.replace(find, replace);
  assert.is.not(after, before, `the edit of ${file} applied`);
  await writeFile(contentFile(file), after);
}

async function commit(message: string): Promise<void> {
  await git("add", "-A");
  await git("commit", "-q", "-m", message);
}

const check = async () =>
  (await unrecordedChanges(contentFile(""), contentAt(repo, "HEAD~1"), "HEAD~1")).map(formatProblem);

test.before(async () => {
  repo = await mkdtemp(join(tmpdir(), "kasikirja-history-"));
  await git("init", "-q");
  await cp("content", join(repo, "content"), { recursive: true, filter: (path) => !path.includes(".schema") });
  await commit("content as it is");
});
test.after(async () => {
  await rm(repo, { recursive: true, force: true });
});

test("an action's text changed without a change entry fails at the action's text", async () => {
  await edit("actions.yaml", `text: ${TEXT}\n`, `text: ${TEXT} ajoissa\n`);
  await commit("text changed, no entry");
  const problems = await check();
  const lines = (await readFile(contentFile("actions.yaml"), "utf8")).split("\n");
  const line = lines.findIndex((l) => l.includes(`${TEXT} ajoissa`)) + 1;
  assert.equal(problems, [
    `${relative(process.cwd(), contentFile("actions.yaml"))}:${line}:11 actions.0.text: the text of \`${ACTION}\` changed since HEAD~1 (it was "${TEXT}") but no new entry of changes.yaml names it — add one with \`touches: { actions: [${ACTION}] }\``,
  ]);
});

test("a new change entry naming the action passes", async () => {
  await edit("actions.yaml", `text: ${TEXT} ajoissa\n`, `text: ${TEXT} hyvissä ajoin\n`);
  await edit("changes.yaml", "changes:\n", `changes:\n${ENTRY}`);
  await commit("text changed, with its entry");
  assert.equal(await check(), []);
});

test("an entry made for an earlier change does not excuse a later one", async () => {
  await edit("actions.yaml", `text: ${TEXT} hyvissä ajoin\n`, `text: ${TEXT} varhain\n`);
  await commit("text changed again, no new entry");
  assert.is((await check()).length, 1);
});

test("a shallow clone has no previous commit to compare with: the check below is skipped there", async () => {
  const shallow = `${repo}-shallow`;
  try {
    await run("git", ["clone", "-q", "--depth", "1", `file://${repo}`, shallow]);
    assert.ok(hasCommit(repo, "HEAD~1"));
    assert.not.ok(hasCommit(shallow, "HEAD~1"));
  } finally {
    await rm(shallow, { recursive: true, force: true });
  }
});

// This repository against its previous commit: what npm test and CI check on every run.
const history = hasCommit(".", "HEAD~1");
if (!history) {
  console.log(
    "history.test.ts: no previous commit here (a shallow clone, or no git) — the check of content/ against HEAD~1 is skipped; fetch more history (git fetch --deepen=1) to run it.",
  );
}
const PREVIOUS_COMMIT = "every action whose text changed since the previous commit has a change entry";
async function againstPreviousCommit() {
  const problems = await unrecordedChanges("content", contentAt(".", "HEAD~1"), "HEAD~1");
  assert.equal(problems.map(formatProblem), []);
}
if (history) test(PREVIOUS_COMMIT, againstPreviousCommit);
else test.skip(PREVIOUS_COMMIT, againstPreviousCommit);

test.run();
