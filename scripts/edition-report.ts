/**
 * npm run edition-report — what of an edition (EDITION=<folder>, or
 * --edition) to re-review: every local note whose national text changed since
 * it was written (with the old and the new text) or that records none, and
 * the edition's reviews, the one due first at the top. Exits 1 when anything
 * is stale or overdue. --today YYYY-MM-DD shows what will be due on a later day.
 */
import { parseArgs } from "node:util";
import { todayIso } from "../lib/handbook/review.ts";
import { formatProblem } from "./data/problems.ts";
import { reviewReport } from "./data/review-report.ts";
import { editionReviewItems } from "./edition/edition-review.ts";
import { editionDir } from "./edition/edition-settings.ts";
import { readWithEdition } from "./edition/edition-step.ts";

const { values } = parseArgs({
  options: { edition: { type: "string" }, today: { type: "string", default: todayIso() } },
});
const dir = values.edition ?? editionDir();
if (!dir) {
  console.error("Name the edition: EDITION=<folder> npm run edition-report (or -- --edition <folder>).");
  process.exit(1);
}

const result = await readWithEdition(dir, "content", values.today);
if (!result.ok || !result.edition) {
  for (const problem of result.ok ? [] : result.problems) console.error(formatProblem(problem));
  process.exit(1);
}
const { warnings, source } = result.edition;
console.log(
  warnings.length === 0
    ? `${dir}/: every local note stands on the national text it was written against, and no review is overdue.`
    : `${dir}/: ${warnings.length} thing(s) to re-review:`,
);
for (const warning of warnings) console.log(`  ${formatProblem(warning)}`);
for (const line of reviewReport(editionReviewItems(source), values.today)) console.log(line);
process.exitCode = warnings.length > 0 ? 1 : 0;
