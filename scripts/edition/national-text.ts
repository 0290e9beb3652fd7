/**
 * The national text a local note stands under, and its code: a note records
 * the code (`against:`) of the text it was written against, so that when the
 * national text changes the build can say so instead of the note going stale
 * silently.
 */
import type { NoteTarget } from "../../lib/edition/edition.ts";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { findById } from "../../lib/collections.ts";

/** What a reader sees of the target, as one text: the sentence, or the cell's and heading's words. */
export function nationalText(handbook: Handbook, target: NoteTarget): string {
  const actionText = (id: string) => findById(handbook.actions, id).text;
  switch (target.kind) {
    case "action":
      return actionText(target.action);
    case "situation": {
      const situation = findById(handbook.situations, target.situation);
      return `${situation.name}: ${situation.title}`;
    }
    case "phase": {
      const phase = findById(handbook.phases, target.phase);
      return `${phase.name}: ${phase.description}`;
    }
    case "pathway": {
      const cell = findById(handbook.situations, target.situation).cells.find((c) => c.phase === target.phase)!;
      return cell.actions.map(actionText).join("\n");
    }
  }
}
