/**
 * npm run review-report — every review of the content against its sources
 * (and, with EDITION=<folder> or --edition, of the edition's local content),
 * the one due first at the top, overdue ones marked. Options: --content DIR,
 * --today YYYY-MM-DD (to see what will be due on a later day).
 */
import { parseArgs } from "node:util";
import { formatProblem } from "./data/problems.ts";
import { reviewReport } from "./data/review-report.ts";
import { editionReviewItems } from "./edition/edition-review.ts";
import { editionDir } from "./edition/edition-settings.ts";
import { readWithEdition } from "./edition/edition-step.ts";
import { todayIso } from "../lib/handbook/review.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    today: { type: "string", default: todayIso() },
    edition: { type: "string" },
  },
});

const result = await readWithEdition(values.edition ?? editionDir(), values.content, values.today);
if (result.ok) {
  const local = result.edition ? editionReviewItems(result.edition.source) : [];
  for (const line of reviewReport([...result.reviews, ...local], values.today)) console.log(line);
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exitCode = 1;
}
