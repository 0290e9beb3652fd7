import { join, relative } from "node:path";
import type { z } from "zod";
import {
  contentFiles,
  PROSE_DIR,
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
import { readContentTree, SITUATIONS_DIR, treeText } from "./content-tree.ts";
import { loadYaml, type Loaded } from "./load-yaml.ts";
import { fileProblem, type FieldPath, type Problem } from "./problems.ts";

export type { Loaded };

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

  const text = (path: string, ifMissing: () => Problem) => treeText(contentDir, tree, path, problems, ifMissing);

  async function load<K extends ContentFileKind>(kind: K, relativePath: string) {
    const source = await text(relativePath, () =>
      fileProblem(shown(relativePath), `file is missing — create ${shown(relativePath)}`),
    );
    if (source === undefined) return undefined;
    const { loaded, problems: found } = loadYaml(
      shown(relativePath),
      source,
      kind,
      relativePath,
      contentFiles[kind].schema as z.ZodType,
    );
    problems.push(...found);
    return loaded as Loaded<z.output<(typeof contentFiles)[K]["schema"]>> | undefined;
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

/** The network's fields that name a prose file, and the file each names. */
function proseReferences(network: Loaded<NetworkFile>): Array<[FieldPath, string]> {
  return [
    [["intro"], network.data.intro],
    [["networks", "intro"], network.data.networks.intro],
    [["doctorsDualRole", "body"], network.data.doctorsDualRole.body],
  ];
}
