/**
 * A translation is a folder, <translations>/<language>/, of YAML files named
 * like the content they translate (actions.yaml, phases.yaml, network.yaml, …),
 * each mapping an item's id to its translated fields and `from:`, the code of
 * the Finnish text it was translated from. Checked like content: every problem
 * at its file:line:col, unknown ids with "did you mean", no empty text; a
 * translation whose Finnish text has changed since is reported as stale.
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
import { TRANSLATIONS_DIR } from "../../lib/edition/edition-folders.ts";
import type { Handbook, LinkedText } from "../../lib/handbook/handbook.ts";
import {
  finnishCatalogue,
  linksActors,
  TRANSLATION_FILES,
  type FinnishFields,
  type TranslationFile,
} from "../../lib/i18n/catalogue.ts";
import type { TranslatedItem, TranslatedText, Translation } from "../../lib/i18n/localize.ts";
import type { Language } from "../../lib/languages.ts";
import { suggestion } from "../../lib/suggest.ts";
import { linkText } from "../data/link.ts";
import { fileProblem, sortProblems, type Problem } from "../data/problems.ts";
import { readText } from "../data/read-text.ts";
import { readTextRecord, textCode, type TextRecord } from "../data/text-record.ts";
import { YamlFile } from "../data/yaml-file.ts";

/**
 * The folder that holds one folder per language: TRANSLATIONS=<folder>, else
 * the edition's translations/ when it has one, else the national content's.
 */
export function translationsRoot(env: NodeJS.ProcessEnv = process.env, edition?: string): string {
  const ownFolder = edition && join(edition, TRANSLATIONS_DIR);
  return env.TRANSLATIONS?.trim() || (ownFolder && existsSync(ownFolder) ? ownFolder : "content/translations");
}

/** Beside the files: the Finnish text of every code a translation has recorded (kept by translation-report). */
export const FINNISH_RECORD = ".finnish-texts.json";

/** The code of an item's Finnish fields, which its `from:` records. */
function finnishCode(fields: FinnishFields): string {
  return textCode(JSON.stringify(fields));
}

/** A translated item as read, with what the report needs to say whether it is current. */
export interface TranslatedEntry {
  readonly key: string;
  readonly file: YamlFile;
  readonly id: string;
  /** The code the translation records (`from:`), if any. */
  readonly from: string | undefined;
  readonly finnish: FinnishFields;
  readonly code: string;
}

export interface LoadedTranslation {
  readonly translation: Translation;
  readonly entries: readonly TranslatedEntry[];
  /** Errors: the build stops. */
  readonly problems: readonly Problem[];
  /** Stale or unrecorded translations: the build goes on, and says so. */
  readonly warnings: readonly Problem[];
}

const FIELD_KEYS = new Set(["from", "actors"]);

export async function loadTranslation(
  root: string,
  language: Language,
  handbook: Handbook,
): Promise<LoadedTranslation> {
  const dir = join(root, language);
  const catalogue = finnishCatalogue(handbook);
  const actorIds = handbook.actors.map((a) => a.id);
  const problems: Problem[] = [];
  const entries: TranslatedEntry[] = [];
  const translation = new Map<string, TranslatedItem>();
  const shown = (name: string) => relative(process.cwd(), join(dir, name));

  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => !name.startsWith(".")).sort();
  } catch {
    names = [];
  }
  for (const name of names) {
    const kind = name.replace(/\.yaml$/, "") as TranslationFile;
    if (!name.endsWith(".yaml") || !TRANSLATION_FILES.includes(kind)) {
      problems.push(
        fileProblem(
          shown(name),
          `unknown file — a translation holds ${TRANSLATION_FILES.map((f) => `${f}.yaml`).join(", ")}; ${suggestion(
            name,
            TRANSLATION_FILES.map((f) => `${f}.yaml`),
          )}`,
        ),
      );
      continue;
    }
    const read = await readText(join(dir, name), shown(name));
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const file = YamlFile.parse(shown(name), read.text);
    problems.push(...file.parseProblems);
    if (file.parseProblems.length) continue;
    if (file.value === null || file.value === undefined) continue;
    if (!isRecord(file.value)) {
      problems.push(
        file.problem([], `expected ids, each with its translated fields, e.g. \`primaarivaihe: { name: … }\``),
      );
      continue;
    }
    const ids = [...catalogue.keys()]
      .filter((key) => key.startsWith(`${kind}/`))
      .map((key) => key.slice(kind.length + 1));
    for (const [id, item] of Object.entries(file.value)) {
      const key = `${kind}/${id}`;
      const finnish = catalogue.get(key);
      if (!finnish) {
        problems.push(file.problem([id], `unknown id in ${kind} — ${suggestion(id, ids)}`, "key"));
        continue;
      }
      const checked = checkItem(file, id, item, finnish, linksActors(key), actorIds);
      problems.push(...checked.problems);
      if (checked.problems.length) continue;
      translation.set(key, checked.item);
      entries.push({ key, file, id, from: checked.from, finnish, code: finnishCode(finnish) });
    }
  }
  if (problems.length) return { translation: new Map(), entries: [], problems: sortProblems(problems), warnings: [] };
  return { translation, entries, problems: [], warnings: staleWarnings(entries, await readRecord(dir)) };
}

function checkItem(
  file: YamlFile,
  id: string,
  item: unknown,
  finnish: FinnishFields,
  linked: boolean,
  actorIds: readonly string[],
): { item: TranslatedItem; from: string | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const fields: Record<string, TranslatedText | readonly TranslatedText[]> = {};
  const fieldNames = Object.keys(finnish);
  if (!isRecord(item)) {
    problems.push(file.problem([id], `expected the translated fields, e.g. \`${fieldNames[0]}: …\``));
    return { item: fields, from: undefined, problems };
  }
  for (const [name, value] of Object.entries(item)) {
    const original = finnish[name];
    if (original === undefined && !FIELD_KEYS.has(name)) {
      problems.push(
        file.problem(
          [id, name],
          `unknown field — ${suggestion(name, [...fieldNames, "from", ...(linked ? ["actors"] : [])])}`,
          "key",
        ),
      );
    } else if (name === "from") {
      if (typeof value !== "string" || !/^[0-9a-f]{8}$/.test(value))
        problems.push(
          file.problem(
            [id, name],
            `expected the code of the Finnish text, eight hex digits — \`from: ${finnishCode(finnish)}\``,
          ),
        );
    } else if (name === "actors") {
      if (!linked)
        problems.push(
          file.problem(
            [id, name],
            "only a text that names actors (an action, a service, the workplace) links them",
            "key",
          ),
        );
    } else if (Array.isArray(original)) {
      if (
        !Array.isArray(value) ||
        value.length !== original.length ||
        value.some((v) => typeof v !== "string" || !v.trim())
      )
        problems.push(
          file.problem(
            [id, name],
            `expected a list of ${original.length} texts, one for each of the Finnish list's, none empty`,
          ),
        );
      else fields[name] = (value as string[]).map((v) => v.trim());
    } else if (typeof value !== "string" || !value.trim()) {
      problems.push(
        file.problem([id, name], "is empty — write the translated text, or leave the field out to show the Finnish"),
      );
    } else fields[name] = value.trim();
  }
  const mentions = item.actors;
  if (linked && mentions !== undefined && typeof fields.text === "string") {
    if (!isRecord(mentions))
      problems.push(file.problem([id, "actors"], "expected the words of the text that name an actor → the actor's id"));
    else {
      for (const [words, actor] of Object.entries(mentions)) {
        if (typeof actor !== "string" || !actorIds.includes(actor))
          problems.push(file.problem([id, "actors", words], `unknown actor — ${suggestion(String(actor), actorIds)}`));
        else if (!fields.text.includes(words))
          problems.push(
            file.problem(
              [id, "actors", words],
              "these words are not in the translated text — copy them from it exactly",
              "key",
            ),
          );
      }
      if (!problems.length)
        fields.text = linkText(fields.text, mentions as Record<string, string>) satisfies LinkedText;
    }
  }
  return { item: fields, from: typeof item.from === "string" ? item.from : undefined, problems };
}

/** One warning per translation that records no Finnish text, or whose Finnish text has changed since. */
export function staleWarnings(
  entries: readonly TranslatedEntry[],
  record: Readonly<Record<string, FinnishFields>>,
): Problem[] {
  const shownText = (fields: FinnishFields | undefined) =>
    fields
      ? Object.entries(fields)
          .map(([name, value]) => `${name}: «${String(value)}»`)
          .join(", ")
      : "(not recorded)";
  return entries.flatMap((entry) => {
    if (entry.from === undefined)
      return [
        entry.file.problem(
          [entry.id],
          `records no Finnish text — add \`from: ${entry.code}\`, the code of the Finnish it translates: ${shownText(entry.finnish)}`,
          "key",
        ),
      ];
    if (entry.from === entry.code) return [];
    return [
      entry.file.problem(
        [entry.id, "from"],
        `stale: the Finnish text has changed since this was translated — update the translation, then set \`from: ${entry.code}\`. Was: ${shownText(record[entry.from])} Now: ${shownText(entry.finnish)}`,
      ),
    ];
  });
}

export function readRecord(dir: string): Promise<TextRecord<FinnishFields>> {
  return readTextRecord(join(dir, FINNISH_RECORD));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
