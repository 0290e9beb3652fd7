/**
 * npm run history-check — fails when an action's text changed since a commit
 * (default HEAD: your uncommitted edits) without a new entry of
 * content/changes.yaml naming it. Options: --since REV, --content DIR.
 */
import { parseArgs } from "node:util";
import { contentAt, hasCommit } from "./data/git-content.ts";
import { unrecordedChanges } from "./data/history-check.ts";
import { formatProblem } from "./data/problems.ts";

const { values } = parseArgs({
  options: { since: { type: "string", default: "HEAD" }, content: { type: "string", default: "content" } },
});

if (!hasCommit(".", values.since)) {
  console.error(`No commit ${values.since} here (outside git, or a shallow clone): nothing to compare with.`);
  process.exitCode = 1;
} else {
  const problems = await unrecordedChanges(values.content, contentAt(".", values.since, values.content), values.since);
  for (const problem of problems) console.error(formatProblem(problem));
  console.log(`${problems.length} unrecorded change(s) since ${values.since}.`);
  if (problems.length > 0) process.exitCode = 1;
}
