/**
 * An edition folder, read and validated like content/: every file is one the
 * edition step reads or an error that names it; each YAML file has its
 * `$schema` line and schema; every id it names must be one of the national
 * content's (with a "did you mean"). Every problem at once, `file:line:col`.
 */
import { join, relative } from "node:path";
import type { z } from "zod";
import { NOTES_DIR, TRANSLATIONS_DIR } from "../../lib/edition/edition-folders.ts";
import { editionFiles, type EditionFileKind } from "../../lib/edition/edition-schema.ts";
import { readContentTree, treeText, type TreeLayout } from "../data/content-tree.ts";
import { loadYaml, type Loaded } from "../data/load-yaml.ts";
import { fileProblem, type Problem } from "../data/problems.ts";
import { logoProblems } from "./logo.ts";

type FileData<K extends EditionFileKind> = z.output<(typeof editionFiles)[K]["schema"]>;

/** The edition's files, each validated on its own; references are checked against the handbook next. */
export interface EditionSource {
  readonly dir: string;
  readonly edition: Loaded<FileData<"edition">>;
  readonly contacts?: Loaded<FileData<"contacts">>;
  readonly services?: Loaded<FileData<"services">>;
  readonly notes?: Loaded<FileData<"notes">>;
  /** The notes' Markdown, by path in the folder (notes/…). */
  readonly bodies: ReadonlyMap<string, string>;
  readonly logoSvg?: string;
}

const YAML_FILES: ReadonlySet<string> = new Set(Object.values(editionFiles).map((f) => f.path));

function editionLayout(shownDir: string): TreeLayout {
  return {
    name: `${shownDir}/`,
    isTopFile: (name) => YAML_FILES.has(name) || /^[a-z0-9-]+\.svg$/.test(name),
    folders: { [NOTES_DIR]: ".md" },
    holds: `${[...YAML_FILES].join(", ")}, ${NOTES_DIR}/*.md, the logo (*.svg) and ${TRANSLATIONS_DIR}/<language>/`,
    checkedElsewhere: new Set([TRANSLATIONS_DIR]),
  };
}

export async function loadEditionFiles(
  dir: string,
): Promise<{ source: EditionSource; problems: [] } | { source: undefined; problems: Problem[] }> {
  const shown = (path: string) => relative(process.cwd(), join(dir, path));
  const tree = await readContentTree(dir, editionLayout(shown("") || "."));
  const problems: Problem[] = [...tree.problems];
  const text = (path: string, ifMissing: () => Problem) => treeText(dir, tree, path, problems, ifMissing);

  async function load<K extends EditionFileKind>(kind: K): Promise<Loaded<FileData<K>> | undefined> {
    const { path, required } = editionFiles[kind];
    if (!required && !tree.files.has(path)) return undefined;
    const source = await text(path, () => fileProblem(shown(path), `file is missing — create ${shown(path)}`));
    if (source === undefined) return undefined;
    const { loaded, problems: found } = loadYaml(shown(path), source, kind, path, editionFiles[kind].schema);
    problems.push(...found);
    return loaded as Loaded<FileData<K>> | undefined;
  }

  const [edition, contacts, services, notes] = await Promise.all([
    load("edition"),
    load("contacts"),
    load("services"),
    load("notes"),
  ]);

  const logoName = edition?.data.organisation.logo;
  let logoSvg: string | undefined;
  if (edition && logoName) {
    logoSvg = await text(logoName, () =>
      edition.file.problem(["organisation", "logo"], `no such file \`${logoName}\` — put it in ${shown("") || "."}/`),
    );
    if (logoSvg !== undefined) problems.push(...logoProblems(logoSvg, shown(logoName)));
  }

  const bodies = new Map<string, string>();
  for (const [i, note] of (notes?.data.notes ?? []).entries()) {
    const markdown = await text(note.body, () =>
      notes!.file.problem(["notes", i, "body"], `no such file \`${note.body}\` — create it or fix the path`),
    );
    if (markdown === undefined) continue;
    if (markdown.trim() === "")
      problems.push(notes!.file.problem(["notes", i, "body"], `${note.body} is empty — write the note`));
    bodies.set(note.body, markdown.trim());
  }

  // Which files the YAML names is known only when the YAML that would name them is valid.
  const named = new Set([...(notes?.data.notes.map((n) => n.body) ?? []), ...(logoName ? [logoName] : [])]);
  const notesKnown = notes !== undefined || !tree.files.has(editionFiles.notes.path);
  for (const path of tree.files) {
    if (YAML_FILES.has(path) || named.has(path) || !(path.endsWith(".svg") ? edition : notesKnown)) continue;
    problems.push(fileProblem(shown(path), "no field of the edition names this file — name it or remove it"));
  }

  if (!edition || problems.length > 0) return { source: undefined, problems };
  return {
    source: { dir, edition, contacts, services, notes, bodies, ...(logoSvg === undefined ? {} : { logoSvg }) },
    problems: [],
  };
}
