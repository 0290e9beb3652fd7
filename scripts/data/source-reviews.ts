/** The review of each source, as the content says (overdue ones are warnings, not errors). */
import { nextReviewOf } from "../../lib/handbook/review.ts";
import type { Content } from "./load-content.ts";
import { placed, type ReviewItem } from "./review-report.ts";

export function sourceReviewItems(content: Content): ReviewItem[] {
  const { file, data } = content.sources;
  return data.sources.map((source, i) => ({
    reviewed: source.reviewed,
    nextReview: nextReviewOf(source),
    what: `${file.path} ${source.id}`,
    title: source.title,
    at: placed(file, ["sources", i, source.nextReview === undefined ? "reviewed" : "nextReview"]),
    subject: `\`${source.id}\``,
    todo: "check the content against the source, then set `reviewed` to that day",
  }));
}
