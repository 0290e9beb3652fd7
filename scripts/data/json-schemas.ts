import { join } from "node:path";
import { z } from "zod";
import { contentFiles, SCHEMA_DIR, type ContentFileKind } from "../../lib/handbook/content-schema.ts";
import { writeAtomically } from "./atomic-write.ts";

/** Writes content/.schema/<kind>.schema.json for editors' YAML language servers. */
export async function writeJsonSchemas(contentDir: string): Promise<void> {
  await Promise.all(
    (Object.keys(contentFiles) as ContentFileKind[]).map((kind) => {
      const schema = z.toJSONSchema(contentFiles[kind].schema, { io: "input" });
      return writeAtomically(
        join(contentDir, SCHEMA_DIR, `${kind}.schema.json`),
        `${JSON.stringify(schema, null, 2)}\n`,
      );
    }),
  );
}
