/** A problem in the content, pinned to the place an editor must fix. */
export interface Problem {
  /** Path of the file, relative to the working directory. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** The field inside the file (`actions.3.actors.Kela`), or what else is wrong with the file as a whole. */
  readonly path: FieldPath | FileAspect;
  /** What is wrong — what would be right. */
  readonly message: string;
}

export type FieldPath = ReadonlyArray<string | number>;

/** Problems that are not about one field: the file itself, its bytes, its YAML, its first line. */
export type FileAspect = "(file)" | "(folder)" | "(encoding)" | "(syntax)" | "(schema line)";

export interface Place {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/** `content/actions.yaml:12:7`: what editors and terminals open at the spot. */
export function formatPlace(p: Place): string {
  return `${p.file}:${p.line}:${p.col}`;
}

export function formatField(path: FieldPath | FileAspect): string {
  if (typeof path === "string") return path;
  return path.length === 0 ? "(file)" : path.join(".");
}

export function formatProblem(p: Problem): string {
  return `${formatPlace(p)} ${formatField(p.path)}: ${p.message}`;
}

/** A warning reads like a problem, marked so that nobody takes it for the reason a build failed. */
export function formatWarning(p: Problem): string {
  return `warning: ${formatProblem(p)}`;
}

/** A problem with the file as a whole, at its start. */
export function fileProblem(file: string, message: string, aspect: FileAspect = "(file)"): Problem {
  return { file, line: 1, col: 1, path: aspect, message };
}

/** Problems in file order, then by position, so output reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
