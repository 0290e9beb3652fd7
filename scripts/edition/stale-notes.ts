/**
 * National updates never silently invalidate a local note: each note records
 * the code of the national text it was written against (`against:`); when
 * the text's code is now another, the build warns with the note's place and
 * the old and new text. The old text comes from the edition's record of every
 * national text its notes have stood under (<edition>/.national-texts.json,
 * kept by the build and committed with the edition).
 */
import { join } from "node:path";
import { NATIONAL_TEXTS_FILE } from "../../lib/edition/edition-folders.ts";
import type { Handbook } from "../../lib/handbook/handbook.ts";
import type { Problem } from "../data/problems.ts";
import { keepTextRecord, readTextRecord, textCode } from "../data/text-record.ts";
import { noteTarget } from "./check-edition.ts";
import type { EditionSource } from "./load-edition.ts";
import { nationalText } from "./national-text.ts";

/** One warning per note whose national text changed or that records none; keeps the record up to date. */
export async function staleNotes(source: EditionSource, handbook: Handbook): Promise<Problem[]> {
  if (!source.notes) return [];
  const { file, data } = source.notes;
  const recordPath = join(source.dir, NATIONAL_TEXTS_FILE);
  const record = await readTextRecord<string>(recordPath);
  const now: { [code: string]: string } = {};
  const warnings: Problem[] = [];
  data.notes.forEach((note, i) => {
    const text = nationalText(handbook, noteTarget(note));
    const code = textCode(text);
    now[code] = text;
    if (note.against === undefined) {
      warnings.push(
        file.problem(
          ["notes", i],
          `records no national text — add \`against: ${code}\`, the code of the text it is written against: «${text}»`,
        ),
      );
    } else if (note.against !== code) {
      const old = record[note.against] ?? "(not recorded)";
      warnings.push(
        file.problem(
          ["notes", i, "against"],
          `the national text under this note has changed — re-read the note, then set \`against: ${code}\`. Was: «${old}» Now: «${text}»`,
        ),
      );
    }
  });
  await keepTextRecord(recordPath, record, now);
  return warnings;
}
