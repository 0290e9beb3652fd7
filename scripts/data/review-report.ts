/** What `npm run review-report` prints: every review, the one due first at the top. */
import { daysUntil, type Reviewed } from "../../lib/handbook/review.ts";

/** Reviews due within this many days are listed as coming up. */
export const DUE_SOON_DAYS = 30;

export interface ReviewItem extends Reviewed {
  /** What is reviewed, as an editor finds it: `content/sources.yaml tyokyvyn-tukeminen`. */
  readonly what: string;
  readonly title: string;
}

export type ReviewStatus = "overdue" | "due soon" | "ok";

export function reviewStatus(item: Reviewed, today: string): ReviewStatus {
  const days = daysUntil(item.nextReview, today);
  return days < 0 ? "overdue" : days <= DUE_SOON_DAYS ? "due soon" : "ok";
}

/** Lines of the report: one per item, oldest due first, then a count of what needs doing. */
export function reviewReport(items: readonly ReviewItem[], today: string): string[] {
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
