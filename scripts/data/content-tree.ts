/**
 * What is in content/, entry by entry: every file is one the data step reads,
 * an error that names it, or — for an editor's backup or swap file and for a
 * hidden file — a one-line notice that it was skipped. Only the data step's
 * own .schema/ is skipped without a word. Symbolic links are refused (a link
 * can lead out of content/ and publish any file), and so is anything that is
 * not a plain file or one of the two folders.
 */
import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, posix, relative } from "node:path";
import { contentFiles, PROSE_DIR, SCHEMA_DIR } from "../../lib/handbook/content-schema.ts";
import { isEditorScratchFile } from "./editor-files.ts";
import { fileProblem, type Problem } from "./problems.ts";

/** situations/, from the one place that names it. */
export const SITUATIONS_DIR = posix.dirname(contentFiles.situation.path);

export interface ContentTree {
  /** Plain files the data step may read, relative to content/ with `/`. */
  readonly files: ReadonlySet<string>;
  /** Paths already reported (a folder named like a file, a link): not "missing" as well. */
  readonly reported: ReadonlySet<string>;
  readonly problems: readonly Problem[];
  /** One line per file skipped on purpose: `content/x.yaml~: skipped — …`. */
  readonly notices: readonly string[];
}

/** The fixed files at the top of content/ (situations come one file each). */
const TOP_FILES: ReadonlySet<string> = new Set(
  Object.values(contentFiles)
    .map((f) => f.path)
    .filter((path) => !path.includes("*")),
);

/** What each folder may hold: the extension of its files. */
const FOLDERS: Readonly<Record<string, string>> = {
  [SITUATIONS_DIR]: posix.extname(contentFiles.situation.path),
  [PROSE_DIR]: ".md",
};

const LAYOUT = `content/ holds ${[...TOP_FILES].join(", ")}, ${contentFiles.situation.path} and ${PROSE_DIR}/*.md`;

export async function readContentTree(contentDir: string): Promise<ContentTree> {
  const files = new Set<string>();
  const reported = new Set<string>();
  const problems: Problem[] = [];
  const notices: string[] = [];
  const shown = (path: string) => relative(process.cwd(), join(contentDir, path));
  const refuse = (path: string, message: string, aspect: "(file)" | "(folder)" = "(file)") => {
    reported.add(path);
    problems.push(fileProblem(shown(path), message, aspect));
  };

  async function entries(folder: string): Promise<Dirent[]> {
    try {
      return await readdir(join(contentDir, folder), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT")
        refuse(folder || ".", `cannot be read (${code}) — let the build read the folder`, "(folder)");
      return [];
    }
  }

  /** One entry of `folder` ("" for content/ itself), whose files must end in `extension` (or be TOP_FILES). */
  async function visit(folder: string, entry: Dirent, extension?: string): Promise<void> {
    const path = folder ? posix.join(folder, entry.name) : entry.name;
    // Before the link check: Emacs' lock file is a link to nowhere.
    if (isEditorScratchFile(entry.name)) {
      notices.push(`${shown(path)}: skipped — an editor's backup or swap file, not content`);
      return;
    }
    if (!folder && entry.name === SCHEMA_DIR) return; // written by the data step itself
    // Systems' and tools' own (.DS_Store, .directory): never content, but said, so nothing hides here.
    if (entry.name.startsWith(".")) {
      notices.push(`${shown(path)}: skipped — a hidden file, not content`);
      return;
    }
    if (entry.isSymbolicLink()) {
      return refuse(
        path,
        "is a symbolic link — content/ takes only real files; copy the file here instead of linking it",
      );
    }
    if (entry.isDirectory()) {
      if (!folder && entry.name in FOLDERS) {
        for (const child of await entries(path)) await visit(path, child, FOLDERS[entry.name]);
        return;
      }
      if (/\.(ya?ml|md)$/.test(entry.name)) {
        return refuse(path, "is a folder, not a file — remove the folder or give it another name");
      }
      return refuse(path, `unknown folder — ${LAYOUT}; move it out of content/`, "(folder)");
    }
    if (!entry.isFile()) {
      return refuse(path, "is not a plain file (a pipe, socket or device) — replace it with a plain file");
    }
    if (entry.name.endsWith(".yml")) {
      return refuse(path, `YAML files here end in .yaml — rename it to ${entry.name.replace(/\.yml$/, ".yaml")}`);
    }
    if (extension ? entry.name.endsWith(extension) : TOP_FILES.has(entry.name)) {
      files.add(path);
      return;
    }
    refuse(path, `unknown file — ${LAYOUT}; move it out of content/`);
  }

  for (const entry of await entries("")) await visit("", entry);
  return { files, reported, problems, notices };
}
