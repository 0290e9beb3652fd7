/**
 * The change history cannot silently drift from the content: an action whose
 * text differs from an earlier version of content/ needs an entry of
 * changes.yaml, new since then, that names it.
 */
import type { z } from "zod";
import { ActionsFile, ChangesFile, contentFiles } from "../../lib/handbook/content-schema.ts";
import { loadContent } from "./load-content.ts";
import type { Problem } from "./problems.ts";
import { YamlFile } from "./yaml-file.ts";
import { validate } from "./zod-problems.ts";

/** A file of content/ (by its path inside content/) as it was in the earlier version; undefined if it had none. */
export type EarlierFile = (path: string) => Promise<string | undefined>;

/**
 * Problems for every action of `contentDir` whose text changed since the
 * version `earlier` reads (named `since` in the messages) without a new
 * change entry naming it. Content that does not validate gives its own problems.
 */
export async function unrecordedChanges(contentDir: string, earlier: EarlierFile, since: string): Promise<Problem[]> {
  const loaded = await loadContent(contentDir);
  if (!loaded.content) return loaded.problems;
  const { actions, changes } = loaded.content;
  const textBefore = new Map(
    ((await parsedEarlier(earlier, contentFiles.actions.path, ActionsFile))?.actions ?? []).map((a) => [a.id, a.text]),
  );
  const entriesBefore = new Set(
    ((await parsedEarlier(earlier, contentFiles.changes.path, ChangesFile))?.changes ?? []).map((c) =>
      JSON.stringify(c),
    ),
  );
  const named = new Set(
    changes.data.changes.filter((c) => !entriesBefore.has(JSON.stringify(c))).flatMap((c) => c.touches.actions ?? []),
  );
  return actions.data.actions.flatMap((action, i) => {
    const before = textBefore.get(action.id);
    if (before === undefined || before === action.text || named.has(action.id)) return [];
    return [
      actions.file.problem(
        ["actions", i, "text"],
        `the text of \`${action.id}\` changed since ${since} (it was "${before}") but no new entry of ${contentFiles.changes.path} names it — add one with \`touches: { actions: [${action.id}] }\``,
      ),
    ];
  });
}

/** The earlier version of a file, if it had one that validated. */
async function parsedEarlier<T>(earlier: EarlierFile, path: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const text = await earlier(path);
  if (text === undefined) return undefined;
  const file = YamlFile.parse(path, text);
  if (file.parseProblems.length > 0) return undefined;
  const result = validate(file, schema);
  return result.ok ? result.data : undefined;
}
