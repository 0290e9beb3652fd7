/**
 * Editors' JSON Schemas: written into <folder>/.schema/ from the zod schemas,
 * and named by each YAML file's first line so that an editor with the YAML
 * extension completes field names and flags mistakes as they type.
 */
import { readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { z } from "zod";
import { memoizedBy } from "../../lib/collections.ts";
import { contentFiles } from "../../lib/handbook/content-schema.ts";
import { SCHEMA_DIR } from "../../lib/handbook/schema-dir.ts";
import { writeAtomically } from "./atomic-write.ts";
import { fileProblem, type Problem } from "./problems.ts";
import type { YamlFile } from "./yaml-file.ts";

/** Kinds of file, each with its schema: contentFiles, or an edition's files. */
type SchemaTable = Readonly<Record<string, { readonly schema: z.ZodType }>>;

/** Each schema's JSON text, made once per process (the schemas are code): every edition of a run writes them. */
const schemaText = memoizedBy(
  (schema: z.ZodType) => `${JSON.stringify(z.toJSONSchema(schema, { io: "input" }), null, 2)}\n`,
);

/** Writes <dir>/.schema/<kind>.schema.json for every kind of file the table names. */
export async function writeJsonSchemas(dir: string, files: SchemaTable = contentFiles): Promise<void> {
  await Promise.all(
    Object.entries(files).map(async ([kind, { schema }]) => {
      const path = join(dir, SCHEMA_DIR, `${kind}.schema.json`);
      const text = schemaText(schema);
      // Written only when it changed: every build writes them, and a file is costlier to write than to read.
      if ((await readFile(path, "utf8").catch(() => undefined)) !== text) await writeAtomically(path, text);
    }),
  );
}

/** Editors get completion from the `$schema` line; a wrong one silently loses it. */
export function schemaLineProblems(file: YamlFile, kind: string, relativePath: string): Problem[] {
  const schemaPath = posix.relative(posix.dirname(relativePath), `${SCHEMA_DIR}/${kind}.schema.json`);
  const expected = `# yaml-language-server: $schema=${schemaPath}`;
  const firstLine = file.text.split("\n", 1)[0]!.trimEnd();
  if (firstLine === expected) return [];
  return [fileProblem(file.path, `the first line must be \`${expected}\``, "(schema line)")];
}
