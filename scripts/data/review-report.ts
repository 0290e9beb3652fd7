/**
 * Reviews of the content against its sources and of an edition's local
 * content: one list of items, from which `npm run review-report` prints every
 * review (the one due first at the top) and the data step warns of each one
 * overdue, at the field that set its day.
 */
import { daysUntil, type Reviewed } from "../../lib/handbook/review.ts";
import type { FieldPath, Problem } from "./problems.ts";
import type { YamlFile } from "./yaml-file.ts";

/** Reviews due within this many days are listed as coming up. */
export const DUE_SOON_DAYS = 30;

export interface ReviewItem extends Reviewed {
  /** What is reviewed, as an editor finds it: `content/sources.yaml tyokyvyn-tukeminen`. */
  readonly what: string;
  readonly title: string;
  /** The field that set the due day: where the overdue warning points. */
  readonly at: Omit<Problem, "message">;
  /** The warning's words: "review of <subject> was due on … — <todo>". */
  readonly subject: string;
  readonly todo: string;
}

/** A field of a YAML file, as a review item points at it. */
export function placed(file: YamlFile, path: FieldPath): ReviewItem["at"] {
  return { ...file.place(path), path };
}

/** One warning per item past its due day: overdue never stops a build. */
export function overdueWarnings(items: readonly ReviewItem[], today: string): Problem[] {
  return items.flatMap((item) => {
    const late = -daysUntil(item.nextReview, today);
    if (late <= 0) return [];
    const message = `review of ${item.subject} was due on ${item.nextReview} (${late} days ago) — ${item.todo}`;
    return [{ ...item.at, message }];
  });
}

export type ReviewStatus = "overdue" | "due soon" | "ok";

export function reviewStatus(item: Reviewed, today: string): ReviewStatus {
  const days = daysUntil(item.nextReview, today);
  return days < 0 ? "overdue" : days <= DUE_SOON_DAYS ? "due soon" : "ok";
}

/** Lines of the report: one per item, oldest due first, then a count of what needs doing. */
export function reviewReport(
  items: readonly Pick<ReviewItem, "what" | "title" | "reviewed" | "nextReview">[],
  today: string,
): string[] {
  const sorted = [...items].sort((a, b) => a.nextReview.localeCompare(b.nextReview) || a.what.localeCompare(b.what));
  const lines = sorted.map((item) => {
    const days = daysUntil(item.nextReview, today);
    const when = days < 0 ? `${-days} days ago` : days === 0 ? "today" : `in ${days} days`;
    const status = reviewStatus(item, today).toUpperCase().padEnd(8);
    return `${status}  ${item.nextReview} (${when})  ${item.what} — ${item.title}, last checked ${item.reviewed}`;
  });
  const count = (status: ReviewStatus) => sorted.filter((item) => reviewStatus(item, today) === status).length;
  return [
    `Reviews as of ${today}, the one due first at the top:`,
    ...lines,
    `${count("overdue")} overdue, ${count("due soon")} due within ${DUE_SOON_DAYS} days.`,
  ];
}
