/** One editors' YAML file from text to validated data: parsed with positions, its `$schema` line, its schema. */
import type { z } from "zod";
import { schemaLineProblems } from "./json-schemas.ts";
import type { Problem } from "./problems.ts";
import { YamlFile } from "./yaml-file.ts";
import { validate } from "./zod-problems.ts";

/** A validated file together with the parsed YAML that can locate its fields. */
export interface Loaded<T> {
  readonly file: YamlFile;
  readonly data: T;
}

/**
 * `shownPath` is how messages name the file, `relativePath` where it stands in
 * its folder (for the `$schema` line), `kind` the schema file's name.
 */
export function loadYaml<S extends z.ZodType>(
  shownPath: string,
  text: string,
  kind: string,
  relativePath: string,
  schema: S,
): { loaded: Loaded<z.output<S>> | undefined; problems: Problem[] } {
  const file = YamlFile.parse(shownPath, text);
  const problems = [...file.parseProblems, ...schemaLineProblems(file, kind, relativePath)];
  if (file.parseProblems.length > 0) return { loaded: undefined, problems };
  const result = validate(file, schema);
  if (!result.ok) return { loaded: undefined, problems: [...problems, ...result.problems] };
  return { loaded: { file, data: result.data }, problems };
}
