import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Every file below `dir`, as paths that start with `dir`. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
