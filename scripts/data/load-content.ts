import { readdir, readFile } from "node:fs/promises";
import { join, relative, dirname, posix } from "node:path";
import type { z } from "zod";
import {
  contentFiles,
  SCHEMA_DIR,
  type ContentFileKind,
  type ActionsFile,
  type ActorsFile,
  type KeywordsFile,
  type NetworkFile,
  type PhasesFile,
  type SituationFile,
  type SourcesFile,
} from "../../lib/content-schema.ts";
import type { FieldPath, Problem } from "./problems.ts";
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
  /** Markdown of every prose file the network names, by its path in content/. */
  readonly prose: ReadonlyMap<string, string>;
}

export type LoadResult = { content: Content; problems: [] } | { content: undefined; problems: Problem[] };

/** Reads, parses and schema-checks every content file; collects every problem. */
export async function loadContent(contentDir: string): Promise<LoadResult> {
  const problems: Problem[] = [];

  async function load<K extends ContentFileKind>(kind: K, relativePath: string) {
    const absolute = join(contentDir, relativePath);
    let file: YamlFile;
    try {
      file = await YamlFile.read(absolute);
    } catch {
      const shown = relative(process.cwd(), absolute);
      problems.push({ file: shown, line: 1, col: 1, field: "(file)", message: `file is missing — create ${shown}` });
      return undefined;
    }
    problems.push(...file.parseProblems, ...schemaHeaderProblems(file, kind, relativePath));
    if (file.parseProblems.length > 0) return undefined;
    const result = validate(file, contentFiles[kind].schema);
    if (!result.ok) {
      problems.push(...result.problems);
      return undefined;
    }
    return { file, data: result.data as z.output<(typeof contentFiles)[K]["schema"]> };
  }

  const situationPaths = await listYaml(join(contentDir, "situations"));
  if (situationPaths.length === 0) {
    const shown = relative(process.cwd(), join(contentDir, "situations"));
    problems.push({ file: shown, line: 1, col: 1, field: "(folder)", message: "no client situations — add situations/<id>.yaml" });
  }
  const [sources, phases, keywords, actors, actions, network, ...situations] = await Promise.all([
    load("sources", contentFiles.sources.path),
    load("phases", contentFiles.phases.path),
    load("keywords", contentFiles.keywords.path),
    load("actors", contentFiles.actors.path),
    load("actions", contentFiles.actions.path),
    load("network", contentFiles.network.path),
    ...situationPaths.map((name) => load("situation", posix.join("situations", name))),
  ]);

  const prose = network ? await loadProse(contentDir, network, problems) : new Map<string, string>();

  if (!sources || !phases || !keywords || !actors || !actions || !network || situations.some((s) => !s)) {
    return { content: undefined, problems };
  }
  if (problems.length > 0) return { content: undefined, problems };
  return {
    content: {
      sources,
      phases,
      keywords,
      actors,
      actions,
      network,
      situations: situations as Loaded<SituationFile>[],
      prose,
    },
    problems: [],
  };
}

async function listYaml(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(".yaml")).sort();
  } catch {
    return [];
  }
}

/** Editors get completion from the `$schema` line; a wrong one silently loses it. */
function schemaHeaderProblems(file: YamlFile, kind: ContentFileKind, relativePath: string): Problem[] {
  const schemaPath = posix.relative(posix.dirname(relativePath), `${SCHEMA_DIR}/${kind}.schema.json`);
  const expected = `# yaml-language-server: $schema=${schemaPath}`;
  const firstLine = file.text.split("\n", 1)[0]!.trimEnd();
  if (firstLine === expected) return [];
  return [{ file: file.path, line: 1, col: 1, field: "(schema line)", message: `the first line must be \`${expected}\`` }];
}

async function loadProse(contentDir: string, network: Loaded<NetworkFile>, problems: Problem[]) {
  const references: Array<[FieldPath, string]> = [
    [["intro"], network.data.intro],
    [["networks", "intro"], network.data.networks.intro],
    [["doctorsDualRole", "body"], network.data.doctorsDualRole.body],
  ];
  const prose = new Map<string, string>();
  for (const [field, path] of references) {
    try {
      const markdown = (await readFile(join(contentDir, path), "utf8")).trim();
      if (markdown === "") problems.push(network.file.problem(field, `${path} is empty — write its text`));
      prose.set(path, markdown);
    } catch {
      const shown = relative(process.cwd(), join(contentDir, dirname(path)));
      problems.push(network.file.problem(field, `no such file \`${path}\` — create it in ${shown}/ or fix the path`));
    }
  }
  return prose;
}
