/** A problem in the content, pinned to the place an editor must fix. */
export interface Problem {
  /** Path of the file, relative to the working directory. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Dotted path of the field inside the file, e.g. `actions.3.actors.Kela`. */
  readonly field: string;
  /** What is wrong — what would be right. */
  readonly message: string;
}

export type FieldPath = ReadonlyArray<string | number>;

export function formatField(path: FieldPath): string {
  return path.length === 0 ? "(file)" : path.join(".");
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col} ${p.field}: ${p.message}`;
}

/** Problems in file order, then by position, so output reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col,
  );
}
