import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { threadId } from "node:worker_threads";

/** Writes the whole file or nothing: readers never see half of it. */
export async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}
