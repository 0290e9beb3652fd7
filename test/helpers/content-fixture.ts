/** Copies of the real content/ with deliberate breakage, and how the data-step tests run them. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import * as assert from "uvu/assert";
import { buildData } from "../../scripts/data/data-step.ts";
import { formatProblem } from "../../scripts/data/problems.ts";

export interface Edit {
  /** File inside content/, e.g. "actions.yaml". */
  readonly file: string;
  readonly find: string | RegExp;
  readonly replace: string;
}

export interface Fixture {
  /** The fixture's content/ folder. */
  readonly dir: string;
  /** Where the fixture's handbook.json goes: beside content/, not in it. */
  readonly out: string;
  /** Absolute path of a file inside the fixture's content/. */
  path(file: string): string;
  /** How the data step names a file of this fixture in its messages. */
  shown(file: string): string;
  /** 1-based number of the nth (default first) line containing `text` in the edited file. */
  lineOf(file: string, text: string, nth?: number): Promise<number>;
  remove(): Promise<void>;
}

export async function contentFixture(edits: readonly Edit[] = []): Promise<Fixture> {
  const root = await mkdtemp(join(tmpdir(), "kasikirja-content-"));
  const dir = join(root, "content");
  await cp("content", dir, { recursive: true, filter: (path) => !path.includes(".schema") });
  await mkdir(join(root, "out"));
  for (const edit of edits) {
    const path = join(dir, edit.file);
    const before = await readFile(path, "utf8");
    const after = before.replace(edit.find, edit.replace);
    if (after === before) throw new Error(`fixture edit did not apply: ${edit.file} ${String(edit.find)}`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, after);
  }
  return {
    dir,
    out: join(root, "out", "handbook.json"),
    path: (file) => join(dir, file),
    shown: (file) => relative(process.cwd(), join(dir, file)),
    async lineOf(file, text, nth = 1) {
      const lines = (await readFile(join(dir, file), "utf8")).split("\n");
      const matching = lines.flatMap((line, i) => (line.includes(text) ? [i + 1] : []));
      const line = matching[nth - 1];
      if (line === undefined) throw new Error(`no line ${nth} with "${text}" in ${file}`);
      return line;
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** Stands in for the last good handbook.json: a failed run must leave it byte for byte. */
const PREVIOUS_OUTPUT = '{ "the last good output": true }\n';

/**
 * Runs the data step on the fixture over a previous output. It must fail and
 * leave that output byte-identical; returns its problems, formatted.
 */
export async function rejectedProblems(fixture: Fixture): Promise<string[]> {
  await writeFile(fixture.out, PREVIOUS_OUTPUT);
  const result = await buildData(fixture.dir, fixture.out);
  assert.is(result.ok, false, "the data step accepted broken content");
  assert.is(await readFile(fixture.out, "utf8"), PREVIOUS_OUTPUT, "handbook.json changed after a failed run");
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** The one problem reported at `where` (`file:line:col field: `), and what it says after that. */
export function messageAt(problems: readonly string[], where: string): string {
  const matches = problems.filter((p) => p.startsWith(where));
  assert.is(matches.length, 1, `expected one problem starting "${where}", got:\n${problems.join("\n")}`);
  return matches[0]!.slice(where.length);
}
