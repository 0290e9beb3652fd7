/**
 * npm run review-report — every review of the content against its sources,
 * the one due first at the top, overdue ones marked. Options: --content DIR,
 * --today YYYY-MM-DD (to see what will be due on a later day).
 */
import { parseArgs } from "node:util";
import { readHandbook } from "./data/data-step.ts";
import { formatProblem } from "./data/problems.ts";
import { reviewReport } from "./data/review-report.ts";
import { contentFiles } from "../lib/handbook/content-schema.ts";
import { todayIso } from "../lib/handbook/review.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    today: { type: "string", default: todayIso() },
  },
});

const result = await readHandbook(values.content, values.today);
if (result.ok) {
  const items = result.handbook.sources.map((source) => ({
    ...source,
    what: `${values.content}/${contentFiles.sources.path} ${source.id}`,
  }));
  for (const line of reviewReport(items, values.today)) console.log(line);
} else {
  for (const problem of result.problems) console.error(formatProblem(problem));
  process.exitCode = 1;
}
