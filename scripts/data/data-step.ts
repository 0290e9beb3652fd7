import { changeReferenceProblems } from "./change-references.ts";
import { crossCheck } from "./cross-check.ts";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { writeJsonSchemas } from "./json-schemas.ts";
import { link } from "./link.ts";
import { loadContent } from "./load-content.ts";
import { sortProblems, type Problem } from "./problems.ts";
import { writeAtomically } from "./atomic-write.ts";
import { overdueWarnings, type ReviewItem } from "./review-report.ts";
import { sourceReviewItems } from "./source-reviews.ts";
import { todayIso } from "../../lib/handbook/review.ts";

export type DataResult = (
  | {
      readonly ok: true;
      readonly handbook: Handbook;
      readonly warnings: readonly Problem[];
      /** Each source's review, for the review report; the overdue ones are among the warnings. */
      readonly reviews: readonly ReviewItem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] }
) & {
  /** Files of content/ skipped on purpose (an editor's backup, a hidden file), one line each, to print. */
  readonly notices: readonly string[];
};

/** Validates content/ and derives the handbook, writing nothing; `today` decides which reviews are overdue. */
export async function readHandbook(contentDir: string, today = todayIso()): Promise<DataResult> {
  const loaded = await loadContent(contentDir);
  const { notices } = loaded;
  if (!loaded.content) return { ok: false, problems: sortProblems(loaded.problems), notices };
  const problems = [...crossCheck(loaded.content), ...changeReferenceProblems(loaded.content)];
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems), notices };
  const reviews = sourceReviewItems(loaded.content);
  return { ok: true, handbook: link(loaded.content), warnings: overdueWarnings(reviews, today), reviews, notices };
}

/**
 * The data step: JSON Schemas for editors, then the handbook JSON — written
 * only when the content is valid, so the last good output survives errors.
 */
export async function buildData(contentDir: string, outFile: string, today = todayIso()): Promise<DataResult> {
  await writeJsonSchemas(contentDir);
  const result = await readHandbook(contentDir, today);
  if (result.ok) await writeAtomically(outFile, `${JSON.stringify(result.handbook, null, 1)}\n`);
  return result;
}
