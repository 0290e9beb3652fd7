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
import { contentFiles, PROSE_DIR } from "../../lib/handbook/content-schema.ts";
import { SCHEMA_DIR } from "../../lib/handbook/schema-dir.ts";
import { isEditorScratchFile } from "./editor-files.ts";
import { fileProblem, type Problem } from "./problems.ts";
import { readText } from "./read-text.ts";

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

/** What a folder of editors' files may hold. */
export interface TreeLayout {
  /** How messages name the folder: `content/`. */
  readonly name: string;
  /** Whether a file at the top of the folder is one the data step reads. */
  readonly isTopFile: (name: string) => boolean;
  /** The subfolders and the extension of their files. */
  readonly folders: Readonly<Record<string, string>>;
  /** What the folder holds, in words, for "unknown file" messages. */
  readonly holds: string;
  /** Top-level folders another step reads and checks (an edition's translations/). */
  readonly checkedElsewhere?: ReadonlySet<string>;
}

/** The fixed files at the top of content/ (situations come one file each). */
const TOP_FILES: ReadonlySet<string> = new Set(
  Object.values(contentFiles)
    .map((f) => f.path)
    .filter((path) => !path.includes("*")),
);

export const CONTENT_LAYOUT: TreeLayout = {
  name: "content/",
  isTopFile: (name) => TOP_FILES.has(name),
  folders: { [SITUATIONS_DIR]: posix.extname(contentFiles.situation.path), [PROSE_DIR]: ".md" },
  holds: `${[...TOP_FILES].join(", ")}, ${contentFiles.situation.path} and ${PROSE_DIR}/*.md`,
};

export async function readContentTree(contentDir: string, layout: TreeLayout = CONTENT_LAYOUT): Promise<ContentTree> {
  const holds = `${layout.name} holds ${layout.holds}`;
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

  /** One entry of `folder` ("" for the top), whose files must end in `extension` (or be top files). */
  async function visit(folder: string, entry: Dirent, extension?: string): Promise<void> {
    const path = folder ? posix.join(folder, entry.name) : entry.name;
    // Before the link check: Emacs' lock file is a link to nowhere.
    if (isEditorScratchFile(entry.name)) {
      notices.push(`${shown(path)}: skipped — an editor's backup or swap file, not content`);
      return;
    }
    if (!folder && entry.name === SCHEMA_DIR) return; // written by the data step itself
    if (!folder && entry.isDirectory() && layout.checkedElsewhere?.has(entry.name)) return;
    // Systems' and tools' own (.DS_Store, .directory): never content, but said, so nothing hides here.
    if (entry.name.startsWith(".")) {
      notices.push(`${shown(path)}: skipped — a hidden file, not content`);
      return;
    }
    if (entry.isSymbolicLink()) {
      return refuse(
        path,
        `is a symbolic link — ${layout.name} takes only real files; copy the file here instead of linking it`,
      );
    }
    if (entry.isDirectory()) {
      if (!folder && entry.name in layout.folders) {
        for (const child of await entries(path)) await visit(path, child, layout.folders[entry.name]);
        return;
      }
      if (/\.(ya?ml|md)$/.test(entry.name)) {
        return refuse(path, "is a folder, not a file — remove the folder or give it another name");
      }
      return refuse(path, `unknown folder — ${holds}; move it out of ${layout.name}`, "(folder)");
    }
    if (!entry.isFile()) {
      return refuse(path, "is not a plain file (a pipe, socket or device) — replace it with a plain file");
    }
    if (entry.name.endsWith(".yml")) {
      return refuse(path, `YAML files here end in .yaml — rename it to ${entry.name.replace(/\.yml$/, ".yaml")}`);
    }
    if (extension ? entry.name.endsWith(extension) : layout.isTopFile(entry.name)) {
      files.add(path);
      return;
    }
    refuse(path, `unknown file — ${holds}; move it out of ${layout.name}`);
  }

  for (const entry of await entries("")) await visit("", entry);
  return { files, reported, problems, notices };
}

/** The text of a file of the tree, or undefined after adding to `problems` why there is none. */
export async function treeText(
  dir: string,
  tree: ContentTree,
  path: string,
  problems: Problem[],
  ifMissing: () => Problem,
): Promise<string | undefined> {
  if (!tree.files.has(path)) {
    if (!tree.reported.has(path)) problems.push(ifMissing());
    return undefined;
  }
  const read = await readText(join(dir, path), relative(process.cwd(), join(dir, path)));
  if (!read.ok) problems.push(read.problem);
  return read.ok ? read.text : undefined;
}
