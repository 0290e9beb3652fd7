/** Every id a change entry names must exist: a change log that points at nothing tells the reader nothing. */
import type { Content } from "./load-content.ts";
import type { Problem } from "./problems.ts";
import { suggestion } from "../../lib/suggest.ts";

export function changeReferenceProblems(content: Content): Problem[] {
  const known = {
    actions: content.actions.data.actions.map((a) => a.id),
    actors: content.actors.data.actors.map((a) => a.id),
    situations: content.situations.map((s) => s.data.id),
    phases: content.phases.data.phases.map((p) => p.id),
    keywords: content.keywords.data.keywords.map((k) => k.id),
  };
  const { file, data } = content.changes;
  return data.changes.flatMap((change, c) =>
    (Object.keys(known) as Array<keyof typeof known>).flatMap((kind) =>
      (change.touches[kind] ?? []).flatMap((id, i) =>
        known[kind].includes(id)
          ? []
          : [
              file.problem(
                ["changes", c, "touches", kind, i],
                `unknown ${kind.slice(0, -1)} \`${id}\` — ${suggestion(id, known[kind])}`,
              ),
            ],
      ),
    ),
  );
}
