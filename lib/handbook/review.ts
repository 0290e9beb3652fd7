/**
 * Review dates: when the handbook's content was last checked against its
 * sources and when it is next due. Pure, shared by the data step (warnings,
 * the review report) and the site (every page's footer).
 */

export interface Reviewed {
  /** YYYY-MM-DD: the content was last checked against the source on this day. */
  readonly reviewed: string;
  /** YYYY-MM-DD: the next check is due on this day. */
  readonly nextReview: string;
}

/** `reviewed` plus `months`; a day the month lacks becomes its last day (2026-08-31 + 6 → 2027-02-28). */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The next review of a source: its `nextReview`, or `reviewed` plus its interval. */
export function nextReviewOf(review: {
  readonly reviewed: string;
  readonly reviewInterval?: number | undefined;
  readonly nextReview?: string | undefined;
}): string {
  return review.nextReview ?? addMonths(review.reviewed, review.reviewInterval ?? 0);
}

/**
 * What a page drawing on several sources can claim: checked no later than
 * its least recently checked source, next due when the first of them is.
 */
export function combinedReview(reviews: readonly Reviewed[]): Reviewed | undefined {
  if (reviews.length === 0) return undefined;
  const earliest = (dates: string[]) => dates.reduce((a, b) => (b < a ? b : a));
  return {
    reviewed: earliest(reviews.map((r) => r.reviewed)),
    nextReview: earliest(reviews.map((r) => r.nextReview)),
  };
}

/** `iso` moved by `days` (negative: back). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `today` to the review's due day: negative when it is overdue. */
export function daysUntil(due: string, today: string): number {
  return Math.round((Date.parse(due) - Date.parse(today)) / 86_400_000);
}

/** Today in UTC, YYYY-MM-DD: what "overdue" is measured against. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
