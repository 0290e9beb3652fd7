/**
 * A throwaway copy of the project in the system's temp folder, for builds
 * and editing loops that must not touch the working tree: the benchmark, and the
 * tests that build or edit content of their own.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { BUILD_CODE, buildCommand, PACKAGE_LOCK, SITE_SOURCES } from "../site/build-inputs.ts";
import { writeSyntheticContent, type SyntheticSize } from "./synthetic-content.ts";

const run = promisify(execFile);

/** What a build needs; node_modules is linked, not copied. */
const PROJECT_FILES = [
  // Whole top-level folders: the scratch copy also runs the editing loop (scripts/dev/, scripts/serve/).
  ...new Set([...SITE_SOURCES, ...BUILD_CODE].map((entry) => entry.split("/")[0]!)),
  "package.json",
  PACKAGE_LOCK,
  "tsconfig.json",
];
const GENERATED = /(^|\/)(handbook|assets)\.json$|\/\.schema(\/|$)/;

/** Deployment settings a scratch build takes only from `settings`, never from the environment the caller runs in. */
const DEPLOYMENT_SETTINGS = ["SITE_DIR", "PATH_PREFIX", "SITE_URL", "BUILD_REPORT", "EDITION"];

/** The caller's environment without its deployment settings, plus `settings`. */
export function scratchEnv(settings: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of DEPLOYMENT_SETTINGS) delete env[name];
  return { ...env, ...settings };
}

export interface ScratchProject {
  readonly dir: string;
  readonly contentDir: string;
  /** Where build() writes the site. */
  readonly siteDir: string;
  /** `npm run build` in the copy; rejects with the build's output when it fails. */
  build(settings?: NodeJS.ProcessEnv): Promise<void>;
  remove(): Promise<void>;
}

/** The project as it is, or with `situations` synthetic client situations in place of content/ (their size returned too). */
export async function scratchProject(name: string): Promise<ScratchProject>;
export async function scratchProject(
  name: string,
  situations: number,
): Promise<ScratchProject & { readonly size: SyntheticSize }>;
export async function scratchProject(
  name: string,
  situations?: number,
): Promise<ScratchProject & { readonly size?: SyntheticSize }> {
  const dir = await mkdtemp(join(tmpdir(), `kasikirja-${name}-`));
  for (const file of PROJECT_FILES)
    await cp(file, join(dir, file), { recursive: true, filter: (path) => !GENERATED.test(path) });
  await symlink(resolve("node_modules"), join(dir, "node_modules"));
  const contentDir = join(dir, "content");
  let size: SyntheticSize | undefined;
  if (situations !== undefined) {
    await rm(contentDir, { recursive: true });
    size = await writeSyntheticContent(contentDir, situations);
  }
  return {
    dir,
    contentDir,
    siteDir: join(dir, "_site"),
    ...(size ? { size } : {}),
    async build(settings = {}) {
      try {
        await run(...buildCommand(), {
          cwd: dir,
          env: scratchEnv(settings),
          maxBuffer: 64 << 20,
        });
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`build in ${dir} failed:\n${stdout ?? ""}${stderr ?? ""}`, { cause: error });
      }
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
