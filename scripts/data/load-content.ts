import { join, relative, posix } from "node:path";
import type { z } from "zod";
import {
  contentFiles,
  PROSE_DIR,
  SCHEMA_DIR,
  type ContentFileKind,
  type ActionsFile,
  type ChangesFile,
  type ActorsFile,
  type KeywordsFile,
  type NetworkFile,
  type PhasesFile,
  type SituationFile,
  type SourcesFile,
} from "../../lib/handbook/content-schema.ts";
import { readContentTree, SITUATIONS_DIR } from "./content-tree.ts";
import { fileProblem, type FieldPath, type Problem } from "./problems.ts";
import { readText } from "./read-text.ts";
import { YamlFile } from "./yaml-file.ts";
import { validate } from "./zod-problems.ts";

/** A validated file together with the parsed YAML that can locate its fields. */
export interface Loaded<T> {
  readonly file: YamlFile;
  readonly data: T;
}

export interface Content {
  readonly sources: Loaded<SourcesFile>;
  readonly phases: Loaded<PhasesFile>;
  readonly keywords: Loaded<KeywordsFile>;
  readonly actors: Loaded<ActorsFile>;
  readonly actions: Loaded<ActionsFile>;
  readonly network: Loaded<NetworkFile>;
  readonly situations: readonly Loaded<SituationFile>[];
  readonly changes: Loaded<ChangesFile>;
  /** Markdown of every prose file the network names, by its path in content/. */
  readonly prose: ReadonlyMap<string, string>;
}

export type LoadResult = ({ content: Content; problems: [] } | { content: undefined; problems: Problem[] }) & {
  /** Files skipped on purpose (content-tree.ts), one line each. */
  readonly notices: readonly string[];
};

/** Reads, parses and schema-checks every content file; collects every problem. */
export async function loadContent(contentDir: string): Promise<LoadResult> {
  const tree = await readContentTree(contentDir);
  const problems: Problem[] = [...tree.problems];
  const shown = (path: string) => relative(process.cwd(), join(contentDir, path));

  /** The text of a file of content/, or undefined after saying why there is none. */
  async function text(path: string, ifMissing: () => Problem): Promise<string | undefined> {
    if (!tree.files.has(path)) {
      if (!tree.reported.has(path)) problems.push(ifMissing());
      return undefined;
    }
    const read = await readText(join(contentDir, path), shown(path));
    if (!read.ok) problems.push(read.problem);
    return read.ok ? read.text : undefined;
  }

  async function load<K extends ContentFileKind>(kind: K, relativePath: string) {
    const source = await text(relativePath, () =>
      fileProblem(shown(relativePath), `file is missing — create ${shown(relativePath)}`),
    );
    if (source === undefined) return undefined;
    const file = YamlFile.parse(shown(relativePath), source);
    problems.push(...file.parseProblems, ...schemaHeaderProblems(file, kind, relativePath));
    if (file.parseProblems.length > 0) return undefined;
    const result = validate(file, contentFiles[kind].schema);
    if (!result.ok) {
      problems.push(...result.problems);
      return undefined;
    }
    return { file, data: result.data as z.output<(typeof contentFiles)[K]["schema"]> };
  }

  const situationPaths = [...tree.files].filter((path) => path.startsWith(`${SITUATIONS_DIR}/`)).sort();
  if (situationPaths.length === 0) {
    problems.push(
      fileProblem(shown(SITUATIONS_DIR), `no client situations — add ${SITUATIONS_DIR}/<id>.yaml`, "(folder)"),
    );
  }
  const [changes, sources, phases, keywords, actors, actions, network, ...situations] = await Promise.all([
    load("changes", contentFiles.changes.path),
    load("sources", contentFiles.sources.path),
    load("phases", contentFiles.phases.path),
    load("keywords", contentFiles.keywords.path),
    load("actors", contentFiles.actors.path),
    load("actions", contentFiles.actions.path),
    load("network", contentFiles.network.path),
    ...situationPaths.map((path) => load("situation", path)),
  ]);

  const prose = new Map<string, string>();
  if (network) {
    const named = proseReferences(network);
    for (const [field, path] of named) {
      const markdown = await text(path, () =>
        network.file.problem(field, `no such file \`${path}\` — create it in ${shown(PROSE_DIR)}/ or fix the path`),
      );
      if (markdown === undefined) continue;
      if (markdown.trim() === "") problems.push(network.file.problem(field, `${path} is empty — write its text`));
      prose.set(path, markdown.trim());
    }
    const unnamed = [...tree.files].filter(
      (path) => path.startsWith(`${PROSE_DIR}/`) && !named.some(([, p]) => p === path),
    );
    for (const path of unnamed) {
      problems.push(
        fileProblem(
          shown(path),
          `no field of ${contentFiles.network.path} names this file — name it there or remove it`,
        ),
      );
    }
  }

  if (!sources || !phases || !keywords || !actors || !actions || !network || !changes || situations.some((s) => !s)) {
    return { content: undefined, problems, notices: tree.notices };
  }
  if (problems.length > 0) return { content: undefined, problems, notices: tree.notices };
  return {
    content: {
      sources,
      phases,
      keywords,
      actors,
      actions,
      network,
      situations: situations as Loaded<SituationFile>[],
      changes,
      prose,
    },
    problems: [],
    notices: tree.notices,
  };
}

/** Editors get completion from the `$schema` line; a wrong one silently loses it. */
function schemaHeaderProblems(file: YamlFile, kind: ContentFileKind, relativePath: string): Problem[] {
  const schemaPath = posix.relative(posix.dirname(relativePath), `${SCHEMA_DIR}/${kind}.schema.json`);
  const expected = `# yaml-language-server: $schema=${schemaPath}`;
  const firstLine = file.text.split("\n", 1)[0]!.trimEnd();
  if (firstLine === expected) return [];
  return [fileProblem(file.path, `the first line must be \`${expected}\``, "(schema line)")];
}

/** The network's fields that name a prose file, and the file each names. */
function proseReferences(network: Loaded<NetworkFile>): Array<[FieldPath, string]> {
  return [
    [["intro"], network.data.intro],
    [["networks", "intro"], network.data.networks.intro],
    [["doctorsDualRole", "body"], network.data.doctorsDualRole.body],
  ];
}
