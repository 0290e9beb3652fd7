/**
 * What a clean `npm run build` of a project's files gives, for comparing an
 * editing loop's pages with: every page's HTML, with what only a production
 * build has (content-hashed asset names, the build id) taken out, or the
 * content problems the build reports. Each distinct set of files is built once,
 * in a copy of its own, so a test can come back to the same files for free.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { listFiles } from "../../lib/list-files.ts";
import { scratchEnv } from "../../scripts/bench/scratch-project.ts";
import { buildCommand } from "../../scripts/site/build-inputs.ts";

export type CleanBuild =
  /** Pages by their path in the site (`tilanteet/tyoton/index.html`), normalised with normalisePage. */
  | { readonly ok: true; readonly pages: ReadonlyMap<string, string> }
  /** The problems the build printed, one `file:line:col field: message` each. */
  | { readonly ok: false; readonly problems: readonly string[] };

/** What the build reads: everything but what it writes and the installed packages. */
const NOT_INPUT = /^(node_modules|_site[^/]*|generated)(\/|$)|(^|\/)\.schema(\/|$)/;

/** A page as the editing loop serves it and as the production build writes it, minus their known differences. */
export function normalisePage(html: string): string {
  return (
    html
      // The editing loop's own scripts (its client; Eleventy's reload client in earlier versions).
      .replace(/<script type="module" src="[^"]*\/\.(dev|11ty)\/[^"]*"><\/script>/g, "")
      // The build id ("dev" in the editing loop), and where it is appended to URLs.
      .replace(/( data-build="|[?&](?:ts|build)=)[^"&]*/g, "$1")
      // site.d1f84f4c62.css, search.OHPPL5X5.js → site.css, search.js
      .replace(/([\w-]+)\.[A-Za-z0-9]{8,10}\.(css|js|svg|json)\b/g, "$1.$2")
  );
}

/** The problems `npm run build` printed (each `file:line:col field: message`, a message perhaps of several lines). */
function printedProblems(stderr: string): string[] | undefined {
  const printed = /^([^]*?)\n\n\d+ problem\(s\) in content\//.exec(
    stderr.replace(/^\((node:\d+|Use `node)\b.*\n/gm, ""),
  )?.[1];
  return printed?.split(/\n(?=content\/\S+:\d+:\d+ )/);
}

export function cleanBuilds() {
  const cache = new Map<string, Promise<CleanBuild>>();
  const copies: string[] = [];

  /** The files the build reads, by path, as they are now. */
  async function inputs(projectDir: string): Promise<Map<string, Buffer>> {
    const files = new Map<string, Buffer>();
    for (const path of listFiles(projectDir).sort()) {
      const file = relative(projectDir, path);
      if (!NOT_INPUT.test(file)) files.set(file, await readFile(path));
    }
    return files;
  }

  async function build(files: ReadonlyMap<string, Buffer>): Promise<CleanBuild> {
    const dir = await mkdtemp(join(tmpdir(), "kasikirja-clean-build-"));
    copies.push(dir);
    for (const [file, bytes] of files) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), bytes);
    }
    await symlink(resolve("node_modules"), join(dir, "node_modules"));
    try {
      await promisify(execFile)(...buildCommand(), {
        cwd: dir,
        env: scratchEnv(),
        maxBuffer: 64 << 20,
      });
    } catch (error) {
      const { stderr = "" } = error as { stderr?: string };
      const problems = printedProblems(stderr);
      if (!problems) throw new Error(`the clean build in ${dir} failed:\n${stderr}`, { cause: error });
      return { ok: false, problems };
    }
    const pages = new Map<string, string>();
    for (const file of listFiles(join(dir, "_site")))
      if (file.endsWith(".html"))
        pages.set(relative(join(dir, "_site"), file), normalisePage(await readFile(file, "utf8")));
    return { ok: true, pages };
  }

  return {
    /** The clean build of `projectDir`'s files as they are now. */
    async of(projectDir: string): Promise<CleanBuild> {
      const files = await inputs(projectDir);
      const hash = createHash("sha256");
      for (const [file, bytes] of files) hash.update(`${file}\0`).update(bytes);
      const key = hash.digest("hex");
      if (!cache.has(key)) cache.set(key, build(files));
      return cache.get(key)!;
    },
    async remove(): Promise<void> {
      await Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
