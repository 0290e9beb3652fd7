/** Copies of the real content/ with deliberate breakage, for the validation tests. */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export interface Edit {
  /** File inside content/, e.g. "actions.yaml". */
  readonly file: string;
  readonly find: string | RegExp;
  readonly replace: string;
}

export interface Fixture {
  readonly dir: string;
  /** How the data step names a file of this fixture in its messages. */
  shown(file: string): string;
  /** 1-based number of the nth (default first) line containing `text` in the edited file. */
  lineOf(file: string, text: string, nth?: number): Promise<number>;
  remove(): Promise<void>;
}

export async function contentFixture(edits: readonly Edit[] = []): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), "kasikirja-content-"));
  await cp("content", dir, { recursive: true, filter: (path) => !path.includes(".schema") });
  for (const edit of edits) {
    const path = join(dir, edit.file);
    const before = await readFile(path, "utf8");
    const after = before.replace(edit.find, edit.replace);
    if (after === before) throw new Error(`fixture edit did not apply: ${edit.file} ${String(edit.find)}`);
    await writeFile(path, after);
  }
  return {
    dir,
    shown: (file) => relative(process.cwd(), join(dir, file)),
    async lineOf(file, text, nth = 1) {
      const lines = (await readFile(join(dir, file), "utf8")).split("\n");
      const matching = lines.flatMap((line, i) => (line.includes(text) ? [i + 1] : []));
      const line = matching[nth - 1];
      if (line === undefined) throw new Error(`no line ${nth} with "${text}" in ${file}`);
      return line;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
