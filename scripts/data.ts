/**
 * npm run data — validate content/ and write the handbook JSON (generated/handbook.json).
 * Options: --content DIR, --out FILE (the build and tests use other places).
 */
import { parseArgs } from "node:util";
import { buildData } from "./data/data-step.ts";
import { formatProblem, formatWarning } from "./data/problems.ts";
import { HANDBOOK_JSON } from "../lib/handbook/handbook.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    out: { type: "string", default: HANDBOOK_JSON },
  },
});

const result = await buildData(values.content, values.out);
for (const notice of result.notices) console.log(notice);
if (result.ok) {
  for (const warning of result.warnings) console.warn(formatWarning(warning));
  const h = result.handbook;
  console.log(
    `${values.out}: ${h.situations.length} situations, ${h.phases.length} phases, ${h.actions.length} actions, ${h.actors.length} actors, ${h.keywords.length} keywords`,
  );
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${result.problems.length} problem(s) in ${values.content}/ — ${values.out} was not changed.`);
  process.exitCode = 1;
}
