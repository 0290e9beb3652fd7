/**
 * `npm run build` as it runs, compiled, with the data step in its worker thread
 * (scripts/data/data-thread.ts): rejected content is reported as the data step
 * reports it, at file:line:col, the build exits 1, and the last good site stays.
 */
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scratchEnv, scratchProject } from "../../scripts/bench/scratch-project.ts";
import { buildCommand } from "../../scripts/site/build-inputs.ts";

test("rejected content: its problems at file:line:col, exit 1, the last good site kept", async () => {
  const project = await scratchProject("rejected-content");
  try {
    await project.build();
    const home = join(project.siteDir, "index.html");
    const lastGood = await readFile(home, "utf8");
    const phases = join(project.contentDir, "phases.yaml");
    const text = await readFile(phases, "utf8");
    await writeFile(phases, text.replace("name: Primaarivaihe", 'name: "Primaarivaihe'));
    const line = text.split("\n").findIndex((row) => row.includes("name: Primaarivaihe")) + 1;
    const failed = await promisify(execFile)(...buildCommand(), { cwd: project.dir, env: scratchEnv() }).then(
      () => undefined,
      (error: unknown) => error as { code: number; stderr: string },
    );
    assert.ok(failed, "the build went through");
    assert.is(failed.code, 1);
    assert.match(failed.stderr, new RegExp(`content/phases\\.yaml:${line}:\\d+ \\(syntax\\): this " is never closed`));
    assert.match(failed.stderr, /1 problem\(s\) in content\/ — the site was not rebuilt\./);
    assert.is(await readFile(home, "utf8"), lastGood);
  } finally {
    await project.remove();
  }
});

test.run();
