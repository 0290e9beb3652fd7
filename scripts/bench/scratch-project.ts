/** A throwaway copy of the project in the system's temp folder, for builds and previews that must not touch the working tree. */
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeSyntheticContent, type SyntheticSize } from "./synthetic-content.ts";

/** What a build needs; node_modules is linked, not copied. */
const PROJECT_FILES = ["content", "lib", "src", "scripts", ".eleventy.js", "package.json", "tsconfig.json"];

export interface ScratchProject {
  readonly dir: string;
  /** Set when the content is synthetic (see synthetic-content.ts). */
  readonly size?: SyntheticSize;
  remove(): Promise<void>;
}

/** The project as it is, or with `situations` synthetic client situations in place of content/. */
export async function scratchProject(name: string, situations?: number): Promise<ScratchProject> {
  const dir = await mkdtemp(join(tmpdir(), `kasikirja-${name}-`));
  const generated = /(^|\/)(handbook|assets)\.json$|\/\.schema(\/|$)/;
  for (const file of PROJECT_FILES) await cp(file, join(dir, file), { recursive: true, filter: (path) => !generated.test(path) });
  await symlink(resolve("node_modules"), join(dir, "node_modules"));
  let size: SyntheticSize | undefined;
  if (situations !== undefined) {
    await rm(join(dir, "content"), { recursive: true });
    size = await writeSyntheticContent(join(dir, "content"), situations);
  }
  return { dir, ...(size ? { size } : {}), remove: () => rm(dir, { recursive: true, force: true }) };
}
