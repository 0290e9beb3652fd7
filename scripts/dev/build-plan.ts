/**
 * Which build stages a batch of saves needs: each saved file's kind
 * (changes.ts) adds the stages it needs, so no save in a batch is left out
 * because another one in it was bigger.
 */
import { CHANGE_KINDS, classifyChange, type ChangeKind } from "./changes.ts";

/**
 * Everything (the first build, a fresh worker's), or what the files saved
 * since the last build need (paths relative to the project).
 */
export type BuildRequest = "everything" | readonly string[];

export interface BuildPlan {
  /** The data step: validate content/ and link it into the handbook. */
  readonly data: boolean;
  /** Templates Eleventy must read and compile again. */
  readonly templates: readonly string[];
  /** The stylesheet, icon, browser scripts and search dictionary; all of it or, with `stylesheetOnly`, the stylesheet. */
  readonly assets: boolean;
  readonly stylesheetOnly: boolean;
  readonly pages: boolean;
  /** _headers, robots.txt and the rest a host reads: they change only with the build's own code. */
  readonly hostFiles: boolean;
}

export function planBuild(request: BuildRequest): BuildPlan {
  const everything = request === "everything";
  const kinds = new Set<ChangeKind | undefined>(
    everything ? CHANGE_KINDS : request.map((path) => classifyChange(path)),
  );
  const templates = everything ? [] : request.filter((path) => classifyChange(path) === "templates");
  const has = (...some: ChangeKind[]) => some.some((kind) => kinds.has(kind));
  const stylesheetOnly = !everything && [...kinds].every((kind) => kind === "styles");
  return {
    data: has("content"),
    templates,
    // The browser scripts bundle strings from src/ui/<language>.json.
    assets: has("content", "scripts", "styles") || templates.some((path) => path.startsWith("src/ui/")),
    stylesheetOnly,
    pages: has("content", "templates"),
    hostFiles: everything,
  };
}
