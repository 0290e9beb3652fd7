/**
 * An edition's references to the national content: every actor, situation,
 * phase and action id it names must exist (with a "did you mean"), ids are
 * unique in their file, and a note is about exactly one thing.
 */
import type { Handbook } from "../../lib/handbook/handbook.ts";
import { suggestion } from "../../lib/suggest.ts";
import type { NoteTarget } from "../../lib/edition/edition.ts";
import type { Note } from "../../lib/edition/edition-schema.ts";
import { formatPlace, type FieldPath, type Problem } from "../data/problems.ts";
import type { YamlFile } from "../data/yaml-file.ts";
import type { EditionSource } from "./load-edition.ts";

type Kind = "actor" | "situation" | "phase" | "action";

export function checkEdition(source: EditionSource, handbook: Handbook): Problem[] {
  const problems: Problem[] = [];
  const known: Record<Kind, readonly string[]> = {
    actor: handbook.actors.map((a) => a.id),
    situation: handbook.situations.map((s) => s.id),
    phase: handbook.phases.map((p) => p.id),
    action: handbook.actions.map((a) => a.id),
  };
  const sets: Record<Kind, ReadonlySet<string>> = {
    actor: new Set(known.actor),
    situation: new Set(known.situation),
    phase: new Set(known.phase),
    action: new Set(known.action),
  };

  const ref = (file: YamlFile, path: FieldPath, kind: Kind, id: string) => {
    if (!sets[kind].has(id))
      problems.push(
        file.problem(path, `unknown ${kind} \`${id}\` of the national content — ${suggestion(id, known[kind])}`),
      );
  };
  const refs = (file: YamlFile, path: FieldPath, kind: Kind, ids: readonly string[] | undefined) =>
    ids?.forEach((id, i) => ref(file, [...path, i], kind, id));

  const unique = (file: YamlFile, key: string, items: readonly { id: string }[], kind: string) => {
    const seen = new Map<string, number>();
    items.forEach(({ id }, i) => {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else
        problems.push(
          file.problem(
            [key, i, "id"],
            `duplicate ${kind} id \`${id}\` — already used at ${formatPlace(file.place([key, first, "id"]))}; choose another id`,
          ),
        );
    });
  };

  if (source.contacts) {
    const { file, data } = source.contacts;
    unique(file, "contacts", data.contacts, "contact");
    data.contacts.forEach((contact, i) => {
      ref(file, ["contacts", i, "actor"], "actor", contact.actor);
      refs(file, ["contacts", i, "situations"], "situation", contact.situations);
    });
  }
  if (source.services) {
    const { file, data } = source.services;
    unique(file, "services", data.services, "service");
    data.services.forEach((service, i) => {
      refs(file, ["services", i, "actors"], "actor", service.actors);
      refs(file, ["services", i, "situations"], "situation", service.situations);
      refs(file, ["services", i, "phases"], "phase", service.phases);
    });
  }
  if (source.notes) {
    const { file, data } = source.notes;
    unique(file, "notes", data.notes, "note");
    data.notes.forEach((note, i) => {
      const path = ["notes", i];
      const named = TARGET_FIELDS.filter((field) => note[field] !== undefined);
      if (named.length !== 1) {
        const what = named.length === 0 ? "says nothing it is about" : `is about ${named.join(" and ")} at once`;
        problems.push(
          file.problem(
            path,
            `the note ${what} — give exactly one of ${TARGET_FIELDS.map((f) => `\`${f}\``).join(", ")}`,
          ),
        );
        return;
      }
      const field = named[0]!;
      if (field === "pathway") {
        const [situation, phase] = note.pathway!.split("/") as [string, string];
        ref(file, [...path, "pathway"], "situation", situation);
        ref(file, [...path, "pathway"], "phase", phase);
      } else {
        ref(file, [...path, field], field, note[field]!);
      }
    });
  }
  return problems;
}

const TARGET_FIELDS = ["action", "situation", "phase", "pathway"] as const;

/** A note's target, once checkEdition has found exactly one, existing. */
export function noteTarget(note: Note): NoteTarget {
  if (note.action) return { kind: "action", action: note.action };
  if (note.situation) return { kind: "situation", situation: note.situation };
  if (note.phase) return { kind: "phase", phase: note.phase };
  const [situation, phase] = note.pathway!.split("/") as [string, string];
  return { kind: "pathway", situation, phase };
}
