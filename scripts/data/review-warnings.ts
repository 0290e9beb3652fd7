/** Overdue reviews: warnings, not errors — an overdue check must not stop a fix from being published. */
import { daysUntil, nextReviewOf } from "../../lib/handbook/review.ts";
import type { Content } from "./load-content.ts";
import type { Problem } from "./problems.ts";

/** One warning per source whose next review is before `today`, at the field that set the due day. */
export function overdueReviews(content: Content, today: string): Problem[] {
  const { file, data } = content.sources;
  return data.sources.flatMap((source, i) => {
    const due = nextReviewOf(source);
    const late = -daysUntil(due, today);
    if (late <= 0) return [];
    const field = source.nextReview === undefined ? "reviewed" : "nextReview";
    return [
      file.problem(
        ["sources", i, field],
        `review of \`${source.id}\` was due on ${due} (${late} days ago) — check the content against the source, then set \`reviewed\` to that day`,
      ),
    ];
  });
}
