/**
 * Review of an edition's local content, as for a national source: edition.yaml
 * says when the local content (contacts, services, notes) was last checked
 * and when it is next due; a note with its own `reviewed` is due the edition's
 * interval after that day (with a `nextReview` date instead of an interval,
 * on the edition's day).
 */
import { addMonths, daysUntil, nextReviewOf, type Reviewed } from "../../lib/handbook/review.ts";
import type { Problem } from "../data/problems.ts";
import type { ReviewItem } from "../data/review-report.ts";
import type { EditionSource } from "./load-edition.ts";

export function editionReview(source: EditionSource): Reviewed {
  const { reviewed } = source.edition.data;
  return { reviewed, nextReview: nextReviewOf(source.edition.data) };
}

/** Each review an edition asks for, as the review report lists them. */
export function editionReviewItems(source: EditionSource): ReviewItem[] {
  const { file, data } = source.edition;
  const items: ReviewItem[] = [
    { ...editionReview(source), what: file.path, title: `${data.organisation.name}: local content` },
  ];
  for (const note of source.notes?.data.notes ?? [])
    if (note.reviewed)
      items.push({
        reviewed: note.reviewed,
        nextReview: noteDue(source, note.reviewed),
        what: `${source.notes!.file.path} ${note.id}`,
        title: `local note ${note.id}`,
      });
  return items;
}

/** One warning per overdue review, at the field that set its day: overdue never stops a build. */
export function overdueLocalReviews(source: EditionSource, today: string): Problem[] {
  const daysLate = (due: string) => -daysUntil(due, today);
  const problems: Problem[] = [];
  const { file, data } = source.edition;
  const due = editionReview(source).nextReview;
  if (daysLate(due) > 0)
    problems.push(
      file.problem(
        [data.nextReview === undefined ? "reviewed" : "nextReview"],
        `review of the local content was due on ${due} (${daysLate(due)} days ago) — check the contacts, services and notes, then set \`reviewed\` to that day`,
      ),
    );
  (source.notes?.data.notes ?? []).forEach((note, i) => {
    const noteDueOn = note.reviewed && noteDue(source, note.reviewed);
    if (noteDueOn && daysLate(noteDueOn) > 0)
      problems.push(
        source.notes!.file.problem(
          ["notes", i, "reviewed"],
          `review of note \`${note.id}\` was due on ${noteDueOn} (${daysLate(noteDueOn)} days ago) — re-read it, then set \`reviewed\` to that day`,
        ),
      );
  });
  return problems;
}

function noteDue(source: EditionSource, reviewed: string): string {
  const { reviewInterval } = source.edition.data;
  return reviewInterval === undefined ? editionReview(source).nextReview : addMonths(reviewed, reviewInterval);
}
