/**
 * Review of an edition's local content, as for a national source: edition.yaml
 * says when the local content (contacts, services, notes) was last checked
 * and when it is next due; a note with its own `reviewed` is due the edition's
 * interval after that day (with a `nextReview` date instead of an interval,
 * on the edition's day).
 */
import { addMonths, nextReviewOf, type Reviewed } from "../../lib/handbook/review.ts";
import { placed, type ReviewItem } from "../data/review-report.ts";
import type { EditionSource } from "./load-edition.ts";

export function editionReview(source: EditionSource): Reviewed {
  const { reviewed } = source.edition.data;
  return { reviewed, nextReview: nextReviewOf(source.edition.data) };
}

/** Each review an edition asks for: its local content as a whole, and each note that says when it was checked. */
export function editionReviewItems(source: EditionSource): ReviewItem[] {
  const { file, data } = source.edition;
  const items: ReviewItem[] = [
    {
      ...editionReview(source),
      what: file.path,
      title: `${data.organisation.name}: local content`,
      at: placed(file, [data.nextReview === undefined ? "reviewed" : "nextReview"]),
      subject: "the local content",
      todo: "check the contacts, services and notes, then set `reviewed` to that day",
    },
  ];
  (source.notes?.data.notes ?? []).forEach((note, i) => {
    if (note.reviewed)
      items.push({
        reviewed: note.reviewed,
        nextReview: noteDue(source, note.reviewed),
        what: `${source.notes!.file.path} ${note.id}`,
        title: `local note ${note.id}`,
        at: placed(source.notes!.file, ["notes", i, "reviewed"]),
        subject: `note \`${note.id}\``,
        todo: "re-read it, then set `reviewed` to that day",
      });
  });
  return items;
}

function noteDue(source: EditionSource, reviewed: string): string {
  const { reviewInterval } = source.edition.data;
  return reviewInterval === undefined ? editionReview(source).nextReview : addMonths(reviewed, reviewInterval);
}
