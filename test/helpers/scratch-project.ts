/**
 * A scratch copy of the project (code, not content) in which a test builds
 * the whole site from content of its own, leaving the working tree alone.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const PROJECT_FILES = ["src", "scripts", "lib", ".eleventy.js", "package.json", "tsconfig.json"];
const GENERATED = /(handbook|assets)\.json$/;

export interface ScratchProject {
  readonly dir: string;
  readonly contentDir: string;
  readonly siteDir: string;
  /** `npm run build` in the copy; rejects with the build's output when it fails. */
  build(): Promise<void>;
  remove(): Promise<void>;
}

export async function scratchProject(name: string): Promise<ScratchProject> {
  const dir = await mkdtemp(join(tmpdir(), `kasikirja-${name}-`));
  for (const file of PROJECT_FILES) await cp(file, join(dir, file), { recursive: true, filter: (p) => !GENERATED.test(p) });
  await symlink(resolve("node_modules"), join(dir, "node_modules"));
  // The default place and root, whatever the test run was started with.
  const env: NodeJS.ProcessEnv = { ...process.env, SITE_DIR: "_site" };
  delete env.PATH_PREFIX;
  delete env.SITE_URL;
  return {
    dir,
    contentDir: join(dir, "content"),
    siteDir: join(dir, "_site"),
    async build() {
      try {
        await run(join(dir, "node_modules/.bin/tsx"), ["scripts/build.ts"], { cwd: dir, env, maxBuffer: 64 << 20 });
      } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`build in ${dir} failed:\n${stdout ?? ""}${stderr ?? ""}`);
      }
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
